import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// The words of `explain`, a case's story, in English and Chinese: its heading, what the
/// sheets reported and what each correction changed, and the kind of each event (the events
/// themselves are the engine's `EngineMessage`s).
public enum StoryMessage: String, MessageCatalogue {
    case heading = "story.heading"
    case open = "story.open"
    case reported = "story.reported"
    case outcome = "story.outcome"
    case theSame = "story.the-same"
    case corrects = "story.corrects"
    case sessionOn = "story.session-on"
    case withdrawn = "story.withdrawn"
    case changedOutcome = "story.changed-outcome"
    case changedStaff = "story.changed-staff"
    case changedField = "story.changed-field"
    case factVisitor = "story.fact.visitor"
    case factSitting = "story.fact.sitting"
    case factSession = "story.fact.session"
    case factVoid = "story.fact.void"
    case factPublished = "story.fact.published"
    case occurrenceHeld = "story.event.occurrence-held"
    case caseOpened = "story.event.case-opened"
    case stepRun = "story.event.step-run"
    case stepSkipped = "story.event.step-skipped"
    case tableMatched = "story.event.table-matched"
    case escalated = "story.event.escalated"
    case timerSet = "story.event.timer-set"
    case timerFired = "story.event.timer-fired"
    case sessionScheduled = "story.event.session-scheduled"
    case sessionHeld = "story.event.session-held"
    case deadlineMet = "story.event.deadline-met"
    case overdue = "story.event.overdue"
    case unfilled = "story.event.unfilled"
    case caseClosed = "story.event.case-closed"
    case ruleError = "story.event.rule-error"
    case absence = "story.event.absence"
    case monthPlanned = "story.event.month-planned"
    case monthReplanned = "story.event.month-replanned"
    case occurrenceNotHeld = "story.event.occurrence-not-held"
    case caseVoided = "story.event.case-voided"
    case sessionNotAwaited = "story.event.session-not-awaited"

    case field = "story.field"
    case yes = "story.yes"
    case no = "story.no"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .heading: ("case {case} · {workflow} · opened {opened} · {status}{?closed: {closed}}",
                        "案件 {case} · {workflow} · {opened} 登记 · {status}{?closed: {closed}}")
        case .open: ("open", "办理中")
        case .reported: ("reported #{arrival}  {kind}  {source}", "登记 #{arrival}  {kind}  {source}")
        case .outcome: ("outcome {outcome}", "结果 {outcome}")
        case .theSame: ("(the same)", "（无变化）")
        case .corrects: ("corrects: {changes}", "更正：{changes}")
        case .sessionOn: ("{session} on {date}", "{date} {session}")
        case .field: ("{title}: {value}", "{title}：{value}")
        case .yes: ("yes", "是")
        case .no: ("no", "否")
        case .withdrawn: ("withdrawn: {reason}", "作废：{reason}")
        case .changedOutcome: ("outcome {old} → {new}", "结果 {old} → {new}")
        case .changedStaff: ("staff {old} → {new}", "人员 {old} → {new}")
        case .changedField: ("{field} {old} → {new}", "{field} {old} → {new}")
        case .factVisitor: ("visitor", "来访登记")
        case .factSitting: ("sitting", "整场情况")
        case .factSession: ("session", "上门、会诊登记")
        case .factVoid: ("void", "作废")
        case .factPublished: ("published", "发布排班")
        // An event's kind reads as its code in English, as the JSON gives it.
        case .occurrenceHeld: ("occurrence_held", "场次举行")
        case .caseOpened: ("case_opened", "案件登记")
        case .stepRun: ("step_run", "执行步骤")
        case .stepSkipped: ("step_skipped", "跳过步骤")
        case .tableMatched: ("table_matched", "决策表")
        case .escalated: ("escalated", "提请")
        case .timerSet: ("timer_set", "设定计时")
        case .timerFired: ("timer_fired", "计时到期")
        case .sessionScheduled: ("session_scheduled", "安排")
        case .sessionHeld: ("session_held", "已举行")
        case .deadlineMet: ("deadline_met", "按期完成")
        case .overdue: ("overdue", "逾期")
        case .unfilled: ("unfilled", "缺岗")
        case .caseClosed: ("case_closed", "办结")
        case .ruleError: ("rule_error", "规则错误")
        case .absence: ("absence", "缺席")
        case .monthPlanned: ("month_planned", "排班")
        case .monthReplanned: ("month_replanned", "重新排班")
        case .occurrenceNotHeld: ("occurrence_not_held", "场次未举行")
        case .caseVoided: ("case_voided", "作废")
        case .sessionNotAwaited: ("session_not_awaited", "不计入")
        }
    }

    /// The word for what a fact is.
    public static func kind(_ kind: Fact.Kind) -> Message {
        switch kind {
        case .visitor: factVisitor()
        case .sitting: factSitting()
        case .session: factSession()
        case .void: factVoid()
        case .published: factPublished()
        }
    }

    /// The word for what an event is.
    public static func kind(_ kind: EngineEvent.Kind) -> Message {
        switch kind {
        case .occurrenceHeld: occurrenceHeld()
        case .caseOpened: caseOpened()
        case .stepRun: stepRun()
        case .stepSkipped: stepSkipped()
        case .tableMatched: tableMatched()
        case .escalated: escalated()
        case .timerSet: timerSet()
        case .timerFired: timerFired()
        case .sessionScheduled: sessionScheduled()
        case .sessionHeld: sessionHeld()
        case .deadlineMet: deadlineMet()
        case .overdue: overdue()
        case .unfilled: unfilled()
        case .caseClosed: caseClosed()
        case .ruleError: ruleError()
        case .absence: absence()
        case .monthPlanned: monthPlanned()
        case .monthReplanned: monthReplanned()
        case .occurrenceNotHeld: occurrenceNotHeld()
        case .caseVoided: caseVoided()
        case .sessionNotAwaited: sessionNotAwaited()
        }
    }
}
