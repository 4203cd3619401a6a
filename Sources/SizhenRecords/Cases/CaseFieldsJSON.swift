import SizhenDiagnostics
import SizhenRules

/// Case fields to and from JSON text, for storage: `{"kind":"dispute","parties":3}` in the
/// case schema's field order, read back with the schema's types (an int stays an int).
public enum CaseFieldsJSON {
    /// JSON text of the fields, keys in the order of `type` (then any others, sorted).
    public static func encode(_ fields: [String: RuleValue], as type: ObjectType?) -> String {
        var writer = JSONWriter(capacity: 32 * fields.count + 2)
        write(fields, as: type, into: &writer)
        return writer.text
    }

    /// Appends the JSON text of the fields, as `encode` gives it.
    public static func write(_ fields: [String: RuleValue], as type: ObjectType?, into writer: inout JSONWriter) {
        writer.raw("{")
        var written = 0
        func append(_ key: String, _ value: RuleValue) {
            if written > 0 { writer.raw(",") }
            writer.string(key)
            writer.raw(":")
            value.writeJSON(into: &writer)
            written += 1
        }
        if let type {
            for field in type.fields {
                if let value = fields[field.name] { append(field.name, value) }
            }
        }
        if written < fields.count {
            let typed = Set(type?.fields.map(\.name) ?? [])
            for key in fields.keys.sorted() where !typed.contains(key) { append(key, fields[key]!) }
        }
        writer.raw("}")
    }

    /// The fields of JSON text; values the schema does not type are read as they are written
    /// (a whole number as an int, an object as a map). Nil when the text is not a JSON object
    /// of values, or nests deeper than 64 levels.
    public static func decode(_ text: String, as type: ObjectType?) -> [String: RuleValue]? {
        var reader = Reader(scanner: JSONScanner(text))
        guard reader.scanner.peek() == UInt8(ascii: "{"), case .object(let fields)? = reader.fields(type), reader.scanner.atEnd else { return nil }
        return fields
    }

    /// Reads values with the types the schema gives them.
    struct Reader: JSONNestedReader {
        var scanner: JSONScanner
        var depth = 0

        /// What an object reads as: the fields of the case by name, a record of a known type,
        /// or a map when the schema does not say.
        enum Object {
            case object([String: RuleValue])
            case value(RuleValue)
        }

        /// An object's members, typed by `type` when it is given.
        mutating func fields(_ type: ObjectType?, topLevel: Bool = true) -> Object? {
            var byName: [String: RuleValue] = [:]
            var map = RuleMap()
            let read = members { reader, key in
                let index = type?.index(of: key)
                guard let inner = reader.value(index.flatMap { type?.fields[$0].type }) else { return false }
                if topLevel || type != nil { byName[key] = inner } else { _ = map.insert(.string(key), inner) }
                return true
            }
            guard read else { return nil }
            if topLevel { return .object(byName) }
            guard let type else { return .value(.map(map)) }
            return .value(.object(ObjectValue(type: type, values: byName)))
        }

        mutating func value(_ type: RuleType?) -> RuleValue? {
            switch scanner.peek() {
            case UInt8(ascii: "\""):
                guard let text = scanner.string() else { return nil }
                // A double that is not finite is written as its name.
                if case .double? = type, let special = ["NaN": Double.nan, "Infinity": .infinity, "-Infinity": -.infinity][text] {
                    return .double(special)
                }
                return .string(text)
            case UInt8(ascii: "["):
                var itemType: RuleType?
                if case .list(let item)? = type { itemType = item }
                return list { $0.value(itemType) }.map(RuleValue.list)
            case UInt8(ascii: "{"):
                var objectType: ObjectType?
                if case .object(let known)? = type { objectType = known }
                guard case .value(let value)? = fields(objectType, topLevel: false) else { return nil }
                return value
            case UInt8(ascii: "t"): return scanner.take(word: "true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return scanner.take(word: "false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return scanner.take(word: "null") ? .null : nil
            default:
                switch scanner.number() {
                case .int(let number)?:
                    if case .double? = type { return .double(Double(number)) }
                    return .int(number)
                case .double(let number)?:
                    if case .int? = type, let whole = Int64(exactly: number) { return .int(whole) }
                    return .double(number)
                case nil: return nil
                }
            }
        }
    }
}
