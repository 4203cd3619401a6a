import SizhenDiagnostics

/// The words of `plan`'s table, `--explain` and CSV, in English and Chinese: headers, the
/// audit under the table, the changes against a pinned plan (the reasons themselves are the
/// planner's `PlanMessage`s).
public enum PlanTableMessage: String, MessageCatalogue {
    case title = "plan-table.title"
    case date = "plan-table.date"
    case time = "plan-table.time"
    case workflow = "plan-table.workflow"
    case site = "plan-table.site"
    case slot = "plan-table.slot"
    case person = "plan-table.person"
    case reason = "plan-table.reason"
    case unfilled = "plan-table.unfilled"
    case change = "plan-table.change"
    case why = "plan-table.why"
    case assignment = "plan-table.assignment"
    case pinned = "plan-table.pinned"
    case because = "plan-table.because"
    case runnerUp = "plan-table.runner-up"
    case personCount = "plan-table.person-count"
    case seats = "plan-table.seats"
    case paired = "plan-table.paired"
    case load = "plan-table.load"
    case changes = "plan-table.changes"
    case moved = "plan-table.moved"
    case added = "plan-table.added"
    case removed = "plan-table.removed"
    case csvStatus = "plan-table.csv.status"
    case csvOccurrence = "plan-table.csv.occurrence"
    case csvWorkflow = "plan-table.csv.workflow"
    case csvSite = "plan-table.csv.site"
    case csvSiteName = "plan-table.csv.site-name"
    case csvDate = "plan-table.csv.date"
    case csvStart = "plan-table.csv.start"
    case csvEnd = "plan-table.csv.end"
    case csvSlot = "plan-table.csv.slot"
    case csvPerson = "plan-table.csv.person"
    case csvPersonName = "plan-table.csv.person-name"
    case csvReason = "plan-table.csv.reason"
    case csvAssigned = "plan-table.csv.assigned"
    case csvUnfilled = "plan-table.csv.unfilled"
    case csvSession = "plan-table.csv.session"
    case allDay = "plan-table.all-day"
    case sessionBooked = "plan-table.session-booked"
    case sessionHeld = "plan-table.session-held"
    case personSessions = "plan-table.person-sessions"
    case sessionsNeedDatabase = "plan-table.sessions-need-database"
    case reminder = "plan-table.reminder"
    case streetCount = "plan-table.street-count"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .title: ("{month} · {district} · plan · travel buffer {minutes} min{?person: · {person}}",
                      "{month} · {district} · 排班 · 路程间隔 {minutes} 分钟{?person: · {person}}")
        case .date: ("DATE", "日期")
        case .time: ("TIME", "时间")
        case .workflow: ("WORKFLOW", "流程")
        case .site: ("SITE", "地点")
        case .slot: ("SLOT", "岗位")
        case .person: ("PERSON", "人员")
        case .reason: ("REASON", "理由")
        case .unfilled: ("UNFILLED", "缺岗")
        case .change: ("CHANGE", "变动")
        case .why: ("WHY", "原因")
        case .assignment: ("{date} {time} {workflow} · {site} · {slot}: {person}{?pinned:{pinned}}",
                           "{date} {time} {workflow} · {site} · {slot}：{person}{?pinned:{pinned}}")
        case .pinned: (" (pinned)", "（保留）")
        case .because: ("why: {reason}", "理由：{reason}")
        case .runnerUp: ("runner-up {person}: {reason}", "未选 {person}：{reason}")
        case .personCount: ("{person}: {count} {count|assignment|assignments}", "{person}：共 {count} 次安排")
        case .seats: ("{seats} {seats|seat|seats}: {filled} filled, {unfilled} unfilled · {doubleBooked} double-booked",
                      "共 {seats} 个岗位：已安排 {filled}，缺岗 {unfilled} · 重复安排 {doubleBooked}")
        case .paired: ("{workflow}: {paired} of {total} held by the paired person ({percent})",
                       "{workflow}：{total} 场中 {paired} 场由结对人员承担（{percent}）")
        case .load: ("load ({roles}): {qualified} qualified, {minimum}–{maximum} a person, spread {spread}, mean {mean}",
                     "工作量（{roles}）：符合条件 {qualified} 人，每人 {minimum}–{maximum} 次，相差 {spread}，平均 {mean}")
        case .changes: ("changes against the pinned plan: {moved} moved, {added} added, {removed} removed",
                        "与保留的排班相比：调整 {moved}，新增 {added}，取消 {removed}")
        case .moved: ("moved", "调整")
        case .added: ("added", "新增")
        case .removed: ("removed", "取消")
        case .csvStatus: ("status", "状态")
        case .csvOccurrence: ("occurrence", "场次")
        case .csvWorkflow: ("workflow", "流程编号")
        case .csvSite: ("site", "地点编号")
        case .csvSiteName: ("site_name", "地点")
        case .csvDate: ("date", "日期")
        case .csvStart: ("start", "开始")
        case .csvEnd: ("end", "结束")
        case .csvSlot: ("slot", "岗位编号")
        case .csvPerson: ("person", "人员编号")
        case .csvPersonName: ("person_name", "姓名")
        case .csvReason: ("reason", "理由")
        case .csvAssigned: ("assigned", "已安排")
        case .csvUnfilled: ("unfilled", "缺岗")
        case .csvSession: ("session", "会诊或上门")
        case .allDay: ("all day", "全天")
        case .sessionBooked: ("case {case}: booked, not reported held yet", "案件 {case}：已预约，尚未报告举行")
        case .sessionHeld: ("case {case}: held{?booked: (booked for {booked})}", "案件 {case}：已举行{?booked:（原定 {booked}）}")
        case .personSessions: ("{person}: {count} {count|sitting|sittings}, {sessions} {sessions|session|sessions} (home visits, panels)",
                               "{person}：坐班 {count} 次，送法到家、会诊 {sessions} 次")
        case .sessionsNeedDatabase: ("home visits (送法到家) and panels (会诊) are booked in the month's database: add --db FILE to show them",
                                     "送法到家、会诊由系统在本月数据库中预约：加 --db FILE 才能列出")
        case .streetCount: ("{street}: {filled} {filled|seat|seats} filled, {unfilled} unfilled", "{street}：已安排 {filled} 个岗位，缺岗 {unfilled}")
        case .reminder: ("Tomorrow: {summary}", "明天：{summary}")
        }
    }
}
