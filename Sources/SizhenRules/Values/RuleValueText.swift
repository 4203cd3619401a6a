import SizhenDiagnostics

/// How values are written out: as CEL literals (the text form of `sizhen eval`) and as JSON.
/// Maps and records keep their order, so output is deterministic.
enum RuleValueText {
    /// The value as a CEL literal: `42`, `2.5`, `"婚恋"`, `[1, 2]`, `{"k": true}`; a record as
    /// a map of its fields.
    static func literal(_ value: RuleValue) -> String {
        switch value {
        case .int(let i): String(i)
        case .double(let d): double(d)
        case .string(let s): quoted(s)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .list(let items): "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let map): "{" + map.entries.map { literal($0.key) + ": " + literal($0.value) }.joined(separator: ", ") + "}"
        case .object(let object):
            "{" + zip(object.type.fields, object.fields).map { quoted($0.name) + ": " + literal($1) }.joined(separator: ", ") + "}"
        }
    }

    /// A double with a decimal point or an exponent, so that it reads back as a double.
    static func double(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
        return d.description
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The value as JSON: numbers, strings, booleans, arrays, objects (keys as text), null;
    /// a double that is not finite is written as a string ("NaN"), as protobuf's JSON does.
    static func json(_ value: RuleValue) -> String {
        switch value {
        case .int(let i): return String(i)
        case .double(let d):
            if !d.isFinite { return "\"" + double(d) + "\"" }
            if abs(d) < 1e15, let whole = Int64(exactly: d) { return String(whole) + ".0" }
            return d.description
        case .string(let s): return jsonString(s)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .list(let items): return "[" + items.map(json).joined(separator: ",") + "]"
        case .map(let map):
            return "{" + map.entries.map { entry in
                let key: String = if case .string(let s) = entry.key { s } else { literal(entry.key) }
                return jsonString(key) + ":" + json(entry.value)
            }.joined(separator: ",") + "}"
        case .object(let object):
            return "{" + zip(object.type.fields, object.fields).map { jsonString($0.name) + ":" + json($1) }.joined(separator: ",") + "}"
        }
    }

    static func jsonString(_ text: String) -> String { JSONString.quote(text) }
}

extension RuleValue: CustomStringConvertible {
    /// The value as a CEL literal (`"婚恋"`, `[1, 2]`, `2.5`).
    public var description: String { RuleValueText.literal(self) }

    /// The value as JSON text, keys in order.
    public var jsonText: String { RuleValueText.json(self) }
}
