/// How a decision table chooses among the rows that match (DMN's hit policies).
public enum HitPolicy: String, Sendable, Hashable, CaseIterable {
    /// At most one row may match; two matching rows are an error (checked at load where the
    /// entries allow it, else at run time).
    case unique
    /// The first matching row, in table order.
    case first
    /// The matching row whose outputs come first in the outputs' `values` lists.
    case priority
    /// Several rows may match if they give the same outputs.
    case any
    /// Every matching row, in table order.
    case ruleOrder = "rule_order"
    /// Every matching row, or one aggregate of them (`sum`, `count`, `min`, `max`).
    case collect

    /// Whether the policy picks at most one row (and so a table should cover every input).
    public var isSingleHit: Bool { self != .ruleOrder && self != .collect }
}

/// How a `collect` table combines the outputs of its matching rows.
public enum Aggregation: String, Sendable, Hashable, CaseIterable {
    /// The sum of the output (0 when no row matches).
    case sum
    /// How many rows matched.
    case count
    /// The smallest output (none when no row matches).
    case min
    /// The largest output (none when no row matches).
    case max
}
