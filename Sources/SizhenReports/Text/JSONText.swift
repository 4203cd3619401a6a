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
        guard value.isFinite else { return "null" }
        let scale = pow(10.0, Double(places))
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = String(format: "%.\(places)f", rounded) }
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
