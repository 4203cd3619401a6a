import SizhenDiagnostics
import SizhenRules

/// Decodes a `kind: decision-table` file into a checked `DecisionTable`, against the
/// variables rules may read (the case schema and the like). Every expression and entry is
/// checked where it is written: a diagnostic points at the column inside the YAML string.
///
/// ```yaml
/// version: 1
/// kind: decision-table
/// id: mediation_subsidy
/// name: 人民调解案件补贴
/// hit_policy: unique            # unique | first | priority | any | rule_order | collect
/// aggregation: sum              # only with collect: sum | count | min | max
/// inputs:
///   - { id: complexity, expr: case.complexity }
///   - { id: role, expr: worker.role }
/// outputs:
///   - { id: amount, type: int }
///   - { id: tier, type: string, values: [简易, 一般, 复杂] }
/// rules:
///   - { when: ['"simple"', '"grassroots_legal_worker"'], then: [20, '"简易"'] }
///   - { id: general, when: ['"general"', '-'], then: [50, '"一般"'] }
/// ```
public struct DecisionTableFileDecoder: Sendable {
    static let topKeys = ["version", "kind", "id", "name", "description", "hit_policy", "aggregation", "inputs", "outputs", "rules"]
    static let inputKeys = ["id", "expr"]
    static let outputKeys = ["id", "type", "values"]
    static let rowKeys = ["id", "when", "then"]
    static let outputTypes: [String: RuleType] = ["int": .int, "double": .double, "string": .string, "bool": .bool]

    /// The variables the table's expressions may read.
    public let environment: RuleEnvironment

    /// Creates a decoder checking against `environment`.
    public init(environment: RuleEnvironment) {
        self.environment = environment
    }

    /// Decodes the root node of a decision-table file; nil when there were errors (all
    /// reported). Warnings (input combinations no row covers) may come with a table.
    public func decode(_ root: YAMLNode, in context: inout DecodingContext) -> DecisionTable? {
        guard let definition = decodeDefinition(root, in: &context) else { return nil }
        let (table, diagnostics) = DecisionTable.build(definition, in: environment)
        context.diagnostics.append(contentsOf: diagnostics)
        return table
    }

    /// Decodes the file into a definition without checking its expressions.
    public func decodeDefinition(_ root: YAMLNode, in context: inout DecodingContext) -> DecisionTableDefinition? {
        guard let top = MappingReader(root, LoaderThing.decisionTableFile(), keys: Self.topKeys, in: &context) else { return nil }
        let errorsBefore = context.diagnostics.errorCount
        guard context.checkHeader(top, kind: "decision-table") else { return nil }
        let id = top.required("id", &context).flatMap { context.nonEmptyString($0, LoaderThing.key("id")) }
        let name = top.optional("name").flatMap { context.nonEmptyString($0, LoaderThing.key("name")) } ?? id ?? ""
        if let description = top.optional("description") { _ = context.string(description, LoaderThing.key("description")) }
        let policy = top.required("hit_policy", &context).flatMap { context.choice($0, LoaderThing.key("hit_policy"), as: HitPolicy.self) }
        let aggregation = top.optional("aggregation").flatMap { context.choice($0, LoaderThing.key("aggregation"), as: Aggregation.self) }

        var inputs: [DecisionTableDefinition.Input] = []
        if let node = top.required("inputs", &context), let items = context.list(node, LoaderThing.key("inputs")) {
            for item in items {
                guard let reader = MappingReader(item, LoaderThing.input(), keys: Self.inputKeys, in: &context) else { continue }
                let inputID = reader.required("id", &context).flatMap { context.nonEmptyString($0, LoaderThing.inputID()) }
                let expression = reader.required("expr", &context).flatMap { located($0, LoaderThing.inputExpression(), in: &context) }
                if let inputID, let expression { inputs.append(.init(id: inputID, expression: expression)) }
            }
        }
        var outputs: [DecisionTableDefinition.Output] = []
        if let node = top.required("outputs", &context), let items = context.list(node, LoaderThing.key("outputs")) {
            for item in items {
                if let output = decodeOutput(item, in: &context) { outputs.append(output) }
            }
        }
        var rows: [DecisionTableDefinition.Row] = []
        let rulesNode = top.required("rules", &context)
        if let rulesNode, let items = context.list(rulesNode, LoaderThing.key("rules")) {
            for item in items {
                guard let reader = MappingReader(item, LoaderThing.tableRow(), keys: Self.rowKeys, in: &context) else { continue }
                let rowID = reader.optional("id").flatMap { context.nonEmptyString($0, LoaderThing.rowID()) }
                let entries = reader.required("when", &context).flatMap { entryList($0, "when", in: &context) }
                let results = reader.required("then", &context).flatMap { entryList($0, "then", in: &context) }
                if let entries, let results {
                    rows.append(.init(id: rowID, entries: entries, outputs: results, location: item.location))
                }
            }
        }
        guard context.diagnostics.errorCount == errorsBefore, let id, let policy else { return nil }
        let location = top.keyNode("rules")?.location ?? root.location
        return DecisionTableDefinition(id: id, name: name, hitPolicy: policy, aggregation: aggregation, inputs: inputs,
                                       outputs: outputs, rows: rows, location: location)
    }

    private func decodeOutput(_ item: YAMLNode, in context: inout DecodingContext) -> DecisionTableDefinition.Output? {
        guard let reader = MappingReader(item, LoaderThing.output(), keys: Self.outputKeys, in: &context) else { return nil }
        let outputID = reader.required("id", &context).flatMap { context.nonEmptyString($0, LoaderThing.outputID()) }
        var type: RuleType?
        if let typeNode = reader.required("type", &context), let text = context.string(typeNode, LoaderThing.outputType()) {
            if let known = Self.outputTypes[text] {
                type = known
            } else {
                let names = Self.outputTypes.keys.sorted()
                context.error(DecisionTableFileMessage.unknownType(["type": QuotedText.clip(text)]).suggesting(text, in: names), at: typeNode,
                              hint: DecisionTableFileMessage.typesHint())
            }
        }
        if let valuesNode = reader.optional("values"), let items = context.list(valuesNode, LoaderThing.key("values")) {
            let values = items.compactMap { context.nonEmptyString($0, LoaderThing.aValue()) }
            if type == .string {
                type = .enumeration(values: values)
            } else if type != nil {
                context.error(DecisionTableFileMessage.valuesNeedString(), at: valuesNode)
                type = nil
            }
        }
        guard let outputID, let type else { return nil }
        return .init(id: outputID, type: type, location: item.location)
    }

    /// A scalar as text with the location of its first character (inside the quotes).
    private func located(_ node: YAMLNode, _ what: Message, in context: inout DecodingContext) -> LocatedText? {
        guard let text = context.nonEmptyString(node, what) else { return nil }
        return LocatedText(text, at: node.textLocation)
    }

    private func entryList(_ node: YAMLNode, _ key: String, in context: inout DecodingContext) -> [LocatedText]? {
        guard let items = context.list(node, LoaderThing.key(key)) else { return nil }
        var entries: [LocatedText] = []
        for item in items {
            guard let entry = located(item, LoaderThing.entry(of: key), in: &context) else { return nil }
            entries.append(entry)
        }
        return entries
    }
}

/// The words of the decision-table file's own diagnostics (the table's checks are worded in
/// SizhenRules).
public enum DecisionTableFileMessage: String, MessageCatalogue {
    case unknownType = "decision-table-file.unknown-output-type"
    case typesHint = "decision-table-file.output-types.hint"
    case valuesNeedString = "decision-table-file.values-need-string"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .unknownType:
            ("'{type}' is not an output type{?suggestion:; did you mean '{suggestion}'?}",
             "“{type}”不是输出列的类型{?suggestion:；是不是“{suggestion}”？}")
        case .typesHint:
            ("the output types are int, double, string, bool; a string with `values` lists its allowed values",
             "输出列的类型有 int、double、string、bool；string 类型可以用 `values` 列出允许的值")
        case .valuesNeedString:
            ("`values` lists the allowed values of a string output",
             "`values` 只用于列出 string 类型输出列允许的值")
        }
    }
}
