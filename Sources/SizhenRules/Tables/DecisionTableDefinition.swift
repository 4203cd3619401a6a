import SizhenDiagnostics

/// A piece of text a user wrote and where its first character is: an expression, an input
/// entry, an output entry.
public struct LocatedText: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Where the text's first character is.
    public var location: SourceLocation

    /// Creates located text.
    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A decision table as written (what the YAML decoder produces): raw texts with their
/// locations, not yet checked. `DecisionTable.build(_:in:)` checks and compiles it.
public struct DecisionTableDefinition: Sendable, Hashable {
    /// An input column: an expression evaluated once per evaluation.
    public struct Input: Sendable, Hashable {
        /// The column's name (`complexity`).
        public var id: String
        /// The expression (`case.complexity`).
        public var expression: LocatedText

        /// Creates an input.
        public init(id: String, expression: LocatedText) {
            self.id = id
            self.expression = expression
        }
    }

    /// An output column with its type. With an enumeration type, its values in order also
    /// give the priority of a `priority` table (first is highest).
    public struct Output: Sendable, Hashable {
        /// The column's name (`amount`).
        public var id: String
        /// The type each row's entry must have.
        public var type: RuleType
        /// Where the output is declared.
        public var location: SourceLocation

        /// Creates an output.
        public init(id: String, type: RuleType, location: SourceLocation) {
            self.id = id
            self.type = type
            self.location = location
        }
    }

    /// A row: one input entry per input (unary tests: `-`, `"婚恋"`, `>= 5`, `[1..10]`,
    /// `"婚恋", "家庭"`, `not(…)`) and one expression per output.
    public struct Row: Sendable, Hashable {
        /// An optional name for the audit log; rows are otherwise named by number.
        public var id: String?
        /// The input entries, in the order of the inputs.
        public var entries: [LocatedText]
        /// The output expressions, in the order of the outputs.
        public var outputs: [LocatedText]
        /// Where the row is written.
        public var location: SourceLocation

        /// Creates a row.
        public init(id: String? = nil, entries: [LocatedText], outputs: [LocatedText], location: SourceLocation) {
            self.id = id
            self.entries = entries
            self.outputs = outputs
            self.location = location
        }
    }

    /// The table's identifier (`mediation_subsidy`).
    public var id: String
    /// A human name (`人民调解案件补贴`).
    public var name: String
    /// The hit policy.
    public var hitPolicy: HitPolicy
    /// The aggregation of a `collect` table, if any.
    public var aggregation: Aggregation?
    /// The input columns.
    public var inputs: [Input]
    /// The output columns.
    public var outputs: [Output]
    /// The rows, in order.
    public var rows: [Row]
    /// Where the table is written (its file's top, or the `rules` key).
    public var location: SourceLocation

    /// Creates a definition.
    public init(id: String, name: String, hitPolicy: HitPolicy, aggregation: Aggregation? = nil, inputs: [Input],
                outputs: [Output], rows: [Row], location: SourceLocation) {
        self.id = id
        self.name = name
        self.hitPolicy = hitPolicy
        self.aggregation = aggregation
        self.inputs = inputs
        self.outputs = outputs
        self.rows = rows
        self.location = location
    }
}
