import SizhenDiagnostics

/// What an id names, as the checks across files speak of it: the `what` of "unknown {what}
/// 'x'" and "{what} 'x' is defined twice". Bare nouns, without the article a decoder's
/// `LoaderThing` carries.
public enum NamedThing: String, MessageCatalogue {
    case street = "named.street"
    case community = "named.community"
    case role = "named.role"
    case recordType = "named.record-type"
    case person = "named.person"
    case workflow = "named.workflow"
    case scenario = "named.scenario"
    case decisionTable = "named.decision-table"
    case calendar = "named.calendar"
    case caseField = "named.case-field"
    case caseCheck = "named.case-check"
    case slotOfWorkflow = "named.slot-of-workflow"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .street: ("street", "街镇")
        case .community: ("community", "社区(村)")
        case .role: ("role", "角色")
        case .recordType: ("record type", "记录类型")
        case .person: ("person", "人员")
        case .workflow: ("workflow", "流程")
        case .scenario: ("scenario", "模拟情景")
        case .decisionTable: ("decision table", "决策表")
        case .calendar: ("calendar", "工作日历")
        case .caseField: ("case field", "案件字段")
        case .caseCheck: ("check of the case schema", "案件字段的一致性检查")
        case .slotOfWorkflow: ("slot of workflow '{workflow}'", "流程“{workflow}”的岗位")
        }
    }
}
