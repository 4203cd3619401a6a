import Foundation
import SizhenRules

/// Case fields to and from JSON text, for storage: `{"kind":"dispute","parties":3}` in the
/// case schema's field order, read back with the schema's types (an int stays an int).
public enum CaseFieldsJSON {
    /// JSON text of the fields, keys in the order of `type` (then any others, sorted).
    public static func encode(_ fields: [String: RuleValue], as type: ObjectType?) -> String {
        // One string grown in place: every case stored is encoded.
        var text = "{"
        text.reserveCapacity(24 * fields.count + 2)
        var written = 0
        func append(_ key: String, _ value: RuleValue) {
            if written > 0 { text += "," }
            text += quote(key)
            text += ":"
            text += value.jsonText
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
        text += "}"
        return text
    }

    /// The fields of JSON text; values the schema does not type are read as they are written.
    /// Nil when the text is not a JSON object.
    public static func decode(_ text: String, as type: ObjectType?) -> [String: RuleValue]? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) as? [String: Any] else {
            return nil
        }
        var fields: [String: RuleValue] = [:]
        for (key, value) in object {
            let fieldType = type?.fields.first { $0.name == key }?.type
            fields[key] = convert(value, fieldType)
        }
        return fields
    }

    static func convert(_ value: Any, _ type: RuleType?) -> RuleValue {
        switch value {
        case is NSNull: return .null
        case let text as String: return .string(text)
        case let list as [Any]:
            var itemType: RuleType?
            if case .list(let item)? = type { itemType = item }
            return .list(list.map { convert($0, itemType) })
        case let object as [String: Any]:
            if case .object(let objectType)? = type {
                var values: [String: RuleValue] = [:]
                for (key, inner) in object { values[key] = convert(inner, objectType.fields.first { $0.name == key }?.type) }
                return .object(ObjectValue(type: objectType, values: values))
            }
            return .string(String(describing: object))
        case let number as NSNumber:
            switch type {
            case .bool?: return .bool(number.boolValue)
            case .double?: return .double(number.doubleValue)
            case .int?: return .int(number.int64Value)
            default:
                if String(cString: number.objCType) == "c" { return .bool(number.boolValue) }
                let double = number.doubleValue
                return double.rounded() == double && abs(double) < 9e15 ? .int(number.int64Value) : .double(double)
            }
        case let flag as Bool: return .bool(flag)
        default: return .null
        }
    }

    static func quote(_ text: String) -> String {
        RuleValue.string(text).jsonText
    }
}
