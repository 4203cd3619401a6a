import SizhenDiagnostics

/// The words of mistakes in a written time (`09:00`), time window (`09:00-12:00`) or time zone
/// (`Asia/Shanghai`). `CalendarWording` builds the messages with their arguments.
///
/// Arguments: `found` what stood where a time or `-` was expected (a nested `quoted` text or
/// `endOfText`), `text` text as written, `hour` and `minute` numbers, times as `HH:MM`, `zone`
/// an identifier and `suggestion` a likely intended one.
public enum TimeMessage: String, MessageCatalogue {
    case expectedTime = "time.expected-time"
    case twoDigitsHint = "time.two-digits-hint"
    case hourOutOfRange = "time.hour-out-of-range"
    case minuteOutOfRange = "time.minute-out-of-range"
    case expectedDash = "time.expected-dash"
    case windowHint = "time.window-hint"
    case trailingText = "time.trailing-text"
    case endsBeforeStart = "time.ends-before-start"
    case emptyWindow = "time.empty-window"
    case overnightHint = "time.overnight-hint"
    case quoted = "time.quoted"
    case endOfText = "time.end-of-text"
    case unknownZone = "time.unknown-zone"
    case zoneHint = "time.zone-hint"

    /// The English and Chinese templates.
    public var templates: (english: String, chinese: String) {
        switch self {
        case .expectedTime:
            ("expected a time as HH:MM (two-digit hour and minute), found {found}", "应为 HH:MM 格式的时间（时、分各两位数字），实际是{found}")
        case .twoDigitsHint: ("write times with two digits each, e.g. 09:00", "时和分各写两位数字，例如 09:00")
        case .hourOutOfRange: ("hour {hour} is out of range 00-23", "小时 {hour} 超出范围 00-23")
        case .minuteOutOfRange: ("minute {minute} is out of range 00-59", "分钟 {minute} 超出范围 00-59")
        case .expectedDash:
            ("expected '-' between the start and end times, found {found}", "开始时间和结束时间之间应为“-”，实际是{found}")
        case .windowHint: ("write a window as HH:MM-HH:MM, e.g. 09:00-12:00", "时间段写作 HH:MM-HH:MM，例如 09:00-12:00")
        case .trailingText: ("unexpected text after the time: '{text}'", "时间后面有多余的文字：“{text}”")
        case .endsBeforeStart: ("the window ends ({end}) before it starts ({start})", "时间段的结束时间（{end}）早于开始时间（{start}）")
        case .emptyWindow: ("the window is empty: it starts and ends at {time}", "时间段为空：开始和结束都是 {time}")
        case .overnightHint:
            ("a window must lie within one day; split an overnight window in two", "时间段必须在同一天之内；跨夜的时间段请拆成两段")
        case .quoted: ("'{text}'", "“{text}”")
        case .endOfText: ("the end of the text", "文本结尾")
        case .unknownZone:
            ("unknown time zone '{zone}'{?suggestion:; did you mean '{suggestion}'?}", "未知的时区“{zone}”{?suggestion:；是不是“{suggestion}”？}")
        case .zoneHint: ("use an IANA time zone identifier such as Asia/Shanghai", "请使用 IANA 时区标识，例如 Asia/Shanghai")
        }
    }
}
