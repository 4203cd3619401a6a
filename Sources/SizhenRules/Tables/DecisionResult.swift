import SizhenDiagnostics

/// What a decision table decided, and why: the rows that matched (for the audit log) and the
/// outputs the hit policy chose.
public struct DecisionResult: Sendable, Hashable {
    /// Every row whose input entries all held, by index (from 0), in table order.
    public var matchedRows: [Int]
    /// The names of those rows (a row's `id`, else `row N` counting from 1).
    public var matchedRowIDs: [String]
    /// Those rows as messages name them: a row's `id`, else `row N` in the reader's language
    /// (what the audit log stores, so that it reads in Chinese too).
    public var matchedRowLabels: [MessageValue]
    /// The output columns' names.
    public var outputNames: [String]
    /// The chosen outputs: for a single-hit policy none or one; for `rule_order` and `collect`
    /// one per matching row; for an aggregation one. Each in the order of the output columns.
    public var outputs: [[RuleValue]]

    /// Creates a result.
    public init(matchedRows: [Int], matchedRowIDs: [String], matchedRowLabels: [MessageValue]? = nil, outputNames: [String], outputs: [[RuleValue]]) {
        self.matchedRows = matchedRows
        self.matchedRowIDs = matchedRowIDs
        self.matchedRowLabels = matchedRowLabels ?? matchedRowIDs.map(MessageValue.text)
        self.outputNames = outputNames
        self.outputs = outputs
    }

    /// The value of output `name` in the first chosen output, if any.
    public subscript(name: String) -> RuleValue? {
        guard let index = outputNames.firstIndex(of: name), let first = outputs.first else { return nil }
        return first[index]
    }
}
