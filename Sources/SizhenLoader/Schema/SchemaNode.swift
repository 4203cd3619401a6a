import SizhenDiagnostics
/// A JSON Schema (2020-12) fragment, enough to describe Sizhen's file kinds so that an editor
/// (through yaml-language-server) completes keys and flags mistakes as they are typed.
public indirect enum SchemaNode: Sendable {
    /// A mapping with known keys (no others allowed).
    case object([Property], required: [String] = [])
    /// A mapping from free keys to values of one schema.
    case map(SchemaNode)
    /// A list.
    case array(SchemaNode)
    /// Text, optionally one of some values, matching a pattern, or at most so many characters.
    case string(values: [String]? = nil, pattern: String? = nil, maxLength: Int? = nil)
    /// A whole number.
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    /// A number.
    case number(minimum: Double? = nil, maximum: Double? = nil)
    /// true or false.
    case boolean
    /// Any mapping (for nested parts the editor need not check, such as a nested field type).
    case anyObject
    /// Any of several forms.
    case anyOf([SchemaNode])
    /// A constant.
    case constant(String)
    /// The same schema with a description.
    case described(SchemaNode, String)

    /// A key of an object.
    public struct Property: Sendable {
        /// The key.
        public var name: String
        /// Its value's schema.
        public var schema: SchemaNode

        /// Creates a property.
        public init(_ name: String, _ schema: SchemaNode) {
            self.name = name
            self.schema = schema
        }
    }

    /// The key names of an object schema (through descriptions), for checking against the
    /// decoders.
    public var propertyNames: [String] {
        switch self {
        case .object(let properties, _): properties.map(\.name)
        case .described(let inner, _): inner.propertyNames
        case .array(let item): item.propertyNames
        default: []
        }
    }

    /// The schema of one property of an object schema.
    public func property(_ name: String) -> SchemaNode? {
        switch self {
        case .object(let properties, _): properties.first { $0.name == name }?.schema
        case .described(let inner, _): inner.property(name)
        case .array(let item): item.property(name)
        case .anyOf(let options): options.lazy.compactMap { $0.property(name) }.first
        default: nil
        }
    }

    /// JSON text with two-space indentation and keys in a fixed order.
    func json(indent: Int) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        let close = String(repeating: " ", count: indent)
        func object(_ pairs: [(String, String)]) -> String {
            "{\n" + pairs.map { pad + quote($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n" + close + "}"
        }
        switch self {
        case .object(let properties, let required):
            var pairs: [(String, String)] = [("type", quote("object"))]
            pairs.append(("properties", "{\n" + properties.map { pad + "  " + quote($0.name) + ": " + $0.schema.json(indent: indent + 4) }
                .joined(separator: ",\n") + "\n" + pad + "}"))
            if !required.isEmpty { pairs.append(("required", "[" + required.map(quote).joined(separator: ", ") + "]")) }
            pairs.append(("additionalProperties", "false"))
            return object(pairs)
        case .map(let value):
            return object([("type", quote("object")), ("additionalProperties", value.json(indent: indent + 2))])
        case .array(let item):
            return object([("type", quote("array")), ("items", item.json(indent: indent + 2))])
        case .string(let values, let pattern, let maxLength):
            var pairs: [(String, String)] = [("type", quote("string"))]
            if let values { pairs.append(("enum", "[" + values.map(quote).joined(separator: ", ") + "]")) }
            if let pattern { pairs.append(("pattern", quote(pattern))) }
            if let maxLength { pairs.append(("maxLength", String(maxLength))) }
            return object(pairs)
        case .integer(let minimum, let maximum):
            var pairs: [(String, String)] = [("type", quote("integer"))]
            if let minimum { pairs.append(("minimum", String(minimum))) }
            if let maximum { pairs.append(("maximum", String(maximum))) }
            return object(pairs)
        case .number(let minimum, let maximum):
            var pairs: [(String, String)] = [("type", quote("number"))]
            if let minimum { pairs.append(("minimum", String(minimum))) }
            if let maximum { pairs.append(("maximum", String(maximum))) }
            return object(pairs)
        case .boolean:
            return object([("type", quote("boolean"))])
        case .anyObject:
            return object([("type", quote("object"))])
        case .anyOf(let options):
            return object([("anyOf", "[\n" + options.map { pad + "  " + $0.json(indent: indent + 4) }.joined(separator: ",\n") + "\n" + pad + "]")])
        case .constant(let value):
            return object([("const", quote(value))])
        case .described(let inner, let description):
            let body = inner.json(indent: indent)
            // Insert the description as the first key of the inner object.
            return "{\n" + pad + quote("description") + ": " + quote(description) + ",\n" + body.dropFirst(2)
        }
    }
}

/// A JSON string literal.
func quote(_ text: String) -> String { JSONString.quote(text) }
