import SizhenDiagnostics

/// The things a file can hold, as messages name them: the `what` of "unknown key 'x' in
/// {what}", "{what} is empty", "'x' is not a valid {what}". Each reads as a noun phrase in
/// both languages, so that a decoder's sentence is whole in either; English keeps the article
/// the sentence needs ("a step"), Chinese has none ("步骤").
public enum LoaderThing: String, MessageCatalogue {
    // A YAML key, or a part of one: what most values are called.
    case namedKey = "thing.key"
    case entryOf = "thing.entry-of"
    case shareOf = "thing.share-of"

    // Whole files.
    case workflowFile = "thing.workflow-file"
    case calendarFile = "thing.calendar-file"
    case caseSchemaFile = "thing.case-schema-file"
    case decisionTableFile = "thing.decision-table-file"
    case districtFile = "thing.district-file"
    case staffFile = "thing.staff-file"
    case scenarioFile = "thing.scenario-file"

    // Mappings inside files.
    case schedule = "thing.schedule"
    case slot = "thing.slot"
    case panel = "thing.panel"
    case quorumEntry = "thing.quorum-entry"
    case step = "thing.step"
    case caseCheck = "thing.case-check"
    case escalation = "thing.escalation"
    case calendarYear = "thing.calendar-year"
    case holiday = "thing.holiday"
    case makeupWorkday = "thing.makeup-workday"
    case holidayRule = "thing.holiday-rule"
    case fieldType = "thing.field-type"
    case input = "thing.input"
    case output = "thing.output"
    case tableRow = "thing.table-row"
    case role = "thing.role"
    case recordType = "thing.record-type"
    case reportsSection = "thing.reports-section"
    case screeningSection = "thing.screening-section"
    case streetOrTown = "thing.street-or-town"
    case justiceOffice = "thing.justice-office"
    case community = "thing.community"
    case person = "thing.person"
    case availabilityWindow = "thing.availability-window"
    case leave = "thing.leave"

    // Ids and names a file gives things.
    case workflowID = "thing.workflow-id"
    case slotName = "thing.slot-name"
    case stepID = "thing.step-id"
    case escalationID = "thing.escalation-id"
    case schemaID = "thing.schema-id"
    case fieldName = "thing.field-name"
    case districtID = "thing.district-id"
    case roleID = "thing.role-id"
    case recordTypeID = "thing.record-type-id"
    case streetID = "thing.street-id"
    case communityID = "thing.community-id"
    case personID = "thing.person-id"
    case scenarioID = "thing.scenario-id"
    case tableID = "thing.table-id"

    // References and values in lists.
    case aRoleID = "thing.a-role-id"
    case aStreetID = "thing.a-street-id"
    case aCommunityID = "thing.a-community-id"
    case aWorkflowID = "thing.a-workflow-id"
    case aDecisionTableID = "thing.a-decision-table-id"
    case aSlotName = "thing.a-slot-name"
    case aTag = "thing.a-tag"
    case aSkill = "thing.a-skill"
    case aCategory = "thing.a-category"
    case aValue = "thing.a-value"
    case aWeekday = "thing.a-weekday"
    case aWeekendDay = "thing.a-weekend-day"
    case holidayName = "thing.holiday-name"
    case enumValue = "thing.enum-value"
    case enumLabel = "thing.enum-label"
    case inputID = "thing.input-id"
    case inputExpression = "thing.input-expression"
    case rowID = "thing.row-id"
    case outputID = "thing.output-id"
    case outputType = "thing.output-type"
    case categoryField = "thing.category-field"
    case preference = "thing.preference"
    case streetType = "thing.street-type"
    case communityType = "thing.community-type"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .namedKey: ("{key}", "“{key}”")
        case .entryOf: ("an entry of `{key}`", "`{key}` 中的一项")
        case .shareOf: ("the share of {value}", "“{value}”的比例")

        case .workflowFile: ("a workflow file", "流程文件")
        case .calendarFile: ("a calendar file", "工作日历文件")
        case .caseSchemaFile: ("a case-schema file", "案件字段定义文件")
        case .decisionTableFile: ("a decision-table file", "决策表文件")
        case .districtFile: ("a district file", "区设置文件")
        case .staffFile: ("a staff file", "人员文件")
        case .scenarioFile: ("a scenario file", "模拟情景文件")

        case .schedule: ("a schedule", "排期")
        case .slot: ("a slot", "岗位")
        case .panel: ("a panel", "会诊专家组")
        case .quorumEntry: ("a quorum entry", "专家组组成中的一项")
        case .step: ("a step", "步骤")
        case .caseCheck: ("a check", "一致性检查")
        case .escalation: ("an escalation", "升级规则")
        case .calendarYear: ("a calendar year", "年度安排")
        case .holiday: ("a holiday", "节假日")
        case .holidayRule: ("a statutory holiday's rule", "法定节假日规则")
        case .makeupWorkday: ("a make-up workday", "调休上班日")
        case .fieldType: ("a field type", "字段类型")
        case .input: ("an input", "输入列")
        case .output: ("an output", "输出列")
        case .tableRow: ("a rule (row)", "规则（行）")
        case .role: ("a role", "角色")
        case .recordType: ("a record type", "记录类型")
        case .reportsSection: ("the reports section", "reports（月报设置）部分")
        case .screeningSection: ("the screening section", "screening（矛盾纠纷排查）部分")
        case .streetOrTown: ("a street or town", "街镇")
        case .justiceOffice: ("a justice office", "司法所")
        case .community: ("a community", "社区(村)")
        case .person: ("a person", "人员")
        case .availabilityWindow: ("an availability window", "可排班时段")
        case .leave: ("a leave", "请假")

        case .workflowID: ("workflow id", "流程 id")
        case .slotName: ("slot name", "岗位名")
        case .stepID: ("step id", "步骤 id")
        case .escalationID: ("escalation id", "升级规则 id")
        case .schemaID: ("schema id", "案件字段定义 id")
        case .fieldName: ("field name", "字段名")
        case .districtID: ("the district id", "区的 id")
        case .roleID: ("role id", "角色 id")
        case .recordTypeID: ("record type id", "记录类型 id")
        case .streetID: ("street id", "街镇 id")
        case .communityID: ("community id", "社区(村) id")
        case .personID: ("person id", "人员 id")
        case .scenarioID: ("scenario id", "模拟情景 id")
        case .tableID: ("table id", "决策表 id")

        case .aRoleID: ("a role id", "角色 id")
        case .aStreetID: ("a street id", "街镇 id")
        case .aCommunityID: ("a community id", "社区(村) id")
        case .aWorkflowID: ("a workflow id", "流程 id")
        case .aDecisionTableID: ("a decision table id", "决策表 id")
        case .aSlotName: ("a slot name", "岗位名")
        case .aTag: ("a tag", "标签")
        case .aSkill: ("a skill", "技能")
        case .aCategory: ("a category", "类别")
        case .aValue: ("a value", "值")
        case .aWeekday: ("a weekday", "星期几")
        case .aWeekendDay: ("a weekend day", "周末日")
        case .holidayName: ("a holiday's name", "节假日名称")
        case .enumValue: ("an enum value", "枚举值")
        case .enumLabel: ("an enum value's label", "枚举值的名称")
        case .inputID: ("an input's id", "输入列的 id")
        case .inputExpression: ("an input's expr", "输入列的 expr")
        case .rowID: ("a rule's id", "规则的 id")
        case .outputID: ("an output's id", "输出列的 id")
        case .outputType: ("an output's type", "输出列的 type")
        case .categoryField: ("the category field", "分类字段")
        case .preference: ("preference", "排班偏好")
        case .streetType: ("street type", "街镇类型")
        case .communityType: ("community type", "社区(村)类型")
        }
    }
}

extension LoaderThing {
    /// The YAML key `name`, as the place a value is written: `count is 0, outside 1…50`.
    public static func key(_ name: String) -> Message { namedKey(["key": .text(name)]) }

    /// An entry of the list under the key `name`: "an entry of `when`".
    public static func entry(of name: String) -> Message { entryOf(["key": .text(name)]) }

    /// The share given to `value` in a mix of shares: "the share of simple".
    public static func share(of value: String) -> Message { shareOf(["value": .text(value)]) }
}
