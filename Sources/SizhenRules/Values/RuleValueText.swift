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
        var writer = JSONWriter()
        write(value, into: &writer)
        return writer.text
    }

    /// Appends a value as JSON: a double that is not finite as its name in a string, a whole
    /// double with `.0` (so that it reads back as a double), a map's non-text keys as literals.
    static func write(_ value: RuleValue, into writer: inout JSONWriter) {
        switch value {
        case .int(let i): writer.int(i)
        case .double(let d):
            if !d.isFinite {
                writer.string(double(d))
            } else if abs(d) < 1e15, let whole = Int64(exactly: d) {
                writer.int(whole)
                writer.raw(".0")
            } else {
                writer.json(d.description)
            }
        case .string(let s): writer.string(s)
        case .bool(let b): b ? writer.raw("true") : writer.raw("false")
        case .null: writer.raw("null")
        case .list(let items): writer.array(items) { write($1, into: &$0) }
        case .map(let map):
            writer.raw("{")
            for (index, entry) in map.entries.enumerated() {
                if index > 0 { writer.raw(",") }
                if case .string(let s) = entry.key { writer.string(s) } else { writer.string(literal(entry.key)) }
                writer.raw(":")
                write(entry.value, into: &writer)
            }
            writer.raw("}")
        case .object(let object):
            writer.raw("{")
            for (index, (field, inner)) in zip(object.type.fields, object.fields).enumerated() {
                if index > 0 { writer.raw(",") }
                writer.string(field.name)
                writer.raw(":")
                write(inner, into: &writer)
            }
            writer.raw("}")
        }
    }

    static func jsonString(_ text: String) -> String { JSONString.quote(text) }
}

extension RuleValue: CustomStringConvertible {
    /// The value as a CEL literal (`"婚恋"`, `[1, 2]`, `2.5`).
    public var description: String { RuleValueText.literal(self) }

    /// The value as JSON text, keys in order.
    public var jsonText: String { RuleValueText.json(self) }

    /// Appends the value as JSON text, as `jsonText` writes it.
    public func writeJSON(into writer: inout JSONWriter) { RuleValueText.write(self, into: &writer) }
}
