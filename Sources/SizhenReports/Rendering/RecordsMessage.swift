import SizhenDiagnostics

/// The words of the records table, in English and Chinese: its column headers, the outcomes
/// and the count under it.
public enum RecordsMessage: String, MessageCatalogue {
    case date = "records.date"
    case type = "records.type"
    case workflow = "records.workflow"
    case site = "records.site"
    case staff = "records.staff"
    case outcome = "records.outcome"
    case subsidy = "records.subsidy"
    case caseNumber = "records.case"
    case name = "records.name"
    case phone = "records.phone"
    case idNumber = "records.id-number"
    case yuan = "records.yuan"
    case count = "records.count"
    case resolved = "records.resolved"
    case unresolved = "records.unresolved"
    case referred = "records.referred"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .date: ("DATE", "日期")
        case .type: ("TYPE", "类型")
        case .workflow: ("WORKFLOW", "流程")
        case .site: ("SITE", "地点")
        case .staff: ("STAFF", "承办人员")
        case .outcome: ("OUTCOME", "结果")
        case .subsidy: ("SUBSIDY", "补贴")
        case .caseNumber: ("CASE", "案件编号")
        case .name: ("NAME", "姓名")
        case .phone: ("PHONE", "电话")
        case .idNumber: ("ID NUMBER", "身份证号")
        case .yuan: ("{yuan} 元", "{yuan} 元")
        case .count: ("{count} {count|record|records}", "共 {count} 条记录")
        case .resolved: ("resolved", "已解决")
        case .unresolved: ("unresolved", "未解决")
        case .referred: ("referred", "已转介")
        }
    }
}
