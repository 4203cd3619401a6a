import SizhenDiagnostics

/// The words of a simulated month's summary, in English and Chinese.
public enum SummaryMessage: String, MessageCatalogue {
    case title = "summary.title"
    case occurrences = "summary.occurrences"
    case workflow = "summary.workflow"
    case held = "summary.held"
    case moved = "summary.moved"
    case skipped = "summary.skipped"
    case records = "summary.records"
    case recordType = "summary.record-type"
    case count = "summary.count"
    case total = "summary.total"
    case escalationsAndDeadlines = "summary.escalations-and-deadlines"
    case escalated = "summary.escalated"
    case none = "summary.none"
    case deadlines = "summary.deadlines"
    case compliance = "summary.compliance"
    case subsidies = "summary.subsidies"
    case tier = "summary.tier"
    case cases = "summary.cases"
    case yuan = "summary.yuan"
    case load = "summary.load"
    case loadRange = "summary.load-range"
    case street = "summary.street"
    case loadColumn = "summary.load-column"
    case unfilled = "summary.unfilled"
    case openAtEnd = "summary.open-at-end"
    case recordsAreIn = "summary.records-are-in"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .title: ("Simulated {month} · {district} · seed {seed} · scenario {scenario}", "模拟 {month} · {district} · 随机种子 {seed} · 情景 {scenario}")
        case .occurrences: ("Occurrences", "场次")
        case .workflow: ("WORKFLOW", "流程")
        case .held: ("HELD", "举办")
        case .moved: ("MOVED", "顺延")
        case .skipped: ("SKIPPED", "取消")
        case .records: ("Records", "服务记录")
        case .recordType: ("RECORD TYPE", "记录类型")
        case .count: ("COUNT", "数量")
        case .total: ("total", "合计")
        case .escalationsAndDeadlines: ("Escalations and deadlines", "提请与期限")
        case .escalated: ("escalated: {list}", "提请：{list}")
        case .none: ("none", "无")
        case .deadlines: ("deadlines met {met}, missed {missed}", "按期完成 {met}，逾期 {missed}")
        case .compliance: (", compliance {percent}%", "，按期率 {percent}%")
        case .subsidies: ("Subsidies", "补贴")
        case .tier: ("SUBSIDY TIER", "补贴档次")
        case .cases: ("CASES", "案件数")
        case .yuan: ("YUAN", "金额（元）")
        case .load: ("Load (assignments and sessions per person, {people} people)", "工作量（每人的排班和会诊、上门次数，共 {people} 人）")
        case .loadRange: ("min {min}, mean {mean}, max {max}", "最少 {min}，平均 {mean}，最多 {max}")
        case .street: ("STREET", "街镇")
        case .loadColumn: ("LOAD", "工作量")
        case .unfilled: ("Unfilled slots: {count}", "未排满的岗位：{count}")
        case .openAtEnd: ("Open at the end: {cases} cases, {timers} timers", "月末未办结：案件 {cases} 件，计时 {timers} 个")
        case .recordsAreIn: ("Records are in {database}: sizhen records --db {database}", "服务记录保存在 {database}：sizhen records --db {database}")
        }
    }
}
