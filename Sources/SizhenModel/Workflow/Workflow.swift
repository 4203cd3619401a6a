import SizhenCalendar
import SizhenDiagnostics

/// A workflow: where and when it happens (定点, 定时), who does it (定人), what each case goes
/// through, and when a case moves on (定责).
public struct Workflow: Sendable, Hashable {
    /// The id (`jiezhen`).
    public var id: String
    /// The name (接诊).
    public var name: String
    /// What it is for.
    public var description: String?
    /// What kind of work it is: what its occurrences do and what opens its cases.
    public var type: WorkflowType
    /// Where occurrences happen.
    public var sites: SiteSelector
    /// When occurrences happen; empty for a workflow only escalations start.
    public var schedules: [WorkflowSchedule]
    /// Who each occurrence needs.
    public var slots: [Slot]
    /// The panel a 会诊 composes.
    public var panel: Panel?
    /// How soon a workflow started by escalation must be held.
    public var within: Duration?
    /// What each case goes through, in order.
    public var steps: [Step]
    /// When a case starts another workflow.
    public var escalations: [Escalation]
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a workflow.
    public init(id: String, name: String, description: String?, type: WorkflowType, sites: SiteSelector, schedules: [WorkflowSchedule],
                slots: [Slot], panel: Panel?, within: Duration?, steps: [Step], escalations: [Escalation], location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.type = type
        self.sites = sites
        self.schedules = schedules
        self.slots = slots
        self.panel = panel
        self.within = within
        self.steps = steps
        self.escalations = escalations
        self.location = location
    }
}

/// What a workflow is, as its file says (`type:`): what its occurrences do and what opens its
/// cases. The engine, the demand model and the sheets act on this, never on the shape of the
/// steps.
public enum WorkflowType: String, Sendable, Hashable, CaseIterable {
    /// 坐诊: its occurrences take visitors; each visitor is a case (接诊).
    case sitting
    /// 走访: its occurrences visit households (each counted); each need found is a case (巡诊).
    case round
    /// 会诊: a panel that escalations start; it has no occurrences of its own.
    case panel
    /// 活动: each occurrence is an event (a case of its own), and visitors there are cases too (助诊).
    case event

    /// What opens the cases of a step's `for_each` in this kind of workflow.
    public var caseSources: Set<CaseSource> {
        switch self {
        case .sitting: [.visitor]
        case .round: [.household, .need]
        case .panel: [.escalation]
        case .event: [.event, .visitor]
        }
    }

    /// What a case opened from a sheet's row (or the demand model) is: a visitor, or a need.
    public var rowSource: CaseSource? {
        switch self {
        case .sitting, .event: .visitor
        case .round: .need
        case .panel: nil
        }
    }

    /// Whether its occurrences follow a schedule.
    public var isScheduled: Bool { self != .panel }
}

/// Which places a workflow's occurrences happen at.
public enum SiteSelector: Sendable, Hashable {
    /// One place for the whole district.
    case district
    /// Communities carrying every one of these tags.
    case tags([String])
    /// Every community of these streets.
    case streets([Reference])
    /// These communities.
    case communities([Reference])
}

/// One recurrence of a workflow.
public struct WorkflowSchedule: Sendable, Hashable {
    /// A label (国家宪法日) when a workflow has several.
    public var name: String?
    /// The parsed rule.
    public var rule: RecurrenceRule
    /// The hours.
    public var time: TimeWindow
    /// What to do on a rest day.
    public var onHoliday: HolidayPolicy
    /// The day the rule counts from (RFC 5545's DTSTART): it fixes the phase of `INTERVAL`
    /// and the day a rule leaves out, whatever month is looked at.
    public var from: CivilDate
    /// Where it is defined.
    public var location: SourceLocation

    /// The default `from`: Monday 2024-01-01.
    public static let defaultFrom = CivilDate(uncheckedYear: 2024, month: 1, day: 1)

    /// Creates a schedule.
    public init(name: String?, rule: RecurrenceRule, time: TimeWindow, onHoliday: HolidayPolicy, from: CivilDate = defaultFrom,
                location: SourceLocation) {
        self.name = name
        self.rule = rule
        self.time = time
        self.onHoliday = onHoliday
        self.from = from
        self.location = location
    }
}

/// Who an occurrence needs: people of given roles.
public struct Slot: Sendable, Hashable {
    /// How candidates are ranked, in order.
    public enum Preference: String, Sendable, Hashable, CaseIterable {
        case paired, sameStreet = "same_street", skills, continuity, leastLoaded = "least_loaded"
    }

    /// The slot's name (`sitter`): its key in the file, its id.
    public var name: String
    /// What people call it (坐诊律师), as the file's `name:` gives it; nil when it gives none.
    public var displayName: String?
    /// Roles accepted.
    public var roles: [Reference]
    /// How many people.
    public var count: Int
    /// Preferences in order.
    public var prefer: [Preference]
    /// Labels the slot asks for.
    public var skills: [String]
    /// Whether the slot is filled only when a step assigned to it runs for a case (the lawyer
    /// of a 送法到家 home visit), rather than at every occurrence in the month's plan.
    public var onDemand: Bool
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a slot.
    public init(name: String, displayName: String? = nil, roles: [Reference], count: Int, prefer: [Preference], skills: [String],
                onDemand: Bool = false, location: SourceLocation) {
        self.name = name
        self.displayName = displayName
        self.roles = roles
        self.count = count
        self.prefer = prefer
        self.skills = skills
        self.onDemand = onDemand
        self.location = location
    }
}

/// A 会诊 panel: a quorum of roles.
public struct Panel: Sendable, Hashable {
    /// How many of each role must sit.
    public var quorum: [(role: Reference, count: Int)]
    /// The most members.
    public var maxSize: Int?
    /// Whether the case's own staff are kept off the panel (no conflict of interest).
    public var excludeCaseStaff: Bool
    /// The most panels a week (Monday to Sunday), all cases together (`per_week:`); nil for no
    /// limit. A case that finds its week full waits for the first week with room.
    public var perWeek: Int?
    /// Who may take each quorum entry's seats, beyond its role, by the entry's index: an
    /// entry without one takes any holder of the role.
    public var members: [Int: MemberCondition] = [:]

    /// Which holders of a quorum entry's role may sit: those of given organisations (a
    /// specialised mediation committee, the court), those of the case's street.
    public struct MemberCondition: Sendable, Hashable {
        /// The organisations (`organisations:`); empty for any.
        public var organisations: [Reference]
        /// Whether members come from the street of the case's community (`same_street: true`).
        public var sameStreet: Bool

        /// A condition.
        public init(organisations: [Reference], sameStreet: Bool) {
            self.organisations = organisations
            self.sameStreet = sameStreet
        }
    }
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a panel.
    public init(quorum: [(role: Reference, count: Int)], maxSize: Int?, excludeCaseStaff: Bool, perWeek: Int? = nil, location: SourceLocation) {
        self.quorum = quorum
        self.maxSize = maxSize
        self.excludeCaseStaff = excludeCaseStaff
        self.perWeek = perWeek
        self.location = location
    }

    public static func == (lhs: Panel, rhs: Panel) -> Bool {
        lhs.quorum.map(\.role) == rhs.quorum.map(\.role) && lhs.quorum.map(\.count) == rhs.quorum.map(\.count)
            && lhs.maxSize == rhs.maxSize && lhs.excludeCaseStaff == rhs.excludeCaseStaff && lhs.perWeek == rhs.perWeek
            && lhs.members == rhs.members && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(quorum.map(\.role))
        hasher.combine(quorum.map(\.count))
        hasher.combine(maxSize)
        hasher.combine(excludeCaseStaff)
        hasher.combine(perWeek)
        hasher.combine(members)
    }
}

/// What opens a case at an occurrence, or what a step runs for.
public enum CaseSource: String, Sendable, Hashable, CaseIterable {
    case visitor, need, escalation, event
    /// Each household a round visited, as its report counts them (人数): a step with this
    /// `for_each` writes its record once a household, with the round's staff, and opens no case.
    case household
}

/// A step each case goes through.
public struct Step: Sendable, Hashable {
    /// Unique within the workflow.
    public var id: String
    /// Runs only when this holds.
    public var when: RuleText?
    /// What opens a case.
    public var forEach: CaseSource?
    /// The record type written.
    public var record: Reference?
    /// A decision table whose outputs go on the record.
    public var subsidy: Reference?
    /// A decision table whose outputs go on the case.
    public var decide: Reference?
    /// A deadline from the case's opening.
    public var within: Duration?
    /// Slots that do the step.
    public var assign: [Reference]
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a step.
    public init(id: String, when: RuleText?, forEach: CaseSource?, record: Reference?, subsidy: Reference?, decide: Reference?,
                within: Duration?, assign: [Reference], location: SourceLocation) {
        self.id = id
        self.when = when
        self.forEach = forEach
        self.record = record
        self.subsidy = subsidy
        self.decide = decide
        self.within = within
        self.assign = assign
        self.location = location
    }
}

/// When a case starts another workflow.
public struct Escalation: Sendable, Hashable {
    /// Unique within the workflow.
    public var id: String
    /// The condition.
    public var when: RuleText
    /// The workflow started.
    public var start: Reference
    /// Fire only if the condition still holds this long after the case opened.
    public var after: Duration?
    /// The started workflow must act within this.
    public var within: Duration?
    /// The condition in words (`重大疑难或 5 方以上当事人的纠纷`), which reports show instead of
    /// the expression.
    public var description: String?
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates an escalation.
    public init(id: String, when: RuleText, start: Reference, after: Duration?, within: Duration?, description: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.when = when
        self.start = start
        self.after = after
        self.within = within
        self.description = description
        self.location = location
    }
}

extension Step {
    /// The output of a `subsidy:` table that gives the yuan (an int); `validate` checks it.
    public static let subsidyAmount = "amount"
    /// The output of a `subsidy:` table that names the tier (a string), if it has one.
    public static let subsidyTier = "tier"
}
