import SizhenDiagnostics
import SizhenModel

/// Decodes `kind: case-schema` files.
public struct CaseSchemaFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "id", "fields", "resolution", "checks"]
    static let checkKeys = ["id", "when", "field", "message"]
    static let typeKeys = ["type", "values", "labels", "items", "fields", "min", "max", "description"]
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
        let resolution = top.optional("resolution").flatMap { context.reference($0, LoaderThing.key("resolution")) }
        let checks = top.optional("checks").map { decodeChecks($0, in: &context) } ?? []
        guard let id, let fields else { return nil }
        return CaseSchema(id: id, fields: fields, resolution: resolution, checks: checks, location: root.location)
    }

    /// `checks:`, a list of `{ id, when, field, message }`; whether `when` type-checks and
    /// `field` is a field is the set checker's to say, with the whole schema.
    private func decodeChecks(_ node: YAMLNode, in context: inout DecodingContext) -> [CaseCheck] {
        guard let items = context.list(node, LoaderThing.key("checks")) else { return [] }
        return items.compactMap { item in
            guard let reader = MappingReader(item, LoaderThing.caseCheck(), keys: Self.checkKeys, in: &context) else { return nil }
            let id = reader.required("id", &context).flatMap { context.id($0, LoaderThing.key("id")) }
            let when = reader.required("when", &context).flatMap { context.rule($0, LoaderThing.key("when")) }
            let field = reader.optional("field").flatMap { context.reference($0, LoaderThing.key("field")) }
            let message = reader.required("message", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("message")) }
            guard let id, let when, let message else { return nil }
            return CaseCheck(id: id, when: when, field: field, message: message, location: item.location)
        }
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
                context.error(CaseSchemaFileMessage.badFieldName(["name": QuotedText.clip(name)]), at: pair.key, hint: CaseSchemaFileMessage.badFieldNameHint())
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
            context.error(CaseSchemaFileMessage.tooDeep(["depth": .int(Self.maximumDepth)]), at: node)
            return nil
        }
        guard let reader = MappingReader(node, LoaderThing.fieldType(), keys: Self.typeKeys, in: &context),
              let typeNode = reader.required("type", &context), let name = context.string(typeNode, LoaderThing.key("type")) else { return nil }
        func unexpected(_ key: String) {
            if let keyNode = reader.keyNode(key) {
                context.error(CaseSchemaFileMessage.keyNotFor(["key": QuotedText.clip(key), "type": .text(name)]), at: keyNode)
            }
        }
        switch name {
        case "int", "double":
            for key in ["values", "labels", "items", "fields"] { unexpected(key) }
            let min = reader.optional("min").flatMap { context.double($0, LoaderThing.key("min"), in: -1e15...1e15) }
            let max = reader.optional("max").flatMap { context.double($0, LoaderThing.key("max"), in: -1e15...1e15) }
            if let min, let max, min > max, let node = reader.optional("max") {
                context.error(CaseSchemaFileMessage.minAboveMax(), at: node)
            }
            return name == "int" ? .int(min: min.map { Int($0) }, max: max.map { Int($0) }) : .double(min: min, max: max)
        case "string", "bool":
            for key in ["values", "labels", "items", "fields", "min", "max"] { unexpected(key) }
            return name == "string" ? .string : .bool
        case "enum":
            for key in ["items", "fields", "min", "max"] { unexpected(key) }
            guard let valuesNode = reader.required("values", &context), let items = context.list(valuesNode, LoaderThing.key("values")) else { return nil }
            var values: [String] = []
            for item in items {
                guard let value = context.nonEmptyString(item, LoaderThing.enumValue()) else { continue }
                if values.contains(value) {
                    context.error(CaseSchemaFileMessage.duplicateValue(["value": QuotedText.clip(value)]), at: item)
                } else {
                    values.append(value)
                }
            }
            if values.isEmpty { context.error(CaseSchemaFileMessage.emptyEnum(), at: valuesNode); return nil }
            let labels = reader.optional("labels").map { decodeLabels($0, of: values, in: &context) } ?? [:]
            return .enumeration(values, labels: labels)
        case "list":
            for key in ["values", "labels", "fields", "min", "max"] { unexpected(key) }
            guard let items = reader.required("items", &context), let item = decodeType(items, depth: depth + 1, in: &context) else { return nil }
            return .list(item)
        case "object":
            for key in ["values", "labels", "items", "min", "max"] { unexpected(key) }
            guard let fieldsNode = reader.required("fields", &context),
                  let fields = decodeFields(fieldsNode, depth: depth + 1, in: &context) else { return nil }
            return .object(fields)
        default:
            context.error(CaseSchemaFileMessage.unknownType(["name": QuotedText.clip(name)]).suggesting(name, in: Self.typeNames), at: typeNode,
                          hint: DecodingMessage.allowedValues(["values": .texts(Self.typeNames)]))
            return nil
        }
    }
}

extension CaseSchemaFileDecoder {
    /// An enum's `labels:`, a mapping from its values to what people read and may write
    /// instead (`{dispute: 纠纷}`). Each key is one of the values; each label names one value
    /// only: it is neither another value's label nor another value, so that a sheet's cell
    /// reads one way.
    func decodeLabels(_ node: YAMLNode, of values: [String], in context: inout DecodingContext) -> [String: String] {
        guard let pairs = node.mapping else {
            context.expected(ValueShape.labelsByValue(), for: LoaderThing.key("labels"), found: node, hint: CaseSchemaFileMessage.labelsHint())
            return [:]
        }
        var labels: [String: String] = [:]
        var labelled: [String: String] = [:]
        for pair in pairs {
            guard let value = context.nonEmptyString(pair.key, LoaderThing.enumValue()),
                  let label = context.nonEmptyString(pair.value, LoaderThing.enumLabel()) else { continue }
            let trimmed = label.trimmingSpaces
            guard values.contains(value) else {
                context.error(CaseSchemaFileMessage.labelOfUnknownValue(["value": QuotedText.clip(value)]).suggesting(value, in: values), at: pair.key,
                              hint: DecodingMessage.allowedValues(["values": .texts(values)]))
                continue
            }
            if let other = labelled[trimmed] {
                context.error(CaseSchemaFileMessage.duplicateLabel(["label": QuotedText.clip(trimmed), "value": .text(value), "other": .text(other)]),
                              at: pair.value, hint: CaseSchemaFileMessage.labelOnceHint())
                continue
            }
            if trimmed != value, values.contains(trimmed) {
                context.error(CaseSchemaFileMessage.labelIsAValue(["label": QuotedText.clip(trimmed), "value": .text(value)]),
                              at: pair.value, hint: CaseSchemaFileMessage.labelOnceHint())
                continue
            }
            labels[value] = trimmed
            labelled[trimmed] = value
        }
        return labels
    }
}

/// The words of the case-schema file's own diagnostics.
public enum CaseSchemaFileMessage: String, MessageCatalogue {
    case badFieldName = "case-schema-file.bad-field-name"
    case badFieldNameHint = "case-schema-file.bad-field-name.hint"
    case tooDeep = "case-schema-file.too-deep"
    case keyNotFor = "case-schema-file.key-not-for-type"
    case minAboveMax = "case-schema-file.min-above-max"
    case duplicateValue = "case-schema-file.duplicate-value"
    case emptyEnum = "case-schema-file.empty-enum"
    case unknownType = "case-schema-file.unknown-type"
    case labelsHint = "case-schema-file.labels.hint"
    case labelOfUnknownValue = "case-schema-file.label-of-unknown-value"
    case duplicateLabel = "case-schema-file.duplicate-label"
    case labelIsAValue = "case-schema-file.label-is-a-value"
    case labelOnceHint = "case-schema-file.label-once.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .badFieldName:
            ("'{name}' cannot be a field name",
             "“{name}”不能用作字段名")
        case .badFieldNameHint:
            ("field names are letters, digits and _, not starting with a digit, so that rules can write case.name",
             "字段名由字母、数字和 _ 组成，不能以数字开头，这样规则中才能写 case.字段名")
        case .tooDeep:
            ("fields nest deeper than {depth} levels",
             "字段嵌套超过了 {depth} 层")
        case .keyNotFor:
            ("'{key}' does not apply to a field of type {type}",
             "“{key}”不适用于 {type} 类型的字段")
        case .minAboveMax:
            ("max is below min",
             "max 小于 min")
        case .duplicateValue:
            ("enum value '{value}' is listed twice",
             "枚举值“{value}”列出了两次")
        case .emptyEnum:
            ("an enum needs at least one value",
             "枚举至少要有一个值")
        case .unknownType:
            ("unknown field type '{name}'{?suggestion:; did you mean '{suggestion}'?}",
             "未知的字段类型“{name}”{?suggestion:；是不是“{suggestion}”？}")
        case .labelsHint:
            ("write each value with its label, e.g. labels: { dispute: 纠纷 }",
             "请逐个写出值和它的名称，例如 labels: { dispute: 纠纷 }")
        case .labelOfUnknownValue:
            ("'{value}' is labelled but is not one of the enum's values{?suggestion:; did you mean '{suggestion}'?}",
             "“{value}”有名称，但不是这个枚举的值{?suggestion:；是不是“{suggestion}”？}")
        case .duplicateLabel:
            ("label '{label}' of '{value}' is already the label of '{other}'",
             "“{value}”的名称“{label}”已经是“{other}”的名称")
        case .labelIsAValue:
            ("label '{label}' of '{value}' is another value of the enum",
             "“{value}”的名称“{label}”是这个枚举的另一个值")
        case .labelOnceHint:
            ("sheets accept a value or its label, so each label must name one value only; choose another label",
             "登记表既接受值也接受名称，所以每个名称只能对应一个值，请另取一个名称")
        }
    }
}
