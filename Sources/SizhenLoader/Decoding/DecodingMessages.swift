import SizhenDiagnostics

/// The words of every decoding diagnostic, in English and Chinese. `what` is always a
/// `LoaderThing` (the place in the file), `expected` and `found` are `ValueShape`s, so that a
/// whole sentence is written in one language.
public enum DecodingMessage: String, MessageCatalogue {
    case expected = "decode.expected"
    case empty = "decode.empty"
    case outOfRange = "decode.out-of-range"
    case badDate = "decode.bad-date"
    case badDateHint = "decode.bad-date.hint"
    case notOneOf = "decode.not-one-of"
    case allowedValues = "decode.allowed-values"
    case listHint = "decode.list.hint"
    case expectedKeys = "decode.expected-keys"
    case unknownKey = "decode.unknown-key"
    case knownKeys = "decode.known-keys"
    case missingKey = "decode.missing-key"
    case unsupportedVersion = "decode.unsupported-version"
    case versionHint = "decode.version.hint"
    case wrongKind = "decode.wrong-kind"
    case kindHint = "decode.kind.hint"
    case badID = "decode.bad-id"
    case badIDHint = "decode.bad-id.hint"
    case badDuration = "decode.bad-duration"
    case durationHint = "decode.duration.hint"
    case badWeekday = "decode.bad-weekday"
    case weekdayHint = "decode.weekday.hint"
    case multilineRule = "decode.multiline-rule"
    case multilineRuleHint = "decode.multiline-rule.hint"
    case badDescription = "decode.bad-description"
    case badDescriptionHint = "decode.bad-description.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .expected:
            ("{what} must be {expected}, but this is {found}",
             "{what}必须是{expected}，但这里是{found}")
        case .empty:
            ("{what} is empty",
             "{what}为空")
        case .outOfRange:
            ("{what} is {value}, outside {min}…{max}",
             "{what}为 {value}，超出了 {min}…{max} 的范围")
        case .badDate:
            ("'{text}' is not a valid date for {what}",
             "{what}的值“{text}”不是有效的日期")
        case .badDateHint:
            ("write dates as YYYY-MM-DD, e.g. 2026-10-01; the date must exist (there is no 2026-02-30)",
             "日期写作 YYYY-MM-DD，例如 2026-10-01；日期必须真实存在（没有 2026-02-30）")
        case .notOneOf:
            ("'{text}' is not a valid {what}{?suggestion:; did you mean '{suggestion}'?}",
             "“{text}”不是有效的{what}{?suggestion:；是不是“{suggestion}”？}")
        case .allowedValues:
            ("use one of: {values}",
             "请使用以下之一：{values}")
        case .listHint:
            ("write a list as `[a, b]` or as lines starting with `- `",
             "列表写作 `[a, b]`，或写成以 `- ` 开头的若干行")
        case .expectedKeys:
            ("expected keys: {keys}",
             "应有的键：{keys}")
        case .unknownKey:
            ("unknown key '{key}' in {what}{?suggestion:; did you mean '{suggestion}'?}",
             "{what}中有未知的键“{key}”{?suggestion:；是不是“{suggestion}”？}")
        case .knownKeys:
            ("the keys here are: {keys}",
             "这里可用的键：{keys}")
        case .missingKey:
            ("{what} is missing the required key '{key}'",
             "{what}缺少必填的键“{key}”")
        case .unsupportedVersion:
            ("file format version {version} is not supported by this build",
             "本程序不支持文件格式版本 {version}")
        case .versionHint:
            ("this build reads `version: 1`",
             "本程序读取 `version: 1`")
        case .wrongKind:
            ("expected a file of kind '{expected}', but this is '{kind}'{?suggestion:; did you mean '{suggestion}'?}",
             "这里应是类型为“{expected}”的文件，但它是“{kind}”{?suggestion:；是不是“{suggestion}”？}")
        case .kindHint:
            ("write `kind: {expected}` at the top, or give the right file",
             "请在文件开头写 `kind: {expected}`，或换成正确的文件")
        case .badID:
            ("'{text}' is not a valid {what}",
             "“{text}”不是有效的{what}")
        case .badIDHint:
            ("an id has no spaces and at most 64 characters, e.g. haitangxi-yanyu or 法律咨询",
             "id 不能有空格，最多 64 个字符，例如 haitangxi-yanyu 或 法律咨询")
        case .badDuration:
            ("'{text}' is not a duration for {what}",
             "{what}的值“{text}”不是有效的时长")
        case .durationHint:
            ("write `N days` or `N workdays`, e.g. `3 workdays` or `15 days`",
             "时长写作 `N days`（自然日）或 `N workdays`（工作日），例如 `3 workdays` 或 `15 days`")
        case .badWeekday:
            ("'{code}' is not a weekday{?suggestion:; did you mean '{suggestion}'?}",
             "“{code}”不是星期几的写法{?suggestion:；是不是“{suggestion}”？}")
        case .weekdayHint:
            ("weekdays are written MO, TU, WE, TH, FR, SA, SU",
             "星期几写作 MO、TU、WE、TH、FR、SA、SU")
        case .multilineRule:
            ("{what} must be written on one line",
             "{what}必须写在一行内")
        case .multilineRuleHint:
            ("write the rule in single quotes on one line: when: 'case.kind == \"dispute\"'",
             "请把规则用单引号写在一行内：when: 'case.kind == \"dispute\"'")
        case .badDescription:
            ("{what} is shown in a report's tables: one line of at most {limit} characters, but this is {length} characters on {lines} {lines|line|lines}",
             "{what}显示在月报的表格中，应为一行、不超过 {limit} 个字符，此处为 {length} 个字符、{lines} 行")
        case .badDescriptionHint:
            ("say in a few words what the rule selects, e.g. description: 重大疑难或 5 方以上当事人的纠纷; the expression is shown with --show-rules",
             "用几个字说明规则选出什么，例如 description: 重大疑难或 5 方以上当事人的纠纷；表达式可用 --show-rules 显示")
        }
    }
}

extension Message {
    /// The message with a `suggestion` argument: the candidate closest to `word`, when one is
    /// close enough to be a likely typo (templates show it as "did you mean …").
    func suggesting(_ word: String, in candidates: some Sequence<String>) -> Message {
        guard let closest = Suggestions.closest(to: word, in: candidates) else { return self }
        return with("suggestion", .text(closest))
    }
}
