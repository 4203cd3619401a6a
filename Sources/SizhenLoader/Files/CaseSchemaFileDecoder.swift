import SizhenDiagnostics
import SizhenModel

/// Decodes `kind: case-schema` files.
public struct CaseSchemaFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "id", "fields"]
    static let typeKeys = ["type", "values", "items", "fields", "min", "max", "description"]
    static let typeNames = ["int", "double", "string", "bool", "enum", "list", "object"]
    /// How deep objects and lists may nest.
    static let maximumDepth = 8

    /// Creates a decoder.
    public init() {}

    /// Decodes a case schema.
    public func decode(_ root: YAMLNode, in context: inout DecodingContext) -> CaseSchema? {
        guard let top = MappingReader(root, LoaderThing.caseSchemaFile(), keys: Self.topKeys, in: &context),
              context.checkHeader(top, kind: "case-schema") else { return nil }
        let id = top.required("id", &context).flatMap { context.id($0, LoaderThing.schemaID()) }
        let fields = top.required("fields", &context).flatMap { decodeFields($0, depth: 0, in: &context) }
        guard let id, let fields else { return nil }
        return CaseSchema(id: id, fields: fields, location: root.location)
    }

    private func decodeFields(_ node: YAMLNode, depth: Int, in context: inout DecodingContext) -> [SchemaField]? {
        guard let pairs = node.mapping else {
            context.expected(ValueShape.typesByField(), for: LoaderThing.key("fields"), found: node)
            return nil
        }
        var fields: [SchemaField] = []
        for pair in pairs {
            guard let name = context.id(pair.key, LoaderThing.fieldName()) else { continue }
            if !name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) })
                || name.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true {
                context.error(SchemaMessages.badFieldName(name), at: pair.key, hint: SchemaMessages.badFieldNameHint)
                continue
            }
            guard let type = decodeType(pair.value, depth: depth, in: &context) else { continue }
            let description = pair.value.mapping?.first { $0.key.scalar == "description" }?.value.scalar
            fields.append(SchemaField(name: name, type: type, description: description, location: pair.key.location))
        }
        return fields
    }

    private func decodeType(_ node: YAMLNode, depth: Int, in context: inout DecodingContext) -> FieldType? {
        guard depth < Self.maximumDepth else {
            context.error(SchemaMessages.tooDeep(Self.maximumDepth), at: node)
            return nil
        }
        guard let reader = MappingReader(node, LoaderThing.fieldType(), keys: Self.typeKeys, in: &context),
              let typeNode = reader.required("type", &context), let name = context.string(typeNode, LoaderThing.key("type")) else { return nil }
        func unexpected(_ key: String) {
            if let keyNode = reader.keyNode(key) {
                context.error(SchemaMessages.keyNotFor(key, type: name), at: keyNode)
            }
        }
        switch name {
        case "int", "double":
            for key in ["values", "items", "fields"] { unexpected(key) }
            let min = reader.optional("min").flatMap { context.double($0, LoaderThing.key("min"), in: -1e15...1e15) }
            let max = reader.optional("max").flatMap { context.double($0, LoaderThing.key("max"), in: -1e15...1e15) }
            if let min, let max, min > max, let node = reader.optional("max") {
                context.error(SchemaMessages.minAboveMax, at: node)
            }
            return name == "int" ? .int(min: min.map { Int($0) }, max: max.map { Int($0) }) : .double(min: min, max: max)
        case "string", "bool":
            for key in ["values", "items", "fields", "min", "max"] { unexpected(key) }
            return name == "string" ? .string : .bool
        case "enum":
            for key in ["items", "fields", "min", "max"] { unexpected(key) }
            guard let valuesNode = reader.required("values", &context), let items = context.list(valuesNode, LoaderThing.key("values")) else { return nil }
            var values: [String] = []
            for item in items {
                guard let value = context.nonEmptyString(item, LoaderThing.enumValue()) else { continue }
                if values.contains(value) {
                    context.error(SchemaMessages.duplicateValue(value), at: item)
                } else {
                    values.append(value)
                }
            }
            if values.isEmpty { context.error(SchemaMessages.emptyEnum, at: valuesNode); return nil }
            return .enumeration(values)
        case "list":
            for key in ["values", "fields", "min", "max"] { unexpected(key) }
            guard let items = reader.required("items", &context), let item = decodeType(items, depth: depth + 1, in: &context) else { return nil }
            return .list(item)
        case "object":
            for key in ["values", "items", "min", "max"] { unexpected(key) }
            guard let fieldsNode = reader.required("fields", &context),
                  let fields = decodeFields(fieldsNode, depth: depth + 1, in: &context) else { return nil }
            return .object(fields)
        default:
            context.error(Message.legacy(SchemaMessages.unknownType(name) + Suggestions.didYouMean(name, in: Self.typeNames)), at: typeNode,
                          hint: DecodingMessage.allowedValues(["values": .texts(Self.typeNames)]))
            return nil
        }
    }
}

enum SchemaMessages {
    static func badFieldName(_ name: String) -> String { "'\(name)' cannot be a field name" }
    static let badFieldNameHint = "field names are letters, digits and _, not starting with a digit, so that rules can write case.name"
    static func tooDeep(_ depth: Int) -> String { "fields nest deeper than \(depth) levels" }
    static func keyNotFor(_ key: String, type: String) -> String { "'\(key)' does not apply to a field of type \(type)" }
    static let minAboveMax = "max is below min"
    static func duplicateValue(_ value: String) -> String { "enum value '\(value)' is listed twice" }
    static let emptyEnum = "an enum needs at least one value"
    static func unknownType(_ name: String) -> String { "unknown field type '\(name)'" }
}
