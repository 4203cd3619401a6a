import SizhenCalendar
import SizhenDiagnostics

/// The words of `schedule`'s tables, in English and Chinese: the month's occurrences and a
/// rule's dates, their headers, notes and counts (the reasons a date moved are the calendar's
/// own `HolidayMessage`s).
public enum ScheduleMessage: String, MessageCatalogue {
    case monthTitle = "schedule.month-title"
    case ruleTitle = "schedule.rule-title"
    case date = "schedule.date"
    case day = "schedule.day"
    case time = "schedule.time"
    case workflow = "schedule.workflow"
    case street = "schedule.street"
    case site = "schedule.site"
    case note = "schedule.note"
    case provisional = "schedule.provisional"
    case provisionalDate = "schedule.provisional-date"
    case skipped = "schedule.skipped"
    case reason = "schedule.reason"
    case weekday = "schedule.weekday"
    case makeupWorkday = "schedule.makeup-workday"
    case counts = "schedule.counts"
    case workflowCount = "schedule.workflow-count"
    case policyKeep = "schedule.policy.keep"
    case policySkip = "schedule.policy.skip"
    case policyNextWorkday = "schedule.policy.next-workday"
    case policyPreviousWorkday = "schedule.policy.previous-workday"
    case policyNearestWorkday = "schedule.policy.nearest-workday"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .monthTitle: ("{month} · {district} · calendar: {calendar} · {zone}", "{month} · {district} · 工作日历：{calendar} · {zone}")
        case .ruleTitle: ("{rule} · on_holiday: {policy} · calendar: {calendar} ({name})", "{rule} · 节假日：{policy} · 工作日历：{calendar}（{name}）")
        case .date: ("DATE", "日期")
        case .day: ("DAY", "星期")
        case .time: ("TIME", "时间")
        case .workflow: ("WORKFLOW", "流程")
        case .street: ("STREET", "街镇")
        case .site: ("SITE", "地点")
        case .note: ("NOTE", "备注")
        case .provisional: ("暂定 (provisional: the year's holidays are a draft until the State Council's notice)",
                            "暂定（该年节假日安排尚未公布）")
        case .provisionalDate: ("{date} (暂定)", "{date}（暂定）")
        case .skipped: ("SKIPPED", "不举行")
        case .reason: ("REASON", "原因")
        // The RFC 5545 code is what a rule's BYDAY writes; a Chinese reader has 周三.
        case .weekday: ("{code} {name}", "{name}")
        case .makeupWorkday: ("调休 make-up workday{?holiday: ({holiday})}", "调休上班日{?holiday:（{holiday}）}")
        case .counts: ("{count} {count|occurrence|occurrences}, {moved} moved, {skipped} skipped",
                       "共 {count} 场，改期 {moved} 场，不举行 {skipped} 场")
        case .workflowCount: ("{workflow} {count}", "{workflow} {count} 场")
        case .policyKeep: ("keep", "照常举行")
        case .policySkip: ("skip", "不举行")
        case .policyNextWorkday: ("next_workday", "顺延到下一个工作日")
        case .policyPreviousWorkday: ("previous_workday", "提前到上一个工作日")
        case .policyNearestWorkday: ("nearest_workday", "移到最近的工作日")
        }
    }

    /// The codes whose languages read different arguments on purpose: a weekday is its RFC
    /// 5545 code and its Chinese name in English, its Chinese name alone in Chinese.
    public static let languageSpecificArguments: Set<ScheduleMessage> = [.weekday]
}

extension ScheduleMessage {
    /// A date's weekday as the tables show it (`WE 周三`, 周三).
    public static func weekday(of date: CivilDate) -> Message {
        weekday(["code": .text(date.weekday.code), "name": .text(date.weekday.chineseName)])
    }

    /// The note of a date that is a 调休 make-up workday, naming its holiday if the calendar does.
    public static func makeupNote(_ kind: DayKind) -> Message? {
        guard case .makeupWorkday(let holiday) = kind else { return nil }
        return makeupWorkday(["holiday": .text(holiday ?? "")])
    }

    /// A holiday policy in words.
    public static func policy(_ policy: HolidayPolicy) -> Message {
        switch policy {
        case .keep: policyKeep()
        case .skip: policySkip()
        case .nextWorkday: policyNextWorkday()
        case .previousWorkday: policyPreviousWorkday()
        case .nearestWorkday: policyNearestWorkday()
        }
    }
}
