import SizhenDiagnostics

/// Why the planner chose a person, why a runner-up lost, why a seat stays empty, why a pinned
/// assignment moved: stored with the plan as codes, told in the reader's language.
public enum PlanMessage: String, MessageCatalogue {
    case then = "plan.then"
    case pairedOf = "plan.paired-of"
    case nobodyPaired = "plan.nobody-paired"
    case pairedCannot = "plan.paired-cannot"
    case sitsElsewhere = "plan.sits-elsewhere"
    case leftForBetterPlan = "plan.left-for-better-plan"
    case chosen = "plan.chosen"
    case pairedWith = "plan.paired-with"
    case sameStreet = "plan.same-street"
    case sameTown = "plan.same-town"
    case skills = "plan.skills"
    case alreadyHere = "plan.already-here"
    case load = "plan.load"
    case movedToEvenLoad = "plan.moved-to-even-load"
    case hadMore = "plan.had-more"
    case lacksRole = "plan.lacks-role"
    case onLeave = "plan.on-leave"
    case notAvailable = "plan.not-available"
    case monthLimit = "plan.month-limit"
    case weekLimit = "plan.week-limit"
    case dayLimit = "plan.day-limit"
    case busyAt = "plan.busy-at"
    case tooFarFrom = "plan.too-far-from"
    case hasSession = "plan.has-session"
    case chosenElsewhere = "plan.chosen-elsewhere"
    case keptForBalance = "plan.kept-for-balance"
    case notPairedWith = "plan.not-paired-with"
    case otherStreet = "plan.other-street"
    case fewerSkills = "plan.fewer-skills"
    case notHereYet = "plan.not-here-yet"
    case moreAssignments = "plan.more-assignments"
    case lowerIDWins = "plan.lower-id-wins"
    case nobodyHoldsRole = "plan.nobody-holds-role"
    case holdersOfRole = "plan.holders-of-role"
    case tally = "plan.tally"
    case free = "plan.free"
    case onLeaveShort = "plan.on-leave-short"
    case busyShort = "plan.busy-short"
    case noLongerOnStaff = "plan.no-longer-on-staff"
    case personCannot = "plan.person-cannot"
    case occurrenceGone = "plan.occurrence-gone"
    case fewerSeats = "plan.fewer-seats"
    case replanned = "plan.replanned"
    case nowUnfilled = "plan.now-unfilled"
    case doubleBooked = "plan.double-booked"
    case role = "plan.role"
    case preferencePaired = "plan.preference.paired"
    case preferenceSameStreet = "plan.preference.same-street"
    case preferenceSkills = "plan.preference.skills"
    case preferenceContinuity = "plan.preference.continuity"
    case preferenceLeastLoaded = "plan.preference.least-loaded"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .then: ("{first}; {rest}", "{first}；{rest}")
        case .pairedOf: ("paired {role} of {site}", "{site}的结对{role}")
        case .nobodyPaired: ("no one paired with {site}", "{site}没有结对人员")
        case .pairedCannot: ("paired {role} {person} {why}", "结对{role}{person}{why}")
        case .sitsElsewhere: ("sits at {site} at the same time", "同一时间在{site}坐诊")
        case .leftForBetterPlan: ("left for a better overall plan", "为整体安排更优而未选")
        case .chosen: ("{person}: {met}", "{person}：{met}")
        case .pairedWith: ("paired with {site}", "与{site}结对")
        case .sameStreet: ("same street", "同一街道")
        case .sameTown: ("same town", "同一镇")
        case .skills: ("skills {skills}", "具备专长 {skills}")
        case .alreadyHere: ("already at {site} this month", "本月已在{site}坐诊")
        case .load: ("{count} {count|assignment|assignments} this month, mean {mean}", "本月已安排 {count} 次，平均 {mean} 次")
        case .movedToEvenLoad: ("{reason} (moved from {from}, who had {load}, to even the load)", "{reason}（为均衡工作量，从已安排 {load} 次的{from}调来）")
        case .hadMore: ("had {load} assignments; moved to even the load", "已安排 {load} 次；为均衡工作量调走")
        case .lacksRole: ("does not hold a role the slot accepts", "不具备该岗位要求的角色")
        case .onLeave: ("on leave {days}{?reason: ({reason})}", "请假 {days}{?reason:（{reason}）}")
        case .notAvailable: ("not available {weekday} {window}", "{weekday} {window} 不在服务时间")
        case .monthLimit: ("at the monthly limit ({limit})", "已达每月上限（{limit} 次）")
        case .weekLimit: ("at the weekly limit ({limit})", "已达每周上限（{limit} 次）")
        case .dayLimit: ("at the daily limit ({limit})", "已达每日上限（{limit} 次）")
        case .busyAt: ("busy at {site} {window}", "{window} 在{site}")
        case .tooFarFrom: ("busy at {site} {window}, less than {minutes} min to travel", "{window} 在{site}，路程时间不足 {minutes} 分钟")
        case .hasSession: ("has a panel or home visit on {date}", "{date} 已有会诊或送法到家安排")
        case .chosenElsewhere: ("chosen for {site} at the same time", "同一时间已安排到{site}")
        case .keptForBalance: ("better on {preference}, kept for balance", "{preference}更优，为均衡工作量未选")
        case .notPairedWith: ("not paired with {site}", "未与{site}结对")
        case .otherStreet: ("from another street", "来自其他街镇")
        case .fewerSkills: ("has {count} of the {total} skills asked", "只具备所需 {total} 项专长中的 {count} 项")
        case .notHereYet: ("not at {site} yet this month", "本月尚未在{site}坐诊")
        case .moreAssignments: ("more assignments this month ({mine} vs {theirs})", "本月安排次数更多（{mine} 对 {theirs}）")
        case .lowerIDWins: ("equal on every preference; the lower id wins", "各项偏好相同；编号小者优先")
        case .nobodyHoldsRole: ("{role}: nobody holds the role", "{role}：没有人具备该角色")
        case .holdersOfRole: ("{role}: {count} {count|holds|hold} the role — {reasons}", "{role}：共 {count} 人具备该角色——{reasons}")
        case .tally: ("{count} {what}", "{count} 人{what}")
        case .free: ("free", "有空")
        case .onLeaveShort: ("on leave", "请假")
        case .busyShort: ("busy at the time", "同一时间另有安排")
        case .noLongerOnStaff: ("{person} is no longer on the staff", "{person} 已不在人员名单中")
        case .personCannot: ("{person} {why}", "{person}{why}")
        case .occurrenceGone: ("the occurrence is no longer held", "该场次已不再举行")
        case .fewerSeats: ("the slot has fewer seats now", "该岗位现在所需人数减少")
        case .replanned: ("re-planned", "重新排班")
        case .nowUnfilled: ("{why}; now unfilled: {unfilled}", "{why}；现在缺岗：{unfilled}")
        case .doubleBooked: ("{person} at {occurrence}: {why}", "{person} 在 {occurrence}：{why}")
        case .role: ("{label}", "{name}")
        case .preferencePaired: ("paired", "结对")
        case .preferenceSameStreet: ("same_street", "同一街镇")
        case .preferenceSkills: ("skills", "专长")
        case .preferenceContinuity: ("continuity", "连续性")
        case .preferenceLeastLoaded: ("least_loaded", "工作量最少")
        }
    }

    /// The codes whose languages read different arguments on purpose: a role is shown by its
    /// id in English (`legal worker`) and by its name from the district file in Chinese.
    public static let languageSpecificArguments: Set<PlanMessage> = [.role]

    /// A role as reasons and tables show it: its id in English (`legal worker`), its name from
    /// the district file in Chinese.
    public static func role(id: String, name: String?) -> Message {
        role(["label": .text(String(id.map { $0 == "_" ? " " : $0 })), "name": .text(name ?? id)])
    }

    /// Clauses in order, joined the way the language joins clauses (`a; b; c`).
    public static func joined(_ clauses: [Message]) -> Message {
        guard let last = clauses.last else { return Message.legacy("") }
        return clauses.dropLast().reversed().reduce(last) { rest, first in then(["first": .message(first), "rest": .message(rest)]) }
    }
}
