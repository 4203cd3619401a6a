import SizhenDiagnostics

/// Parses an expression with CEL's grammar and precedence, from loosest to tightest:
/// `?:`, `||`, `&&`, relations (`< <= > >= == != in`), `+ -`, `* / %`, unary `! -`, member
/// access (`.f`, `.f(…)`, `[i]`), primaries. Nesting is bounded while parsing (see
/// `RuleLimits`), so deep input is an error, never a stack overflow.
struct Parser {
    private var tokens: [Token] = []
    private var position = 0
    private var nesting = 0
    private let limits: RuleLimits
    private let text: String

    /// Offsets reported are relative to `base`: a decision-table entry parses a part of its
    /// text and still points at the right column.
    private let base: Int

    init(_ text: String, limits: RuleLimits, base: Int = 0) {
        self.text = text
        self.limits = limits
        self.base = base
    }

    /// Parses the whole text; stops at the first syntax error.
    mutating func parse() throws(SyntaxError) -> SyntaxNode {
        let scalars = Array(text.unicodeScalars)
        if scalars.count > limits.maximumLength {
            throw SyntaxError(offset: base, message: RuleMessages.tooLong(scalars.count, limit: limits.maximumLength),
                              hint: RuleMessage.tooLongHint())
        }
        var lexer = Lexer(scalars)
        do throws(SyntaxError) {
            tokens = try lexer.tokens()
        } catch {
            throw SyntaxError(offset: error.offset + base, message: error.message, hint: error.hint)
        }
        if base != 0 {
            for index in tokens.indices { tokens[index].offset += base }
        }
        if tokens.count == 1 {
            throw SyntaxError(offset: base, message: RuleMessage.emptyExpression())
        }
        let node = try expression()
        if current.kind != .end {
            throw SyntaxError(offset: current.offset, message: RuleMessages.unexpectedToken(describe(current)))
        }
        return node
    }

    private var current: Token { tokens[position] }
    private var following: Token { tokens[min(position + 1, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func accept(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ symbol: String) throws(SyntaxError) {
        guard accept(symbol) else {
            throw SyntaxError(offset: current.offset, message: RuleMessages.expected(symbol, found: describe(current)))
        }
    }

    private func describe(_ token: Token) -> Message {
        switch token.kind {
        case .end: RuleMessage.endOfExpression()
        case .int, .double: RuleMessage.aNumber()
        case .string: RuleMessage.aString()
        case .identifier(let name): RuleMessages.quoted(name)
        case .symbol(let symbol): RuleMessages.quoted(symbol)
        }
    }

    private mutating func enter(_ offset: Int) throws(SyntaxError) {
        nesting += 1
        if nesting > limits.maximumDepth {
            throw SyntaxError(offset: offset, message: RuleMessages.tooDeep(limits.maximumDepth), hint: RuleMessage.tooDeepHint())
        }
    }

    private func checked(_ node: SyntaxNode) throws(SyntaxError) -> SyntaxNode {
        if node.height > limits.maximumDepth {
            throw SyntaxError(offset: node.offset, message: RuleMessages.tooDeep(limits.maximumDepth), hint: RuleMessage.tooDeepHint())
        }
        return node
    }

    private func node(_ kind: SyntaxNode.Kind, at offset: Int, _ children: SyntaxNode...) throws(SyntaxError) -> SyntaxNode {
        try node(kind, at: offset, children)
    }

    private mutating func expression() throws(SyntaxError) -> SyntaxNode {
        try enter(current.offset)
        defer { nesting -= 1 }
        let condition = try or()
        guard current.isSymbol("?") else { return condition }
        let offset = advance().offset
        let whenTrue = try or()
        try expect(":")
        let whenFalse = try expression()
        return try node(.conditional(condition, whenTrue, whenFalse), at: offset, condition, whenTrue, whenFalse)
    }

    private mutating func or() throws(SyntaxError) -> SyntaxNode {
        var left = try and()
        while current.isSymbol("||") {
            let offset = advance().offset
            let right = try and()
            left = try node(.binary(.or, left, right), at: offset, left, right)
        }
        return left
    }

    private mutating func and() throws(SyntaxError) -> SyntaxNode {
        var left = try relation()
        while current.isSymbol("&&") {
            let offset = advance().offset
            let right = try relation()
            left = try node(.binary(.and, left, right), at: offset, left, right)
        }
        return left
    }

    private static let relations: [String: BinaryOperator] = [
        "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual, "==": .equal, "!=": .notEqual, "in": .in,
    ]

    private mutating func relation() throws(SyntaxError) -> SyntaxNode {
        var left = try addition()
        while case .symbol(let symbol) = current.kind, let op = Self.relations[symbol] {
            let offset = advance().offset
            let right = try addition()
            left = try node(.binary(op, left, right), at: offset, left, right)
        }
        return left
    }

    private mutating func addition() throws(SyntaxError) -> SyntaxNode {
        var left = try multiplication()
        while current.isSymbol("+") || current.isSymbol("-") {
            let token = advance()
            let right = try multiplication()
            left = try node(.binary(token.isSymbol("+") ? .add : .subtract, left, right), at: token.offset, left, right)
        }
        return left
    }

    private mutating func multiplication() throws(SyntaxError) -> SyntaxNode {
        var left = try unary()
        while current.isSymbol("*") || current.isSymbol("/") || current.isSymbol("%") {
            let token = advance()
            let op: BinaryOperator = token.isSymbol("*") ? .multiply : token.isSymbol("/") ? .divide : .remainder
            let right = try unary()
            left = try node(.binary(op, left, right), at: token.offset, left, right)
        }
        return left
    }

    private mutating func unary() throws(SyntaxError) -> SyntaxNode {
        var operators: [(UnaryOperator, Int)] = []
        while current.isSymbol("!") || current.isSymbol("-") {
            let token = advance()
            operators.append((token.isSymbol("!") ? .not : .negate, token.offset))
        }
        // `-9223372036854775808` is a literal: the minus belongs to the number.
        var minusOffset: Int?
        if let last = operators.last, last.0 == .negate {
            switch current.kind {
            case .int, .double:
                minusOffset = last.1
                operators.removeLast()
            default: break
            }
        }
        var operand = try member(negativeLiteral: minusOffset)
        for (op, offset) in operators.reversed() {
            operand = try node(.unary(op, operand), at: offset, operand)
        }
        return operand
    }

    private mutating func member(negativeLiteral: Int?) throws(SyntaxError) -> SyntaxNode {
        var operand = try primary(negativeLiteral: negativeLiteral)
        while true {
            if current.isSymbol(".") {
                let dot = advance()
                if current.isSymbol("?") {
                    throw SyntaxError(offset: dot.offset, message: RuleMessage.unsupportedOptionalSelection())
                }
                guard case .identifier(let name) = current.kind else {
                    throw SyntaxError(offset: current.offset, message: RuleMessages.expectedFieldName(found: describe(current)))
                }
                let nameOffset = advance().offset
                if current.isSymbol("(") {
                    let arguments = try argumentList(closing: ")")
                    operand = try node(.call(target: operand, function: name, arguments: arguments), at: nameOffset, [operand] + arguments)
                } else {
                    operand = try node(.select(operand, field: name, fieldOffset: nameOffset), at: dot.offset, operand)
                }
            } else if current.isSymbol("[") {
                let bracket = advance()
                if current.isSymbol("?") {
                    throw SyntaxError(offset: bracket.offset, message: RuleMessage.unsupportedOptionalIndex())
                }
                try enter(bracket.offset)
                let index = try expression()
                nesting -= 1
                try expect("]")
                operand = try node(.index(operand, index), at: bracket.offset, operand, index)
            } else if current.isSymbol("{"), let name = Checker.path(operand) {
                throw SyntaxError(offset: operand.start, message: RuleMessages.unsupportedMessageConstruction(name))
            } else {
                return operand
            }
        }
    }

    private func node(_ kind: SyntaxNode.Kind, at offset: Int, _ children: [SyntaxNode]) throws(SyntaxError) -> SyntaxNode {
        try checked(SyntaxNode(kind, at: offset, height: (children.map(\.height).max() ?? 0) + 1,
                               start: min(offset, children.map(\.start).min() ?? offset)))
    }

    /// `( a, b )` or `[ a, b, ]`, starting at the opening symbol.
    private mutating func argumentList(closing: String) throws(SyntaxError) -> [SyntaxNode] {
        let open = advance()
        try enter(open.offset)
        defer { nesting -= 1 }
        var items: [SyntaxNode] = []
        if accept(closing) { return items }
        while true {
            items.append(try expression())
            if accept(closing) { return items }
            try expect(",")
            if closing == "]", accept(closing) { return items }
        }
    }

    private mutating func primary(negativeLiteral minusOffset: Int?) throws(SyntaxError) -> SyntaxNode {
        let token = current
        switch token.kind {
        case .int(let magnitude):
            _ = advance()
            if let minusOffset {
                if magnitude == UInt64(Int64.max) + 1 { return SyntaxNode(.int(Int64.min), at: minusOffset) }
                guard let value = Int64(exactly: magnitude) else {
                    throw SyntaxError(offset: minusOffset, message: RuleMessage.integerLiteralOutOfRange())
                }
                return SyntaxNode(.int(-value), at: minusOffset)
            }
            guard let value = Int64(exactly: magnitude) else {
                throw SyntaxError(offset: token.offset, message: RuleMessage.integerLiteralOutOfRange())
            }
            return SyntaxNode(.int(value), at: token.offset)
        case .double(let value):
            _ = advance()
            if let minusOffset { return SyntaxNode(.double(-value), at: minusOffset) }
            return SyntaxNode(.double(value), at: token.offset)
        case .string(let text):
            _ = advance()
            return SyntaxNode(.string(text), at: token.offset)
        case .symbol("true"), .symbol("false"):
            _ = advance()
            return SyntaxNode(.bool(token.isSymbol("true")), at: token.offset)
        case .symbol("null"):
            _ = advance()
            return SyntaxNode(.null, at: token.offset)
        case .symbol("("):
            _ = advance()
            let inner = try expression()
            try expect(")")
            return inner
        case .symbol("["):
            let items = try argumentList(closing: "]")
            return try node(.list(items), at: token.offset, items)
        case .symbol("{"):
            return try mapLiteral()
        case .symbol("."):
            // A leading dot names the root scope (`.case`); there are no containers here.
            _ = advance()
            guard case .identifier = current.kind else {
                throw SyntaxError(offset: current.offset, message: RuleMessages.expectedFieldName(found: describe(current)))
            }
            return try primary(negativeLiteral: nil)
        case .identifier(let name):
            _ = advance()
            if current.isSymbol("(") {
                let arguments = try argumentList(closing: ")")
                return try node(.call(target: nil, function: name, arguments: arguments), at: token.offset, arguments)
            }
            if current.isSymbol("{") {
                throw SyntaxError(offset: token.offset, message: RuleMessages.unsupportedMessageConstruction(name))
            }
            return SyntaxNode(.identifier(name), at: token.offset)
        default:
            throw SyntaxError(offset: token.offset, message: RuleMessages.expectedExpression(found: describe(token)))
        }
    }

    private mutating func mapLiteral() throws(SyntaxError) -> SyntaxNode {
        let open = advance()
        try enter(open.offset)
        defer { nesting -= 1 }
        var entries: [(key: SyntaxNode, value: SyntaxNode)] = []
        var height = 1
        if !accept("}") {
            while true {
                if current.isSymbol("?") {
                    throw SyntaxError(offset: current.offset, message: RuleMessage.unsupportedOptionalEntries())
                }
                let key = try expression()
                try expect(":")
                let value = try expression()
                entries.append((key, value))
                height = max(height, key.height + 1, value.height + 1)
                if accept("}") { break }
                try expect(",")
                if accept("}") { break }
            }
        }
        return try checked(SyntaxNode(.map(entries), at: open.offset, height: height))
    }
}
