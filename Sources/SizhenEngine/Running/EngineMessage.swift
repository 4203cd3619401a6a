import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// What the engine writes in the event log and tells the person running a command: every
/// decision about a case, an occurrence or a session. Stored as codes with arguments, so that
/// a case's story reads in Chinese or English whenever it is told.
public enum EngineMessage: String, MessageCatalogue {
    case occurrenceHeld = "engine.occurrence-held"
    case caseOpened = "engine.case-opened"
    case caseOpenedByEscalation = "engine.case-opened-by-escalation"
    case stepSkipped = "engine.step-skipped"
    case stepsSkipped = "engine.steps-skipped"
    case skippedStep = "engine.skipped-step"
    case stepRuleError = "engine.step-rule-error"
    case tableMatched = "engine.table-matched"
    case tableNoMatch = "engine.table-no-match"
    case tableRuleError = "engine.table-rule-error"
    case row = "engine.row"
    case output = "engine.output"
    case recordWritten = "engine.record-written"
    case escalated = "engine.escalated"
    case caseClosed = "engine.case-closed"
    case escalationTimerSet = "engine.escalation-timer-set"
    case escalationRechecked = "engine.escalation-rechecked"
    case days = "engine.days"
    case workdays = "engine.workdays"
    case visitScheduled = "engine.visit-scheduled"
    case panelScheduled = "engine.panel-scheduled"
    case caseStaffExcluded = "engine.case-staff-excluded"
    case panelWeeksFull = "engine.panel-weeks-full"
    case householdsVisited = "engine.households-visited"
    case noPanelDay = "engine.no-panel-day"
    case nobodyFreeForVisit = "engine.nobody-free-for-visit"
    case visitHeld = "engine.visit-held"
    case panelHeld = "engine.panel-held"
    case sessionNotAwaited = "engine.session-not-awaited"
    case heldByDeadline = "engine.held-by-deadline"
    case heldAfterDeadline = "engine.held-after-deadline"
    case overdue = "engine.overdue"
    case deadlineUncovered = "engine.deadline-uncovered"
    case deadlineOfStep = "engine.deadline-of-step"
    case deadlineOfEscalation = "engine.deadline-of-escalation"
    case statusResolved = "engine.status.resolved"
    case statusUnresolved = "engine.status.unresolved"
    case statusReferred = "engine.status.referred"
    case statusOpen = "engine.status.open"
    case absentReplaced = "engine.absent-replaced"
    case absentNobodyFree = "engine.absent-nobody-free"
    case replacementSameStreet = "engine.replacement-same-street"
    case replacementLeastUsed = "engine.replacement-least-used"
    case occurrenceNotHeld = "engine.occurrence-not-held"
    case substituted = "engine.substituted"
    case moved = "engine.occurrence-moved"
    case extra = "engine.occurrence-extra"
    case nobodySat = "engine.nobody-sat"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .occurrenceHeld: ("{workflow} held at {site}{?people: by {people}}", "{site}{workflow}已举行{?people:，由{people}负责}")
        case .caseOpened: ("{workflow} case opened at {site}: {fields}", "{site}{workflow}案件登记：{fields}")
        case .caseOpenedByEscalation: ("{workflow} case opened by escalation {escalation}", "因提请规则 {escalation} 登记{workflow}案件")
        case .stepSkipped: ("step {step} skipped: {rule} is false", "步骤 {step} 跳过：{rule} 不成立")
        case .stepsSkipped: ("steps skipped, their rules false: {steps}", "跳过的步骤（规则不成立）：{steps}")
        case .skippedStep: ("{step} ({rule})", "{step}（{rule}）")
        case .stepRuleError: ("step {step}: {error} ({location})", "步骤 {step}：{error}（{location}）")
        case .tableMatched: ("table {table}: matched {rows}{?outputs: → {outputs}}", "决策表 {table}：命中 {rows}{?outputs: → {outputs}}")
        case .tableNoMatch: ("table {table}: no row matched", "决策表 {table}：没有命中任何规则行")
        case .tableRuleError: ("table {table}: {error}", "决策表 {table}：{error}")
        case .row: ("row {number}", "第 {number} 行")
        case .output: ("{name}={value}", "{name}={value}")
        case .recordWritten: ("step {step}: record {type}{?yuan:, subsidy {yuan} yuan}{?tier: ({tier})}",
                              "步骤 {step}：记录{type}{?yuan:，补贴 {yuan} 元}{?tier:（{tier}）}")
        case .escalated: ("escalation {escalation} ({rule}) → {workflow} case {case}{?due:, due by {due}}",
                          "提请规则 {escalation}（{rule}）→ {workflow}案件 {case}{?due:，期限 {due}}")
        case .caseClosed: ("case closed: {status}", "案件办结：{status}")
        case .escalationTimerSet: ("timer: escalation {escalation} re-checked on {due} (after {after})",
                                   "计时：{due}（{after}后）重新检查提请规则 {escalation}")
        case .days: ("{amount} {amount|day|days}", "{amount} 天")
        case .workdays: ("{amount} {amount|workday|workdays}", "{amount} 个工作日")
        case .escalationRechecked: ("timer: escalation {escalation} re-checked", "计时到期：重新检查提请规则 {escalation}")
        case .visitScheduled: ("{step} scheduled on {day}: {people}{?deadline: (deadline {deadline})}{?late: (after the deadline {late})}{?note:; {note}}",
                               "送法到家（步骤 {step}）安排在 {day}：{people}{?deadline:（期限 {deadline}）}{?late:（已超过期限 {late}）}{?note:；{note}}")
        case .panelScheduled: ("panel scheduled on {day}: {people}{?deadline: (deadline {deadline})}{?late: (after the deadline {late})}{?note:; {note}}",
                               "会诊安排在 {day}：{people}{?deadline:（期限 {deadline}）}{?late:（已超过期限 {late}）}{?note:；{note}}")
        case .householdsVisited: ("{count} households visited: a record {types} each", "走访 {count} 户：每户一条{types}记录")
        case .panelWeeksFull: ("waited: the week of {weeks} already had {perWeek} panels{?excluded:; {excluded}}",
                               "顺延：{weeks} 所在的一周已安排 {perWeek} 次会诊{?excluded:；{excluded}}")
        case .caseStaffExcluded: ("case staff {people} excluded", "经手本案的 {people} 回避")
        case .noPanelDay: ("no day until {horizon} when a full panel is free", "到 {horizon} 为止没有专家组成员都有空的日子")
        case .nobodyFreeForVisit: ("step {step}: nobody free until {horizon}", "步骤 {step}：到 {horizon} 为止无人有空")
        case .visitHeld: ("{step} held: {people}", "送法到家（步骤 {step}）已完成：{people}")
        case .panelHeld: ("panel held: {people}{?opinion:; opinion: {opinion}}", "会诊已举行：{people}{?opinion:；会诊意见：{opinion}}")
        case .sessionNotAwaited: ("{step} reported on {day} for case {case}, which has none awaited: not counted",
                                  "{day} 登记的环节 {step} 不计入：案件 {case} 没有待完成的该环节")
        case .heldByDeadline: ("held by the deadline {deadline}", "在期限 {deadline} 前完成")
        case .heldAfterDeadline: ("held {days} days after the deadline {deadline}", "超过期限 {deadline} {days} 天完成")
        case .overdue: ("overdue: {workflow} not done by {deadline}", "逾期：{workflow}未在 {deadline} 前完成")
        case .deadlineUncovered: ("{what}: {error}; {hint}", "{what}：{error}；{hint}")
        case .deadlineOfStep: ("the deadline of {case}:{step}", "{case}:{step} 的期限")
        case .deadlineOfEscalation: ("the deadline of {case}>{escalation}", "{case}>{escalation} 的期限")
        case .statusResolved: ("resolved", "已解决")
        case .statusUnresolved: ("unresolved", "未解决")
        case .statusReferred: ("referred", "已转介")
        case .statusOpen: ("open", "办理中")
        case .absentReplaced: ("{absent} sick on {day}; {replacement}: {why}", "{absent} {day} 病假；由 {replacement} 替补：{why}")
        case .nobodySat: ("nobody sat: every seat of the plan was left empty", "无人坐诊：排班的所有岗位都无人安排")
        case .absentNobodyFree: ("{absent} sick on {day}; nobody of the slot's roles is free", "{absent} {day} 病假；岗位所需角色无人有空")
        case .replacementSameStreet: ("same street", "同一街镇")
        case .replacementLeastUsed: ("least used this month ({count})", "本月安排最少（{count} 次）")
        case .occurrenceNotHeld: ("{workflow} at {site} not held: {reason}", "{site}{workflow}未举行：{reason}")
        case .substituted: ("{people} sat instead of {planned}{?reason: ({reason})}", "由 {people} 替班，原定 {planned}{?reason:（{reason}）}")
        case .moved: ("{workflow} at {site} held today instead of {planned}{?reason: ({reason})}",
                      "{site}{workflow}改期至今天举行，原定 {planned}{?reason:（{reason}）}")
        case .extra: ("{workflow} at {site} held besides the plan{?reason: ({reason})}", "{site}{workflow}加开一场{?reason:（{reason}）}")
        }
    }

    /// A duration in days or workdays.
    public static func duration(_ duration: Duration) -> Message {
        switch duration.unit {
        case .days: days(["amount": .int(duration.amount)])
        case .workdays: workdays(["amount": .int(duration.amount)])
        }
    }

    /// The word for a case's status.
    public static func status(_ status: CaseStatus) -> Message {
        switch status {
        case .resolved: statusResolved()
        case .unresolved: statusUnresolved()
        case .referred: statusReferred()
        case .open: statusOpen()
        }
    }
}
