import SizhenDiagnostics

/// The typed fields of a case, which rules read as `case.field`.
public struct CaseSchema: Sendable, Hashable {
    /// The variable name rules use (`case`).
    public var id: String
    /// The fields in file order.
    public var fields: [SchemaField]
    /// The bool field that says whether a case's matter was resolved (`resolution:`): the
    /// engine sets it from the outcome a sheet gives, and reads it when a timer closes a case.
    /// Nil when the schema names none: then the engine sets nothing.
    public var resolution: Reference?
    /// Where the schema is defined.
    public var location: SourceLocation

    /// Creates a schema.
    public init(id: String, fields: [SchemaField], resolution: Reference? = nil, location: SourceLocation) {
        self.id = id
        self.fields = fields
        self.resolution = resolution
        self.location = location
    }

    /// The field at a dotted path (`resident.housebound`), if any.
    public func field(at path: [String]) -> SchemaField? {
        var fields = self.fields
        var found: SchemaField?
        for name in path {
            guard let field = fields.first(where: { $0.name == name }) else { return nil }
            found = field
            if case .object(let inner) = field.type { fields = inner } else { fields = [] }
        }
        return found
    }
}

/// One field of a case schema.
public struct SchemaField: Sendable, Hashable {
    /// The name rules use.
    public var name: String
    /// Its type.
    public var type: FieldType
    /// What it means.
    public var description: String?
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a field.
    public init(name: String, type: FieldType, description: String?, location: SourceLocation) {
        self.name = name
        self.type = type
        self.description = description
        self.location = location
    }
}

/// The type of a case field.
public indirect enum FieldType: Sendable, Hashable, CustomStringConvertible {
    /// A whole number, optionally bounded.
    case int(min: Int?, max: Int?)
    /// A number with a fraction, optionally bounded.
    case double(min: Double?, max: Double?)
    /// Text.
    case string
    /// True or false.
    case bool
    /// Text restricted to the listed values.
    case enumeration([String])
    /// A list of values of one type.
    case list(FieldType)
    /// Nested fields.
    case object([SchemaField])

    public var description: String {
        switch self {
        case .int: "int"
        case .double: "double"
        case .string: "string"
        case .bool: "bool"
        case .enumeration(let values): "enum(" + values.joined(separator: ", ") + ")"
        case .list(let item): "list(\(item))"
        case .object: "object"
        }
    }
}
