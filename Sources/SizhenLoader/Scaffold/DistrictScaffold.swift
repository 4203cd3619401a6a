import Foundation
import SizhenDiagnostics
import SizhenModel

/// The rules a scaffolded district keeps: every file of a workflows folder but its places and
/// people (the workflows, decision tables, case schema, scenarios, calendars and the district's
/// settings, copied as they are), and what the scaffold must know of them to write places and
/// people that fit: the district's id, its roles and the tags its workflows select by.
public struct ScaffoldTemplate: Sendable {
    /// The files copied as they are: (path relative to the folder, text).
    public var files: [(path: String, text: String)]
    /// The district's id, which every street file repeats.
    public var districtID: String
    /// The roles the district declares.
    public var roles: Set<String>
    /// The roles some slot or panel asks for.
    public var rolesAsked: Set<String>
    /// The tags the workflows select communities by.
    public var tags: Set<String>
    /// By role, the organisations a panel's quorum names for it (a committee, the court): the
    /// scaffold writes a member of each with the panel members. Those a quorum takes from the
    /// case's street are in `streetOrganisations`: each street's member of the role belongs
    /// to one of them, in turn.
    public var organisations: [String: [String]] = [:]
    /// See `organisations`.
    public var streetOrganisations: [String: [String]] = [:]

    /// The roles the scaffold writes people for, and the tags it gives communities.
    public static let rolesWritten: Set<String> = ["lawyer", "legal_worker", "community_worker", "mediator", "lecturer", "professor", "official",
                                                   "justice_officer"]
    /// See `rolesWritten`.
    public static let tagsWritten: Set<String> = ["community", "clinic"]

    /// The template of the workflows folder `folder`: it must load without an error, keep its
    /// district settings in a file without streets, and ask only for roles and tags the
    /// scaffold writes. Every problem comes back as a diagnostic.
    public static func load(folder: String) -> Result<ScaffoldTemplate, Diagnostics> {
        let outcome = WorkflowSetLoader().load(folder: folder)
        guard let set = outcome.set, !outcome.diagnostics.hasErrors else {
            return .failure(Diagnostics(outcome.diagnostics.items.filter(\.isError)))
        }
        var problems = Diagnostics()
        // Places and people are written anew: every file that holds streets or people stays out.
        let generated = Set(set.district.streets.map(\.location.file) + set.people.map(\.location.file))
        if let settings = set.district.roles.first?.location, generated.contains(settings.file) {
            problems.append(.error(ScaffoldMessage.settingsWithStreets(["file": .text(settings.file)]), at: settings,
                                   hint: ScaffoldMessage.settingsWithStreetsHint()))
        }
        let asked = Set(set.workflows.flatMap { workflow in
            workflow.slots.flatMap { $0.roles.map(\.id) } + (workflow.panel?.quorum.map(\.role.id) ?? [])
        })
        for role in asked.subtracting(rolesWritten).sorted() {
            problems.append(.error(ScaffoldMessage.unknownRole(["role": .text(role), "roles": .texts(rolesWritten.sorted())])))
        }
        var tags = Set<String>()
        for workflow in set.workflows {
            if case .tags(let selected) = workflow.sites { tags.formUnion(selected) }
        }
        for tag in tags.subtracting(tagsWritten).sorted() {
            problems.append(.error(ScaffoldMessage.unknownTag(["tag": .text(tag), "tags": .texts(tagsWritten.sorted())])))
        }
        guard !problems.hasErrors else { return .failure(problems) }
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        var files: [(String, String)] = []
        for path in outcome.sources.paths.sorted() where !generated.contains(path) {
            guard let text = outcome.sources.text(of: path) else { continue }
            let full = URL(fileURLWithPath: path).standardizedFileURL.path
            guard full.hasPrefix(root + "/") else { continue }
            files.append((String(full.dropFirst(root.count + 1)), text))
        }
        var template = ScaffoldTemplate(files: files, districtID: set.district.id, roles: Set(set.district.roles.map(\.id)), rolesAsked: asked, tags: tags)
        for workflow in set.workflows {
            guard let panel = workflow.panel else { continue }
            for (index, entry) in panel.quorum.enumerated() {
                guard let condition = panel.members[index] else { continue }
                for organisation in condition.organisations.map(\.id) {
                    if condition.sameStreet {
                        if !(template.streetOrganisations[entry.role.id]?.contains(organisation) ?? false) {
                            template.streetOrganisations[entry.role.id, default: []].append(organisation)
                        }
                    } else if !(template.organisations[entry.role.id]?.contains(organisation) ?? false) {
                        template.organisations[entry.role.id, default: []].append(organisation)
                    }
                }
            }
        }
        return .success(template)
    }
}

/// Writes a district of any size whose rules are a template's (by default the shipped
/// district's): streets of ten communities, clinics, and people in the proportions of the
/// shipped district (31 clinics and some 50 paired lawyers per 138 communities, two legal
/// workers per street, a community worker per community, panel members every 40 streets).
/// Deterministic: the same size and template give the same files. Used by benchmarks and by
/// `sizhen scaffold`, so that a benchmark at any size runs the shipped rules.
public struct DistrictScaffold: Sendable {
    /// How many communities.
    public var communities: Int
    /// How many communities per street file.
    public var communitiesPerFile: Int
    /// The rules copied.
    public var template: ScaffoldTemplate

    /// Creates a scaffold.
    public init(communities: Int, communitiesPerFile: Int = 10_000, template: ScaffoldTemplate) {
        self.communities = max(1, communities)
        self.communitiesPerFile = max(10, communitiesPerFile)
        self.template = template
    }

    static let communitiesPerStreet = 10

    /// The files as (path relative to the folder, text), in a fixed order: the template's, then
    /// the streets and the people.
    public func files() -> [(path: String, text: String)] {
        var files = template.files
        let streets = (communities + Self.communitiesPerStreet - 1) / Self.communitiesPerStreet
        let streetsPerFile = max(1, communitiesPerFile / Self.communitiesPerStreet)
        var fileIndex = 0
        var street = 0
        while street < streets {
            let last = min(streets, street + streetsPerFile)
            files.append((pad("district/streets-", fileIndex) + ".yaml", streetFile(streets: street..<last)))
            files.append((pad("staff/staff-", fileIndex) + ".yaml", staffFile(streets: street..<last)))
            street = last
            fileIndex += 1
        }
        return files
    }

    private func pad(_ prefix: String, _ index: Int) -> String {
        let digits = String(index)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Community `index` (0-based) is a clinic when it is one of the 31 in each 138.
    static func isClinic(_ index: Int) -> Bool { (index * 31) % 138 < 31 }
    /// Community `index` has a paired lawyer when it is a clinic, and about 19 in 107 of the
    /// others are too: some 50 lawyers per 138 communities.
    static func hasLawyer(_ index: Int) -> Bool { isClinic(index) || (index * 19) % 107 < 19 }

    private func streetFile(streets: Range<Int>) -> String {
        var text = "version: 1\nkind: district\nid: \(template.districtID)\nstreets:\n"
        for street in streets {
            text += "  - id: s\(street)\n    name: 第\(street + 1)街道\n    communities:\n"
            for local in 0..<Self.communitiesPerStreet {
                let index = street * Self.communitiesPerStreet + local
                guard index < communities else { break }
                let tags = Self.isClinic(index) ? "[community, clinic]" : "[community]"
                text += "      - { id: c\(index), name: 第\(index + 1)社区, households: \(800 + (index * 37) % 4000), tags: \(tags) }\n"
            }
        }
        return text
    }

    /// A person line, when the district declares the role.
    private func person(_ fields: String, role: String) -> String {
        template.roles.contains(role) ? "  - { \(fields), roles: [\(role)] }\n" : ""
    }

    /// `, organisation: …` for a street's member of `role` when a quorum takes it from the
    /// case's street among named organisations (one of them, by the street's number).
    private func organisation(of role: String, street: Int) -> String {
        guard let names = template.streetOrganisations[role], !names.isEmpty else { return "" }
        return ", organisation: \(names[street % names.count])"
    }

    private func staffFile(streets: Range<Int>) -> String {
        var text = "version: 1\nkind: staff\npeople:\n"
        for street in streets {
            text += person("id: lw\(street)a, name: 法律工作者\(street)甲, street: s\(street)", role: "legal_worker")
            text += person("id: lw\(street)b, name: 法律工作者\(street)乙, street: s\(street)", role: "legal_worker")
            text += person("id: m\(street), name: 调解员\(street), street: s\(street)\(organisation(of: "mediator", street: street))", role: "mediator")
            text += person("id: sf\(street), name: 司法所\(street), street: s\(street)\(organisation(of: "justice_officer", street: street))",
                           role: "justice_officer")
            for local in 0..<Self.communitiesPerStreet {
                let index = street * Self.communitiesPerStreet + local
                guard index < communities else { break }
                // Rounds end at 17:30, past the default 09:00-17:00 availability.
                text += person("id: cw\(index), name: 社工\(index), street: s\(street), paired: [c\(index)], "
                               + "availability: [{ days: [MO, TU, WE, TH, FR], time: \"08:30-17:30\" }]", role: "community_worker")
                if Self.hasLawyer(index) {
                    text += person("id: l\(index), name: 律师\(index), street: s\(street), paired: [c\(index)], limits: { per_month: 6 }", role: "lawyer")
                }
            }
            if street % 40 == 0 {
                text += person("id: p\(street), name: 教授\(street), organisation: 大学\(street)", role: "professor")
                text += person("id: t\(street), name: 宣讲员\(street), organisation: 普法宣讲团", role: "lecturer")
                text += person("id: o\(street), name: 干警\(street), organisation: 法院\(street)", role: "official")
                // A member of every organisation a quorum names, so that each is found however few
                // the streets (those of a street's own organisation sit in this street).
                for role in Set(template.organisations.keys).union(template.streetOrganisations.keys).sorted() {
                    let names = template.organisations[role, default: []] + template.streetOrganisations[role, default: []]
                    for (index, name) in names.enumerated() {
                        text += person("id: \(role)-\(street)-\(index), name: \(role)\(street)-\(index), street: s\(street), organisation: \(name)",
                                       role: role)
                    }
                }
            }
        }
        return text
    }
}

/// The words of the scaffold's own diagnostics.
public enum ScaffoldMessage: String, MessageCatalogue {
    case settingsWithStreets = "scaffold.settings-with-streets"
    case settingsWithStreetsHint = "scaffold.settings-with-streets.hint"
    case unknownRole = "scaffold.unknown-role"
    case unknownTag = "scaffold.unknown-tag"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .settingsWithStreets:
            ("{file} holds the district's settings and streets too; the scaffold writes streets anew",
             "{file} 中既有区设置又有街镇；scaffold 会重新生成街镇")
        case .settingsWithStreetsHint:
            ("move the streets into files of their own, as in Workflows/district/",
             "请把街镇移到单独的文件中，如 Workflows/district/ 所示")
        case .unknownRole:
            ("the workflows ask for role '{role}', but the scaffold writes people of {roles} only",
             "流程需要角色“{role}”，但 scaffold 只生成 {roles} 的人员")
        case .unknownTag:
            ("the workflows select communities by tag '{tag}', but the scaffold gives only {tags}",
             "流程按标签“{tag}”选择社区，但 scaffold 只生成 {tags} 标签")
        }
    }
}
