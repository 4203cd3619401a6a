import SizhenCalendar
import SizhenModel

/// The district's people indexed once, by number: their roles, streets, the sites they are
/// paired with, their skills and organisations. The planner, the case engine (home visits and
/// panels) and the absence model all look people up here, so that "who holds this role in this
/// street" has one answer.
///
/// People are numbered in id order, so that a number's order is the id's order and ties broken
/// by number are broken by id.
public struct StaffDirectory: Sendable {
    /// Everyone, in id order.
    public let people: [Person]
    /// Each person's number.
    public let number: [String: Int]
    /// By role id: the holders' numbers, in id order.
    public let holders: [String: [Int]]
    /// By community id: the numbers of the people paired with it.
    public let pairedWith: [String: [Int]]
    /// By street id: the numbers of its people.
    public let inStreet: [String: [Int]]
    /// By skill: the numbers of those who have it.
    public let withSkill: [String: [Int]]
    /// By number: the roles held, the communities paired with, the skills.
    public let roles: [Set<String>]
    /// See `roles`.
    public let paired: [Set<String>]
    /// See `roles`.
    public let skills: [Set<String>]
    /// The street of each community.
    public let streetOfSite: [String: String]
    /// `holders(of:)` of every role list a slot or a panel asks for, computed once: the
    /// last-resort search of a large district reads them on every search.
    private let holdersOfRoles: [[String]: [Int]]

    /// Indexes the people of `set`.
    public init(set: WorkflowSet) {
        var seen = Set<String>()
        let sorted = set.people.sorted { $0.id < $1.id }.filter { seen.insert($0.id).inserted }
        people = sorted
        number = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0) })
        var holders: [String: [Int]] = [:], paired: [String: [Int]] = [:], street: [String: [Int]] = [:], skill: [String: [Int]] = [:]
        for (index, person) in sorted.enumerated() {
            for role in Set(person.roles.map(\.id)).sorted() { holders[role, default: []].append(index) }
            for site in Set(person.paired.map(\.id)).sorted() { paired[site, default: []].append(index) }
            if let id = person.street?.id { street[id, default: []].append(index) }
            for label in Set(person.skills).sorted() { skill[label, default: []].append(index) }
        }
        self.holders = holders
        pairedWith = paired
        inStreet = street
        withSkill = skill
        roles = sorted.map { Set($0.roles.map(\.id)) }
        self.paired = sorted.map { Set($0.paired.map(\.id)) }
        skills = sorted.map { Set($0.skills) }
        streetOfSite = Dictionary(set.district.communities.map { ($0.id, $0.streetID) }, uniquingKeysWith: { first, _ in first })
        var lists: [[String]: [Int]] = [:]
        for workflow in set.workflows {
            let asked = workflow.slots.map { $0.roles.map(\.id) } + (workflow.panel?.quorum.map { [$0.role.id] } ?? [])
            for roles in asked where lists[roles] == nil { lists[roles] = Self.union(roles, holders) }
        }
        holdersOfRoles = lists
    }

    private static func union(_ roles: [String], _ holders: [String: [Int]]) -> [Int] {
        var seen = Set<Int>()
        return roles.flatMap { holders[$0] ?? [] }.filter { seen.insert($0).inserted }
    }

    /// Whether the person numbered `person` holds one of `roles`.
    public func holds(_ person: Int, anyOf roles: [String]) -> Bool { roles.contains { self.roles[person].contains($0) } }

    /// The holders of any of `roles`, role by role (a person holding two counts once), as a
    /// slot's candidates are read.
    public func holders(of roles: [String]) -> [Int] {
        holdersOfRoles[roles] ?? Self.union(roles, holders)
    }
}

/// Chooses people for work the engine assigns as it goes (a home visit's lawyer, a panel's
/// members, an absent sitter's replacement), by one rule: among those who hold a role the work
/// asks for and are free, the paired person first, then the site's street, then anyone; within
/// a tier the least loaded, ties by id. "Anyone" is a bounded window of the role's holders,
/// starting at a place the work fixes, so that a choice costs the same whatever the size of the
/// district.
public struct StaffSelection: Sendable {
    /// Where to look, in order.
    public enum Tier: Sendable, Hashable {
        /// Those paired with the site.
        case paired
        /// Those of the site's street.
        case sameStreet
        /// A window of every holder of the roles.
        case anyone
    }

    /// The people.
    public let directory: StaffDirectory
    /// How many holders the `anyone` tier looks at.
    public static let window = 64

    /// A selection over `directory`.
    public init(directory: StaffDirectory) { self.directory = directory }

    /// The best person for one place of work, or nil when nobody is free. `stream` (with
    /// `seed`) fixes where the `anyone` window starts; `isFree` and `load` are the caller's view
    /// of who can work that day and how busy each is.
    public func choose(roles: [String], site: String, tiers: [Tier], stream: String, seed: UInt64 = 0,
                       isFree: (Int) -> Bool, load: (Int) -> Int) -> (person: Int, tier: Tier)? {
        for tier in tiers {
            let candidates: [Int]
            switch tier {
            case .paired: candidates = (directory.pairedWith[site] ?? []).filter { directory.holds($0, anyOf: roles) }
            case .sameStreet:
                guard let street = directory.streetOfSite[site] else { continue }
                candidates = (directory.inStreet[street] ?? []).filter { directory.holds($0, anyOf: roles) }
            case .anyone: candidates = window(of: directory.holders(of: roles), stream: stream, seed: seed)
            }
            if let best = leastLoaded(candidates, isFree: isFree, load: load) { return (best, tier) }
        }
        return nil
    }

    /// `count` people holding `role` (a panel's share of a role): the least loaded free ones of
    /// a window of its holders, or nil when fewer are free.
    public func choose(count: Int, role: String, stream: String, seed: UInt64 = 0, isFree: (Int) -> Bool, load: (Int) -> Int) -> [Int]? {
        let free = window(of: directory.holders[role] ?? [], stream: stream, seed: seed).filter(isFree)
        guard free.count >= count else { return nil }
        return Array(free.map { (load($0), $0) }.sorted { $0 < $1 }.prefix(count).map(\.1))
    }

    /// The least loaded of `candidates` who is free, ties by number (id order).
    func leastLoaded(_ candidates: [Int], isFree: (Int) -> Bool, load: (Int) -> Int) -> Int? {
        var best: (load: Int, person: Int)?
        for person in candidates where isFree(person) {
            let candidate = (load(person), person)
            if best.map({ candidate < $0 }) ?? true { best = candidate }
        }
        return best?.person
    }

    /// `Self.window` of `holders` from a place fixed by `stream`, wrapping round; all of them
    /// when there are fewer.
    func window(of holders: [Int], stream: String, seed: UInt64) -> [Int] {
        guard holders.count > Self.window else { return holders }
        var generator = SeededGenerator(seed: seed, stream: stream)
        let offset = Int(truncatingIfNeeded: generator.next() % UInt64(holders.count))
        return (0..<Self.window).map { holders[(offset + $0) % holders.count] }
    }
}
