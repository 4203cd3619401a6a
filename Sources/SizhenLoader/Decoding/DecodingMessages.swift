/// The wording of every decoding diagnostic, in one place.
enum DecodingMessages {
    static func expected(_ expectation: String, for what: String, found node: YAMLNode) -> String {
        "\(what) must be \(expectation), but this is \(node.kindDescription)"
    }
    static func emptyValue(_ what: String) -> String { "\(what) is empty" }
    static func outOfRange(_ what: String, value: Int, range: ClosedRange<Int>) -> String {
        "\(what) is \(value), outside \(range.lowerBound)…\(range.upperBound)"
    }
    static func badDate(_ text: String, _ what: String) -> String { "'\(text)' is not a valid date for \(what)" }
    static let badDateHint = "write dates as YYYY-MM-DD, e.g. 2026-10-01; the date must exist (there is no 2026-02-30)"
    static func notOneOf(_ text: String, _ what: String, allowed: [String]) -> String {
        "'\(text)' is not a valid \(what)"
    }
    static func allowedValues(_ allowed: [String]) -> String {
        "use one of: " + allowed.joined(separator: ", ")
    }
    static let listHint = "write a list as `[a, b]` or as lines starting with `- `"
    static func mappingHint(_ keys: [String]) -> String { "expected keys: " + keys.joined(separator: ", ") }
    static func unknownKey(_ key: String, in what: String) -> String { "unknown key '\(key)' in \(what)" }
    static func knownKeys(_ keys: [String]) -> String { "the keys here are: " + keys.joined(separator: ", ") }
    static func missingKey(_ key: String, in what: String) -> String { "\(what) is missing the required key '\(key)'" }
    static func unsupportedVersion(_ number: Int) -> String { "file format version \(number) is not supported by this build" }
    static let versionHint = "this build reads `version: 1`"
    static func wrongKind(_ kind: String, expected: String) -> String { "expected a file of kind '\(expected)', but this is '\(kind)'" }
    static func badID(_ text: String, _ what: String) -> String { "'\(text)' is not a valid \(what)" }
    static let badIDHint = "an id has no spaces and at most 64 characters, e.g. haitangxi-yanyu or 法律咨询"
    static func outOfRangeDouble(_ what: String, value: String, range: ClosedRange<Double>) -> String {
        "\(what) is \(value), outside \(range.lowerBound)…\(range.upperBound)"
    }
    static func badDuration(_ text: String, _ what: String) -> String { "'\(text)' is not a duration for \(what)" }
    static let durationHint = "write `N days` or `N workdays`, e.g. `3 workdays` or `15 days`"
    static func badWeekday(_ code: String) -> String { "'\(code)' is not a weekday" }
    static let weekdayHint = "weekdays are written MO, TU, WE, TH, FR, SA, SU"
    static func multilineRule(_ what: String) -> String { "\(what) must be written on one line" }
    static let multilineRuleHint = "write the rule in single quotes on one line: when: 'case.kind == \"dispute\"'"
    static func kindHint(_ expected: String) -> String { "write `kind: \(expected)` at the top, or give the right file" }
}
