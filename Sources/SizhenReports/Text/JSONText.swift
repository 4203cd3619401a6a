import SizhenDiagnostics
import Foundation

/// Minimal JSON text building with a fixed key order, so that output is byte-identical run
/// after run and matches the documented shapes exactly.
public enum JSONText {
    /// A JSON string literal.
    public static func string(_ value: String) -> String { JSONString.quote(value) }

    /// An object from ordered key/value pairs whose values are already JSON text; nil values
    /// are left out.
    public static func object(_ pairs: [(String, String?)]) -> String {
        "{" + pairs.compactMap { key, value in value.map { string(key) + ":" + $0 } }.joined(separator: ",") + "}"
    }

    /// An array of JSON texts.
    public static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}

extension JSONText {
    /// A number with at most `places` decimals, without trailing zeros (`1.5`, `2`).
    public static func number(_ value: Double, places: Int = 3) -> String {
        DecimalText.format(value, places: places) ?? "null"
    }
}

extension JSONText {
    /// A message as JSON fields: `name` holds its text in the reader's language, `name_code`
    /// its code and `name_args` its arguments, so that a program reads the code and a person
    /// the text. With the name `message` the fields are `message`, `code` and `args`.
    public static func message(_ name: String, _ message: Message?, _ renderer: MessageRenderer) -> [(String, String?)] {
        guard let message else { return [] }
        let prefix = name == "message" ? "" : name + "_"
        return [(name, string(renderer.render(message))), (prefix + "code", string(message.code)), (prefix + "args", message.argumentsJSON)]
    }
}
