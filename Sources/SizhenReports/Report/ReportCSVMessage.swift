import SizhenDiagnostics

/// The words of the month's report as CSV: the column headers (in English the keys
/// docs/reports.md lists, in Chinese the words of the tables) and the values that are words.
public enum ReportCSVMessage: String, MessageCatalogue {
    case level = "report-csv.level"
    case id = "report-csv.id"
    case name = "report-csv.name"
    case total = "report-csv.total"
    case workflow = "report-csv.workflow"
    case site = "report-csv.site"
    case siteName = "report-csv.site-name"
    case street = "report-csv.street"
    case due = "report-csv.due"
    case held = "report-csv.held"
    case covered = "report-csv.covered"
    case gaps = "report-csv.gaps"
    case gap = "report-csv.gap"
    case person = "report-csv.person"
    case personName = "report-csv.person-name"
    case organisation = "report-csv.organisation"
    case cases = "report-csv.cases"
    case yuan = "report-csv.yuan"
    case category = "report-csv.category"
    case focus = "report-csv.focus"
    case resolved = "report-csv.resolved"
    case unresolved = "report-csv.unresolved"
    case open = "report-csv.open"
    case escalated = "report-csv.escalated"
    case risk = "report-csv.risk"
    case kind = "report-csv.kind"
    case caseNumber = "report-csv.case"
    case date = "report-csv.date"
    case deadline = "report-csv.deadline"
    case status = "report-csv.status"
    case note = "report-csv.note"
    case role = "report-csv.role"
    case visits = "report-csv.visits"
    case panels = "report-csv.panels"
    case yes = "report-csv.yes"
    case no = "report-csv.no"
    case levelDistrict = "report-csv.level-district"
    case levelStreet = "report-csv.level-street"
    case levelSite = "report-csv.level-site"
    case levelPerson = "report-csv.level-person"
    case kindEscalated = "report-csv.kind-escalated"
    case kindMissed = "report-csv.kind-missed"
    case kindOpen = "report-csv.kind-open"
    case route = "report-csv.route"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .level: ("level", "层级")
        case .id: ("id", "编号")
        case .name: ("name", "名称")
        case .total: ("total", "合计")
        case .workflow: ("workflow", "流程")
        case .site: ("site", "地点编号")
        case .siteName: ("site_name", "地点")
        case .street: ("street", "街镇")
        case .due: ("due", "应举行")
        case .held: ("held", "已举行")
        case .covered: ("covered", "全部举行")
        case .gaps: ("gaps", "未举行及原因")
        case .gap: ("{date} {kind}: {reason}", "{date} {kind}：{reason}")
        case .person: ("person", "编号")
        case .personName: ("name", "姓名")
        case .organisation: ("organisation", "单位")
        case .cases: ("cases", "件数")
        case .yuan: ("yuan", "金额（元）")
        case .category: ("category", "类别")
        case .focus: ("focus", "重点")
        case .resolved: ("resolved", "已化解")
        case .unresolved: ("unresolved", "未化解")
        case .open: ("open", "办理中")
        case .escalated: ("escalated", "已移交")
        case .risk: ("risk", "民转刑风险")
        case .kind: ("kind", "类型")
        case .caseNumber: ("case", "案件编号")
        case .date: ("date", "日期")
        case .deadline: ("deadline", "期限")
        case .status: ("status", "状态")
        case .note: ("note", "备注")
        case .role: ("role", "角色")
        case .visits: ("visits", "上门")
        case .panels: ("panels", "会诊")
        case .yes: ("yes", "是")
        case .no: ("no", "否")
        case .levelDistrict: ("district", "区")
        case .levelStreet: ("street", "街镇")
        case .levelSite: ("site", "地点")
        case .levelPerson: ("person", "人员")
        case .kindEscalated: ("escalated", "提请")
        case .kindMissed: ("missed", "逾期")
        case .kindOpen: ("open", "未结")
        case .route: ("{from} → {to} ({escalation})", "{from} → {to}（{escalation}）")
        }
    }
}
