/// The variables a rule may read, each with its type, in a fixed order: a variable compiles to
/// its slot, and an `Activation` supplies the values by slot.
public struct RuleEnvironment: Sendable, Hashable {
    /// One declared variable.
    public struct Variable: Sendable, Hashable {
        /// The name used in rules (`case`).
        public var name: String
        /// Its type.
        public var type: RuleType
    }

    /// The variables, by slot.
    public private(set) var variables: [Variable] = []
    private var slots: [String: Int] = [:]

    /// An environment with no variables.
    public init() {}

    /// An environment declaring `variables` in order.
    public init(_ variables: [(name: String, type: RuleType)]) {
        for variable in variables { declare(variable.name, variable.type) }
    }

    /// Declares a variable (replacing the type of one already declared) and returns its slot.
    @discardableResult
    public mutating func declare(_ name: String, _ type: RuleType) -> Int {
        if let slot = slots[name] {
            variables[slot].type = type
            return slot
        }
        variables.append(Variable(name: name, type: type))
        slots[name] = variables.count - 1
        return variables.count - 1
    }

    /// The slot of the variable called `name`, or nil.
    public func slot(of name: String) -> Int? { slots[name] }

    /// An activation with every variable `null`, to be filled in by slot or name.
    public func makeActivation() -> Activation {
        Activation(values: Array(repeating: .null, count: variables.count))
    }

    /// An activation from values by name; names not declared here are ignored, variables
    /// without a value are `null`.
    public func activation(_ values: [String: RuleValue]) -> Activation {
        var activation = makeActivation()
        for (name, value) in values {
            if let slot = slots[name] { activation.values[slot] = value }
        }
        return activation
    }
}
