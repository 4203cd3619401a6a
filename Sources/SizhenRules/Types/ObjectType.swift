/// A record type with named, ordered fields, such as the case schema.
///
/// Fields are ordered so that a field access compiles to an index: an evaluation never looks
/// a name up. A class, because a schema is shared by every value of it and compared by
/// content only when types are checked.
public final class ObjectType: Sendable, Hashable, CustomStringConvertible {
    /// One declared field.
    public struct Field: Sendable, Hashable {
        /// The field's name, as written in rules (`parties`).
        public var name: String
        /// The field's type.
        public var type: RuleType

        /// Creates a field.
        public init(_ name: String, _ type: RuleType) {
            self.name = name
            self.type = type
        }
    }

    /// The type's name, used in messages (`case`).
    public let name: String
    /// The fields in declaration order; values store them at the same indices.
    public let fields: [Field]
    private let indices: [String: Int]

    /// Creates an object type. A later duplicate of a field name is ignored by lookups.
    public init(name: String, fields: [Field]) {
        self.name = name
        self.fields = fields
        var indices: [String: Int] = [:]
        for (index, field) in fields.enumerated() where indices[field.name] == nil {
            indices[field.name] = index
        }
        self.indices = indices
    }

    /// The index of the field called `name`, or nil.
    public func index(of name: String) -> Int? { indices[name] }

    /// The type's name.
    public var description: String { name }

    public static func == (lhs: ObjectType, rhs: ObjectType) -> Bool {
        lhs === rhs || (lhs.name == rhs.name && lhs.fields == rhs.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(fields)
    }
}
