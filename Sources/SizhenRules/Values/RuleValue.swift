/// A value a rule reads or produces.
///
/// Equality here (`==`) is structural, for tests and caches; the language's own equality
/// (numbers compared across int and double, text compared by code points) is
/// `RuleValue.equals(_:_:)`.
public enum RuleValue: Sendable, Hashable {
    /// A 64-bit signed integer.
    case int(Int64)
    /// A double.
    case double(Double)
    /// Text.
    case string(String)
    /// A truth value.
    case bool(Bool)
    /// The null value.
    case null
    /// A list.
    case list([RuleValue])
    /// A map in insertion order.
    case map(RuleMap)
    /// A record whose fields are stored by index.
    case object(ObjectValue)

    /// The name of the value's kind, for runtime messages (`int`, `string`, `list`).
    public var kindName: String {
        switch self {
        case .int: "int"
        case .double: "double"
        case .string: "string"
        case .bool: "bool"
        case .null: "null"
        case .list: "list"
        case .map: "map"
        case .object(let object): object.type.name
        }
    }
}

/// A record value: a value for each field of its `ObjectType`, by index. A field without a
/// value holds `null`.
public struct ObjectValue: Sendable, Hashable {
    /// The record's type.
    public let type: ObjectType
    /// The field values, at the indices of `type.fields`.
    public var fields: [RuleValue]

    /// Creates a record; missing trailing fields are `null`, extra values are dropped.
    public init(type: ObjectType, fields: [RuleValue]) {
        self.type = type
        var values = Array(fields.prefix(type.fields.count))
        if values.count < type.fields.count {
            values += Array(repeating: .null, count: type.fields.count - values.count)
        }
        self.fields = values
    }

    /// Creates a record from values by field name; unknown names are ignored.
    public init(type: ObjectType, values: [String: RuleValue]) {
        var fields = Array(repeating: RuleValue.null, count: type.fields.count)
        for (name, value) in values {
            if let index = type.index(of: name) { fields[index] = value }
        }
        self.type = type
        self.fields = fields
    }

    /// The value of the field called `name`, or nil when the type has no such field.
    public subscript(name: String) -> RuleValue? {
        type.index(of: name).map { fields[$0] }
    }
}
