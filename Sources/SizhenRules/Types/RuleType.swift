/// The static type of a rule expression or of a declared variable.
///
/// The checker works with these types before anything runs: a field that does not exist, a
/// comparison of a number with text, or a value outside an enumeration is reported at load
/// time, not discovered in the middle of a month.
public indirect enum RuleType: Sendable, Hashable, CustomStringConvertible {
    /// A 64-bit signed integer; overflow is an error, never a wrap.
    case int
    /// An IEEE 754 double.
    case double
    /// Unicode text.
    case string
    /// `true` or `false`.
    case bool
    /// The type of `null`.
    case null
    /// Text restricted to the listed values (e.g. 婚恋, 家庭); behaves as `string`, and a
    /// literal compared with it must be one of the values.
    case enumeration(values: [String])
    /// A list whose elements have the given type.
    case list(RuleType)
    /// A map from keys to values.
    case map(key: RuleType, value: RuleType)
    /// A record with declared, ordered fields.
    case object(ObjectType)
    /// Any value, known only when the expression runs (untyped JSON).
    case dyn

    /// The name used in messages: `int`, `list(string)`, `map(string, int)`, the object's name.
    public var description: String {
        switch self {
        case .int: "int"
        case .double: "double"
        case .string: "string"
        case .bool: "bool"
        case .null: "null"
        case .enumeration: "string"
        case .list(let element): "list(\(element))"
        case .map(let key, let value): "map(\(key), \(value))"
        case .object(let type): type.name
        case .dyn: "dyn"
        }
    }

    /// The type with enumerations widened to `string` (how values behave at run time).
    var widened: RuleType {
        switch self {
        case .enumeration: .string
        case .list(let element): .list(element.widened)
        case .map(let key, let value): .map(key: key.widened, value: value.widened)
        default: self
        }
    }

    /// Whether the type is `dyn`.
    var isDyn: Bool { if case .dyn = self { true } else { false } }

    /// Whether a value of this type may be `string` text (a string or an enumeration).
    var isText: Bool {
        switch self {
        case .string, .enumeration: true
        default: false
        }
    }

    /// The allowed values when this is an enumeration.
    var enumerationValues: [String]? {
        if case .enumeration(let values) = self { return values }
        return nil
    }
}
