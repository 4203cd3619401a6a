import SizhenDiagnostics

/// What is wrong in a JSON value given on the command line or in a form (`eval --vars`).
public enum JSONMessage: String, MessageCatalogue {
    case notObject = "json.not-object"
    case trailing = "json.trailing"
    case unexpectedEnd = "json.unexpected-end"
    case unexpected = "json.unexpected"
    case tooDeep = "json.too-deep"
    case expectedCommaOrEnd = "json.expected-comma-or-end"
    case expectedKey = "json.expected-key"
    case expectedColon = "json.expected-colon"
    case duplicateKey = "json.duplicate-key"
    case unterminatedString = "json.unterminated-string"
    case controlCharacter = "json.control-character"
    case badEscape = "json.bad-escape"
    case badNumber = "json.bad-number"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .notObject: ("the JSON must be an object whose keys are the variables, e.g. {{\"case\": {{\"parties\": 5}}}}",
                              "JSON 必须是一个对象，其键为变量，例如 {{\"case\": {{\"parties\": 5}}}}")
        case .trailing: ("unexpected text after the JSON object", "JSON 对象之后有多余内容")
        case .unexpectedEnd: ("the JSON ends too early", "JSON 提前结束")
        case .unexpected: ("unexpected character '{character}' in JSON", "JSON 中出现意外的字符“{character}”")
        case .tooDeep: ("the JSON is nested more than {limit} levels deep", "JSON 嵌套超过 {limit} 层")
        case .expectedCommaOrEnd: ("expected ',' or '{close}'", "此处应为“,”或“{close}”")
        case .expectedKey: ("expected a key in double quotes", "此处应为双引号括起的键")
        case .expectedColon: ("expected ':' after the key", "键之后应为“:”")
        case .duplicateKey: ("the key \"{key}\" appears twice", "键“{key}”出现了两次")
        case .unterminatedString: ("the string is not closed", "字符串没有结束引号")
        case .controlCharacter: ("a control character in a string must be escaped", "字符串中的控制字符必须转义")
        case .badEscape: ("invalid escape in a JSON string", "JSON 字符串中的转义无效")
        case .badNumber: ("'{text}' is not a valid number", "“{text}”不是有效的数字")
        }
    }
}
