/// What one evaluation reads and writes: the activation's values and the frame slots of
/// macro variables and decision-table inputs.
struct Frame {
    let variables: [RuleValue]
    var locals: [RuleValue]
}

/// A compiled node: evaluates against a frame. Closures over closures, built once, so an
/// evaluation does no name lookups and no type dispatch that the checker already decided.
typealias Step = @Sendable (inout Frame) throws(RuleError) -> RuleValue
