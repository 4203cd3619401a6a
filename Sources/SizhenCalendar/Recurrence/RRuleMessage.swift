import SizhenDiagnostics

/// The words of every diagnostic about a recurrence rule (RFC 5545 RRULE), in English and
/// Chinese. `RecurrenceMessages` builds the diagnostics with their arguments.
///
/// Arguments: `name` a part name as written or upper-cased (`BYDAY`), `value` and `item` text
/// from the rule, `freq` a frequency (`WEEKLY`), `suggestion` a likely intended word, dates as
/// `YYYY-MM-DD`, `limit` and `count` numbers. Messages have no trailing full stop; hints say what
/// is expected.
public enum RRuleMessage: String, MessageCatalogue {
    // Structure.
    case emptyRule = "rrule.empty-rule"
    case emptyRuleHint = "rrule.empty-rule-hint"
    case emptyPart = "rrule.empty-part"
    case partSyntaxHint = "rrule.part-syntax-hint"
    case missingEquals = "rrule.missing-equals"
    case missingEqualsHint = "rrule.missing-equals-hint"
    case missingName = "rrule.missing-name"
    case partNamesHint = "rrule.part-names-hint"
    case unknownPart = "rrule.unknown-part"
    case unknownPartHint = "rrule.unknown-part-hint"
    case timePart = "rrule.time-part"
    case timePartHint = "rrule.time-part-hint"
    case duplicatePart = "rrule.duplicate-part"
    case duplicatePartHint = "rrule.duplicate-part-hint"
    case firstGivenHere = "rrule.first-given-here"
    case missingValue = "rrule.missing-value"
    case emptyItem = "rrule.empty-item"
    case emptyItemHint = "rrule.empty-item-hint"
    case missingFrequency = "rrule.missing-freq"
    case missingFrequencyHint = "rrule.missing-freq-hint"

    // Values.
    case unknownFrequency = "rrule.unknown-freq"
    case timeFrequency = "rrule.time-freq"
    case timeFrequencyHint = "rrule.time-freq-hint"
    case notANumber = "rrule.not-a-number"
    case outOfRange = "rrule.out-of-range"
    case zero = "rrule.zero"
    case belowOne = "rrule.below-one"
    case unknownWeekday = "rrule.unknown-weekday"
    case zeroOrdinal = "rrule.zero-ordinal"
    case zeroOrdinalHint = "rrule.zero-ordinal-hint"
    case ordinalBeyondMonth = "rrule.ordinal-beyond-month"
    case ordinalBeyondYear = "rrule.ordinal-beyond-year"
    case ordinalRangeHint = "rrule.ordinal-range-hint"
    case untilNotADate = "rrule.until-not-a-date"
    case untilNoSuchDate = "rrule.until-no-such-date"
    case untilBadTime = "rrule.until-bad-time"
    case untilBadTimeHint = "rrule.until-bad-time-hint"

    // Combinations.
    case countWithUntil = "rrule.count-with-until"
    case countWithUntilHint = "rrule.count-with-until-hint"
    case givenHere = "rrule.given-here"
    case ordinalWithFrequency = "rrule.ordinal-with-freq"
    case ordinalWithFrequencyHint = "rrule.ordinal-with-freq-hint"
    case ordinalWithWeekNumber = "rrule.ordinal-with-weekno"
    case ordinalWithWeekNumberHint = "rrule.ordinal-with-weekno-hint"
    case partWithFrequency = "rrule.part-with-freq"
    case monthDayFrequenciesHint = "rrule.monthday-freqs-hint"
    case yearlyOnlyHint = "rrule.yearly-only-hint"
    case setPositionAlone = "rrule.setpos-alone"
    case setPositionAloneHint = "rrule.setpos-alone-hint"

    // Emptiness.
    case impossibleMonthDays = "rrule.impossible-month-days"
    case impossibleMonthDaysHint = "rrule.impossible-month-days-hint"
    case monthsLackDays = "rrule.months-lack-days"
    case andList = "rrule.and-list"
    case orList = "rrule.or-list"
    case dayFirst = "rrule.day-st"
    case daySecond = "rrule.day-nd"
    case dayThird = "rrule.day-rd"
    case dayNth = "rrule.day-th"
    case dayFromEnd = "rrule.day-from-end"
    case neverMatches = "rrule.never-matches"
    case neverMatchesHint = "rrule.never-matches-hint"
    case noDateBeforeUntil = "rrule.no-date-before-until"
    case noDateBeforeUntilHint = "rrule.no-date-before-until-hint"
    case noDateBeforeYearLimit = "rrule.no-date-before-year-limit"
    case noDateBeforeYearLimitHint = "rrule.no-date-before-year-limit-hint"

    // What each part takes (the hints of its value errors).
    case expectFrequency = "rrule.expect-freq"
    case expectInterval = "rrule.expect-interval"
    case expectCount = "rrule.expect-count"
    case expectUntil = "rrule.expect-until"
    case expectByDay = "rrule.expect-byday"
    case expectByMonthDay = "rrule.expect-bymonthday"
    case expectByYearDay = "rrule.expect-byyearday"
    case expectByWeekNumber = "rrule.expect-byweekno"
    case expectByMonth = "rrule.expect-bymonth"
    case expectBySetPosition = "rrule.expect-bysetpos"
    case expectWeekStart = "rrule.expect-wkst"

    /// The English and Chinese templates.
    public var templates: (english: String, chinese: String) {
        switch self {
        case .emptyRule: ("the recurrence rule is empty", "重复规则为空")
        case .emptyRuleHint:
            ("write parts such as FREQ=MONTHLY;BYDAY=2WE,4WE (the second and fourth Wednesday of every month)",
             "请写出规则的各部分，例如 FREQ=MONTHLY;BYDAY=2WE,4WE（每月第二个和第四个星期三）")
        case .emptyPart: ("empty part in the rule", "重复规则中有空的部分")
        case .partSyntaxHint:
            ("parts are NAME=VALUE, separated by a single ';' with no ';' at the end",
             "每部分写作 NAME=VALUE，部分之间用一个“;”分隔，末尾不加“;”")
        case .missingEquals: ("expected NAME=VALUE, found '{part}'", "应为 NAME=VALUE，实际是“{part}”")
        case .missingEqualsHint:
            ("each part names a setting and its value, as in FREQ=MONTHLY", "每部分写明一个设置及其值，例如 FREQ=MONTHLY")
        case .missingName: ("missing part name before '='", "“=”前缺少部分名称")
        case .partNamesHint: ("a part is one of {names}", "部分名称为以下之一：{names}")
        case .unknownPart:
            ("unknown rule part '{name}'{?suggestion:; did you mean '{suggestion}'?}",
             "未知的规则部分“{name}”{?suggestion:；是不是“{suggestion}”？}")
        case .unknownPartHint:
            ("a part is one of {names} (names may be written in any case)", "部分名称为以下之一：{names}（不区分大小写）")
        case .timePart:
            ("{name} is not supported: a schedule's rule gives dates", "不支持 {name}：排期的重复规则只给出日期")
        case .timePartHint:
            ("put the time of day in `time:` (for example time: \"09:00-12:00\") and leave it out of the rule",
             "请把时间写在 `time:` 中（例如 time: \"09:00-12:00\"），不要写进重复规则")
        case .duplicatePart: ("{name} is given more than once", "{name} 重复给出")
        case .duplicatePartHint:
            ("give each part once; list several values with commas, as in BYDAY=2WE,4WE",
             "每个部分只写一次；多个值用逗号分隔，例如 BYDAY=2WE,4WE")
        case .firstGivenHere: ("{name} first given here", "{name} 首次在此给出")
        case .missingValue: ("{name} has no value", "{name} 没有值")
        case .emptyItem: ("empty item in the {name} list", "{name} 列表中有空项")
        case .emptyItemHint: ("separate values with a single ',' as in BYDAY=2WE,4WE", "值之间用一个“,”分隔，例如 BYDAY=2WE,4WE")
        case .missingFrequency: ("the rule has no FREQ", "重复规则缺少 FREQ")
        case .missingFrequencyHint:
            ("every rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, as in FREQ=MONTHLY;BYDAY=2WE,4WE",
             "每条重复规则都需要 FREQ=DAILY、WEEKLY、MONTHLY 或 YEARLY，例如 FREQ=MONTHLY;BYDAY=2WE,4WE")
        case .unknownFrequency:
            ("unknown frequency '{value}'{?suggestion:; did you mean '{suggestion}'?}",
             "未知的频率“{value}”{?suggestion:；是不是“{suggestion}”？}")
        case .timeFrequency:
            ("FREQ={freq} is not supported: a schedule's rule gives dates", "不支持 FREQ={freq}：排期的重复规则只给出日期")
        case .timeFrequencyHint:
            ("use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY and put the time of day in `time:`",
             "请使用 FREQ=DAILY、WEEKLY、MONTHLY 或 YEARLY，并把时间写在 `time:` 中")
        case .notANumber: ("{name} value '{value}' is not a number", "{name} 的值“{value}”不是数字")
        case .outOfRange: ("{name} value {value} is out of range", "{name} 的值 {value} 超出范围")
        case .zero: ("{name}=0 is not allowed", "不允许 {name}=0")
        case .belowOne: ("{name} must be at least 1, found {value}", "{name} 至少为 1，实际是 {value}")
        case .unknownWeekday: ("unknown weekday '{value}'", "未知的星期“{value}”")
        case .zeroOrdinal: ("ordinal 0 in '{item}' is not allowed", "“{item}”中的序号不能为 0")
        case .zeroOrdinalHint:
            ("count weekdays from 1 (1MO, the first Monday) or from -1 (-1MO, the last Monday)",
             "星期的序号从 1 数起（1MO，第一个星期一），或从 -1 倒数（-1MO，最后一个星期一）")
        case .ordinalBeyondMonth:
            ("ordinal in '{item}' is out of range: a month has at most {limit} of each weekday",
             "“{item}”中的序号超出范围：一个月里同一个星期几最多有 {limit} 个")
        case .ordinalBeyondYear:
            ("ordinal in '{item}' is out of range: a year has at most {limit} of each weekday",
             "“{item}”中的序号超出范围：一年里同一个星期几最多有 {limit} 个")
        case .ordinalRangeHint:
            ("use 1 to {limit} from the start or -1 to -{limit} from the end", "从前往后数用 1 到 {limit}，从后往前数用 -1 到 -{limit}")
        case .untilNotADate: ("UNTIL value '{value}' is not a date", "UNTIL 的值“{value}”不是日期")
        case .untilNoSuchDate: ("UNTIL date {value} does not exist", "UNTIL 的日期 {value} 不存在")
        case .untilBadTime: ("UNTIL time {value} is not a time of day", "UNTIL 的时间 {value} 不是有效的时刻")
        case .untilBadTimeHint:
            ("the time is HHMMSS, 000000 to 235959; only the date is used", "时间写作 HHMMSS，从 000000 到 235959；只使用其中的日期")
        case .countWithUntil: ("{name} cannot be combined with {other}", "{name} 不能与 {other} 同时使用")
        case .countWithUntilHint:
            ("end the rule either after a number of dates (COUNT) or on a date (UNTIL), not both",
             "重复规则要么在若干个日期后结束（COUNT），要么在某个日期结束（UNTIL），不能两者都写")
        case .givenHere: ("{name} given here", "{name} 在此给出")
        case .ordinalWithFrequency:
            ("'{item}' has an ordinal, which FREQ={freq} does not allow", "“{item}”带有序号，而 FREQ={freq} 不允许序号")
        case .ordinalWithFrequencyHint:
            ("ordinals such as 2WE or -1FR need FREQ=MONTHLY or FREQ=YEARLY; with FREQ={freq} write the weekday alone",
             "2WE、-1FR 这样的序号需要 FREQ=MONTHLY 或 FREQ=YEARLY；FREQ={freq} 时只写星期几")
        case .ordinalWithWeekNumber:
            ("'{item}' has an ordinal, which is not allowed together with BYWEEKNO", "“{item}”带有序号，而与 BYWEEKNO 同用时不允许序号")
        case .ordinalWithWeekNumberHint:
            ("with BYWEEKNO write the weekday alone, as in BYWEEKNO=20;BYDAY=MO", "与 BYWEEKNO 同用时只写星期几，例如 BYWEEKNO=20;BYDAY=MO")
        case .partWithFrequency: ("{name} cannot be used with FREQ={freq}", "{name} 不能与 FREQ={freq} 同用")
        case .monthDayFrequenciesHint:
            ("{name} is allowed only with FREQ=DAILY, MONTHLY or YEARLY", "{name} 只能与 FREQ=DAILY、MONTHLY 或 YEARLY 同用")
        case .yearlyOnlyHint: ("{name} is allowed only with FREQ=YEARLY", "{name} 只能与 FREQ=YEARLY 同用")
        case .setPositionAlone: ("BYSETPOS needs another BY part to choose from", "BYSETPOS 需要另一个 BY 部分给出可供挑选的日期")
        case .setPositionAloneHint:
            ("BYSETPOS picks among the dates another part gives, as in BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (the last workday of the month)",
             "BYSETPOS 从其他部分给出的日期中挑选，例如 BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1（每月最后一个工作日）")
        case .impossibleMonthDays: ("the rule never matches a date: {detail}", "重复规则不会给出任何日期：{detail}")
        case .impossibleMonthDaysHint:
            ("BYMONTH and BYMONTHDAY must name a day that exists, such as BYMONTH=2;BYMONTHDAY=28 or BYMONTHDAY=-1 (the last day)",
             "BYMONTH 和 BYMONTHDAY 必须指向存在的日子，例如 BYMONTH=2;BYMONTHDAY=28 或 BYMONTHDAY=-1（最后一天）")
        case .monthsLackDays: ("{months} {count|has|have} no {days}", "{months}{count|没有|都没有}{days}")
        case .andList: ("{items} and {last}", "{items}和{last}")
        case .orList: ("{items} or {last}", "{items}或{last}")
        case .dayFirst: ("{day}st", "{day}日")
        case .daySecond: ("{day}nd", "{day}日")
        case .dayThird: ("{day}rd", "{day}日")
        case .dayNth: ("{day}th", "{day}日")
        case .dayFromEnd: ("day -{day}", "倒数第{day}日")
        case .neverMatches: ("the rule never matches a date: no date in 400 years matches it", "重复规则不会给出任何日期：400 年内没有一个日期符合")
        case .neverMatchesHint:
            ("the calendar repeats every 400 years, so no later date can match; check the BY parts against each other",
             "公历每 400 年循环一次，以后的日期也不会符合；请检查各 BY 部分是否相互矛盾")
        case .noDateBeforeUntil:
            ("the rule gives no date from {start} through UNTIL {until}", "重复规则从 {start} 到 UNTIL {until} 之间没有日期")
        case .noDateBeforeUntilHint: ("move UNTIL later or the start earlier", "请把 UNTIL 推后，或把开始日期提前")
        case .noDateBeforeYearLimit:
            ("the rule gives no date from {start} through the end of year 9999", "重复规则从 {start} 到 9999 年底之间没有日期")
        case .noDateBeforeYearLimitHint: ("dates are supported up to 9999-12-31", "日期最晚支持到 9999-12-31")
        case .expectFrequency: ("FREQ is one of DAILY, WEEKLY, MONTHLY, YEARLY", "FREQ 取 DAILY、WEEKLY、MONTHLY、YEARLY 之一")
        case .expectInterval:
            ("INTERVAL is a whole number from 1, as in INTERVAL=2 (every other period)",
             "INTERVAL 是从 1 起的整数，例如 INTERVAL=2（每隔一个周期）")
        case .expectCount: ("COUNT is a whole number from 1: how many dates in all", "COUNT 是从 1 起的整数：一共给出多少个日期")
        case .expectUntil:
            ("UNTIL is a date written YYYYMMDD, YYYYMMDDTHHMMSS, YYYYMMDDTHHMMSSZ or YYYY-MM-DD",
             "UNTIL 是日期，写作 YYYYMMDD、YYYYMMDDTHHMMSS、YYYYMMDDTHHMMSSZ 或 YYYY-MM-DD")
        case .expectByDay:
            ("BYDAY lists weekdays MO, TU, WE, TH, FR, SA, SU, each optionally after an ordinal, as in 2WE (the second Wednesday) or -1FR (the last Friday)",
             "BYDAY 列出星期几：MO、TU、WE、TH、FR、SA、SU，前面可加序号，例如 2WE（第二个星期三）或 -1FR（最后一个星期五）")
        case .expectByMonthDay:
            ("BYMONTHDAY lists days of the month, 1 to 31, or -1 to -31 counting from the last day",
             "BYMONTHDAY 列出每月的第几日：1 到 31，或从最后一天倒数 -1 到 -31")
        case .expectByYearDay:
            ("BYYEARDAY lists days of the year, 1 to 366, or -1 to -366 counting from 31 December",
             "BYYEARDAY 列出每年的第几天：1 到 366，或从 12 月 31 日倒数 -1 到 -366")
        case .expectByWeekNumber:
            ("BYWEEKNO lists week numbers, 1 to 53, or -1 to -53 counting from the last week",
             "BYWEEKNO 列出第几周：1 到 53，或从最后一周倒数 -1 到 -53")
        case .expectByMonth: ("BYMONTH lists months, 1 (January) to 12 (December)", "BYMONTH 列出月份：1（一月）到 12（十二月）")
        case .expectBySetPosition:
            ("BYSETPOS lists positions, 1 to 366 (1 the first matching date of each period) or -1 to -366 (-1 the last)",
             "BYSETPOS 列出位置：1 到 366（1 为每个周期内第一个符合的日期），或 -1 到 -366（-1 为最后一个）")
        case .expectWeekStart:
            ("WKST is the first day of the week, one of MO, TU, WE, TH, FR, SA, SU", "WKST 是每周的第一天，取 MO、TU、WE、TH、FR、SA、SU 之一")
        }
    }
}
