import SizhenRules

extension CaseSchema {
    /// The rule type of a case: an object whose fields rules read as `case.field`.
    public var ruleType: RuleType { .object(ObjectType(name: id, fields: fields.map(\.ruleField))) }

    /// The variables rules may read: the case, under the schema's id.
    public var environment: RuleEnvironment { RuleEnvironment([(name: id, type: ruleType)]) }
}

extension SchemaField {
    var ruleField: ObjectType.Field { ObjectType.Field(name, type.ruleType(name: name)) }
}

extension FieldType {
    /// The type rules see.
    func ruleType(name: String) -> RuleType {
        switch self {
        case .int: .int
        case .double: .double
        case .string: .string
        case .bool: .bool
        case .enumeration(let values, _): .enumeration(values: values)
        case .list(let item): .list(item.ruleType(name: name))
        case .object(let fields): .object(ObjectType(name: name, fields: fields.map(\.ruleField)))
        }
    }
}
