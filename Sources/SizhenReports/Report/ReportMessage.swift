import SizhenDiagnostics

/// The report's own sentences that carry data: why a site was not covered, what a deadline's
/// note says.
public enum ReportMessage: String, MessageCatalogue {
    case slotUnfilled = "report.slot-unfilled"
    case notHeldYet = "report.not-held-yet"
    case notReported = "report.not-reported"
    case awaited = "report.awaited"
    case foundOverdue = "report.found-overdue"
    case pastDue = "report.past-due"
    case heldOfDue = "report.held-of-due"
    case payeeLead = "report.payee-lead"
    case payeeSplit = "report.payee-split"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .slotUnfilled: ("{slot}: {reason}", "{slot}：{reason}")
        case .notHeldYet: ("not held (yet)", "（尚）未举行")
        case .notReported: ("no sheet within {within} {within|workday|workdays}", "{within} 个工作日内未交登记表")
        case .awaited: ("awaiting its sheet", "等待登记表")
        case .foundOverdue: ("{date}: {event}", "{date}：{event}")
        case .pastDue: ("past due", "已过期限")
        case .heldOfDue: ("{held} of {due} held", "应举行 {due} 次，已举行 {held} 次")
        case .payeeLead: ("a case served by several people of a paid role is paid once, to the first of them on the record",
                          "多人承办的案件只补贴一次，发给记录中的第一位承办人")
        case .payeeSplit: ("a case served by several people of a paid role is paid once, shared equally among them",
                           "多人承办的案件只补贴一次，由承办人平均分配")
        }
    }
}
