import SizhenDiagnostics

/// The run sheet's own words, in English and Chinese: its title, headings and column headers.
public enum RunSheetMessage: String, MessageCatalogue {
    case title = "runsheet.title"
    case reportedSince = "runsheet.reported-since"
    case arrival = "runsheet.arrival"
    case visitorRows = "runsheet.visitor-rows"
    case sittingReports = "runsheet.sitting-reports"
    case sessionRows = "runsheet.session-rows"
    case voids = "runsheet.voids"
    case nothingToday = "runsheet.nothing-today"
    case time = "runsheet.time"
    case place = "runsheet.place"
    case what = "runsheet.what"
    case who = "runsheet.who"
    case note = "runsheet.note"
    case caseNumber = "runsheet.case"
    case booked = "runsheet.booked"
    case sessions = "runsheet.sessions"
    case awaiting = "runsheet.awaiting"
    case overdue = "runsheet.overdue"
    case escalated = "runsheet.escalated"
    case unstaffed = "runsheet.unstaffed"
    case movedTo = "runsheet.moved-to"
    case movedFrom = "runsheet.moved-from"
    case extra = "runsheet.extra"
    case provisional = "runsheet.provisional"
    case personInSlot = "runsheet.person-in-slot"
    case caseEvent = "runsheet.case-event"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .title: ("{date} {weekday} · {district} · run sheet", "{date} {weekday} · {district} · 工作单")
        case .reportedSince: ("Reported since the last run sheet (each derived from its day on)", "上次工作单以来交回的登记（均已从所涉日期起重新推算）")
        case .arrival: ("{source}: {counts} about {days}", "{source}：{counts}，涉及 {days}")
        case .visitorRows: ("{count} {count|visitor row|visitor rows}", "来访登记 {count} 行")
        case .sittingReports: ("{count} {count|sitting report|sitting reports}", "整场情况 {count} 条")
        case .sessionRows: ("{count} {count|visit or panel row|visit or panel rows}", "上门、会诊登记 {count} 行")
        case .voids: ("{count} {count|void|voids}", "作废 {count} 件")
        case .nothingToday: ("No sittings, rounds or events today.", "今天没有坐诊、巡诊或活动。")
        case .time: ("TIME", "时间")
        case .place: ("PLACE", "地点")
        case .what: ("WHAT", "服务")
        case .who: ("WHO", "人员")
        case .note: ("NOTE", "备注")
        case .caseNumber: ("CASE", "案件编号")
        case .booked: ("BOOKED", "预约日期")
        case .sessions: ("Sessions (会诊 panels, 送法到家 visits)", "会诊、送法到家")
        case .awaiting: ("Awaiting a report (booked before today; import a visits or panels sheet: `sizhen intake template visits`)",
                         "等待登记（今天以前预约的；请导入送法到家或会诊登记表：`sizhen intake template visits`）")
        case .overdue: ("Overdue", "逾期")
        case .escalated: ("New escalations", "新提请会诊")
        case .unstaffed: ("Not staffed", "无人值守")
        case .movedTo: ("moved to {date} (改期)", "改期至 {date}")
        case .movedFrom: ("moved here from {date} (改期)", "改期，原定 {date}")
        case .extra: ("held besides the plan (加开)", "加开")
        case .provisional: ("暂定 (provisional): the {year} calendar is a draft until the State Council's notice; this day's sittings may move",
                            "暂定：{year} 年节假日安排尚未公布，本日安排可能调整")
        case .personInSlot: ("{person} ({slot})", "{person}（{slot}）")
        case .caseEvent: ("{case}: {event}", "{case}：{event}")
        }
    }
}
