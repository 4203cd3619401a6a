import SizhenDiagnostics

/// The words of holiday policies: why an occurrence date moved or was not held (reasons that
/// are stored with occurrences, so their codes never change meaning), and an unknown
/// `on_holiday:` value. `CalendarWording` builds the messages with their arguments.
///
/// Arguments: dates as `YYYY-MM-DD` (`date`, `from`, `to`), `label` the rest day's name as the
/// calendar gives it (国庆节, 周六), `reason` a nested reason, `policy` what was written,
/// `suggestion` a likely intended policy, `policies` the known ones.
public enum HolidayMessage: String, MessageCatalogue {
    case movedLater = "holiday.moved-later"
    case movedEarlier = "holiday.moved-earlier"
    case restDay = "holiday.rest-day"
    case heldOn = "holiday.held-on"
    case alreadyHeld = "holiday.already-held"
    case unknownPolicy = "holiday.unknown-policy"
    case policyHint = "holiday.policy-hint"

    /// The English and Chinese templates.
    public var templates: (english: String, chinese: String) {
        switch self {
        case .movedLater: ("moved from {from} ({label}) to {to}", "由 {from}（{label}）顺延到 {to}")
        case .movedEarlier: ("moved from {from} ({label}) to {to}", "由 {from}（{label}）提前到 {to}")
        case .restDay: ("{date} is a rest day ({label})", "{date} 是休息日（{label}）")
        case .heldOn: ("held on {date}", "在 {date} 举行")
        case .alreadyHeld: ("{reason}, which already has an occurrence", "{reason}，而该日已有场次")
        case .unknownPolicy:
            ("unknown holiday policy '{policy}'{?suggestion:; did you mean '{suggestion}'?}",
             "未知的节假日处理方式“{policy}”{?suggestion:；是不是“{suggestion}”？}")
        case .policyHint: ("one of: {policies}", "可选值：{policies}")
        }
    }
}
