/// A node of a parsed expression: what it is, where it starts (in Unicode scalars from the
/// expression's first character) and the height of the tree below it.
struct SyntaxNode: Sendable {
    /// The node's content; an indirect enum, as ASTs are.
    indirect enum Kind: Sendable {
        case int(Int64)
        case double(Double)
        case string(String)
        case bool(Bool)
        case null
        case identifier(String)
        /// `operand.field`; `fieldOffset` is where the field's name starts.
        case select(SyntaxNode, field: String, fieldOffset: Int)
        case index(SyntaxNode, SyntaxNode)
        /// `function(arguments)` or `target.function(arguments)`.
        case call(target: SyntaxNode?, function: String, arguments: [SyntaxNode])
        case list([SyntaxNode])
        case map([(key: SyntaxNode, value: SyntaxNode)])
        case unary(UnaryOperator, SyntaxNode)
        case binary(BinaryOperator, SyntaxNode, SyntaxNode)
        case conditional(SyntaxNode, SyntaxNode, SyntaxNode)
        /// The value of a decision table's input, tested by an input entry (not writable).
        case input
    }

    var kind: Kind
    /// Where the node's own token is (an operator, a field name, a literal).
    var offset: Int
    /// Where the node's text begins (the left operand of `a + b`), for messages about the whole node.
    var start: Int
    var height: Int

    init(_ kind: Kind, at offset: Int, height: Int = 1, start: Int? = nil) {
        self.kind = kind
        self.offset = offset
        self.start = start ?? offset
        self.height = height
    }
}

/// `!` and unary `-`.
enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
}

/// The binary operators, including the logical ones that absorb errors.
enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case equal = "==", notEqual = "!="
    case `in` = "in"
    case and = "&&", or = "||"

    var isOrdering: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self) }
    var isArithmetic: Bool { [.add, .subtract, .multiply, .divide, .remainder].contains(self) }
}
