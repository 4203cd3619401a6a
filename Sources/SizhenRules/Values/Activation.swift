/// The values of an environment's variables for one evaluation, by slot.
public struct Activation: Sendable {
    /// The values, in the order the environment declares the variables.
    public var values: [RuleValue]

    /// Creates an activation from values by slot.
    public init(values: [RuleValue]) {
        self.values = values
    }

    /// The value in `slot`.
    public subscript(slot: Int) -> RuleValue {
        get { values[slot] }
        set { values[slot] = newValue }
    }
}
