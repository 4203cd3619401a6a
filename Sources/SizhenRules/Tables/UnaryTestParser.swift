/// A parsed input entry: a bool test of the table's input (nil for `-`), and what it accepts
/// as far as load-time checks can tell.
struct UnaryTest {
    var node: SyntaxNode?
    var domain: EntryDomain
}

/// Parses an input entry in DMN's unary-test style: `-` (anything), a value (`"婚恋"`, `5`,
/// `true`, or any expression, compared with `==`), a comparison (`>= 5`), an interval
/// (`[1..10]`, `(1..10]`, `]1..10[`), several of these separated by commas (any may hold),
/// and `not(…)` around a list. Values are expressions of the rule language, parsed with its
/// parser at their column.
struct UnaryTestParser {
    private let scalars: [Unicode.Scalar]
    private let limits: RuleLimits

    init(_ text: String, limits: RuleLimits) {
        self.scalars = Array(text.unicodeScalars)
        self.limits = limits
    }

    func parse() throws(SyntaxError) -> UnaryTest {
        if scalars.count > limits.maximumLength {
            throw SyntaxError(offset: 0, message: RuleMessages.tooLong(scalars.count, limit: limits.maximumLength))
        }
        let range = trimmed(0..<scalars.count)
        if text(range) == "-" { return UnaryTest(node: nil, domain: .any) }
        return try list(range)
    }

    private func text(_ range: Range<Int>) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[range])
        return out
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, scalars[low].properties.isWhitespace { low += 1 }
        while high > low, scalars[high - 1].properties.isWhitespace { high -= 1 }
        return low..<high
    }

    private func list(_ range: Range<Int>) throws(SyntaxError) -> UnaryTest {
        let range = trimmed(range)
        guard !range.isEmpty else { throw SyntaxError(offset: range.lowerBound, message: DecisionTableMessage.emptyEntry(), hint: DecisionTableMessage.entryHint()) }
        if text(range.lowerBound..<min(range.upperBound, range.lowerBound + 4)) == "not(", scalars[range.upperBound - 1] == ")",
           matchingClose(from: range.lowerBound + 3, in: range) == range.upperBound - 1 {
            let inner = try list(range.lowerBound + 4..<range.upperBound - 1)
            guard let node = inner.node else {
                throw SyntaxError(offset: range.lowerBound, message: DecisionTableMessage.notOfAnything())
            }
            return UnaryTest(node: SyntaxNode(.unary(.not, node), at: range.lowerBound, height: node.height + 1), domain: inner.domain.negated)
        }
        var result: UnaryTest?
        for part in split(range) {
            let test = try item(trimmed(part))
            if let previous = result, let left = previous.node, let right = test.node {
                let node = SyntaxNode(.binary(.or, left, right), at: right.start, height: max(left.height, right.height) + 1, start: left.start)
                result = UnaryTest(node: node, domain: previous.domain.union(test.domain))
            } else {
                result = test
            }
        }
        return result!
    }

    /// The position of the bracket closing the one at `open`, skipping strings.
    private func matchingClose(from open: Int, in range: Range<Int>) -> Int? {
        var depth = 0
        var quote: Unicode.Scalar?
        var index = open
        while index < range.upperBound {
            let s = scalars[index]
            if let q = quote {
                if s == "\\" { index += 1 } else if s == q { quote = nil }
            } else if s == "\"" || s == "'" {
                quote = s
            } else if s == "(" || s == "[" || s == "{" {
                depth += 1
            } else if s == ")" || s == "]" || s == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// Splits at commas outside strings and brackets (intervals may open with `]` and close
    /// with `[`, so an interval is skipped as a whole).
    private func split(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        var quote: Unicode.Scalar?
        var index = range.lowerBound
        var inInterval = false
        while index < range.upperBound {
            let s = scalars[index]
            if let q = quote {
                if s == "\\" { index += 1 } else if s == q { quote = nil }
            } else if s == "\"" || s == "'" {
                quote = s
            } else if depth == 0, !inInterval, (s == "[" || s == "(" || s == "]"), isInterval(from: index, in: range) {
                inInterval = true
            } else if inInterval, s == "]" || s == ")" || s == "[" {
                inInterval = false
            } else if !inInterval, s == "(" || s == "[" || s == "{" {
                depth += 1
            } else if !inInterval, s == ")" || s == "]" || s == "}" {
                depth -= 1
            } else if s == ",", depth == 0, !inInterval {
                parts.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// Whether an interval `[a..b]` starts at `index`: a `..` comes before the next comma.
    private func isInterval(from index: Int, in range: Range<Int>) -> Bool {
        dots(after: index, in: range) != nil
    }

    private func dots(after index: Int, in range: Range<Int>) -> Int? {
        var quote: Unicode.Scalar?
        var i = index + 1
        while i + 1 < range.upperBound {
            let s = scalars[i]
            if let q = quote {
                if s == "\\" { i += 1 } else if s == q { quote = nil }
            } else if s == "\"" || s == "'" {
                quote = s
            } else if s == "," {
                return nil
            } else if s == ".", scalars[i + 1] == "." {
                return i
            }
            i += 1
        }
        return nil
    }

    private func expression(_ range: Range<Int>) throws(SyntaxError) -> SyntaxNode {
        let range = trimmed(range)
        guard !range.isEmpty else { throw SyntaxError(offset: range.lowerBound, message: DecisionTableMessage.emptyEntry(), hint: DecisionTableMessage.entryHint()) }
        var parser = Parser(text(range), limits: limits, base: range.lowerBound)
        return try parser.parse()
    }

    private static let comparisons: [(String, BinaryOperator)] = [
        ("<=", .lessOrEqual), (">=", .greaterOrEqual), ("!=", .notEqual), ("==", .equal), ("<", .less), (">", .greater),
    ]

    private func compare(_ op: BinaryOperator, _ value: SyntaxNode, at offset: Int) -> SyntaxNode {
        SyntaxNode(.binary(op, SyntaxNode(.input, at: offset), value), at: offset, height: value.height + 1)
    }

    private func item(_ range: Range<Int>) throws(SyntaxError) -> UnaryTest {
        guard !range.isEmpty else { throw SyntaxError(offset: range.lowerBound, message: DecisionTableMessage.emptyEntry(), hint: DecisionTableMessage.entryHint()) }
        let first = scalars[range.lowerBound]
        let last = scalars[range.upperBound - 1]
        if first == "[" || first == "(" || first == "]", let dots = dots(after: range.lowerBound, in: range) {
            guard last == "]" || last == ")" || last == "[" else {
                throw SyntaxError(offset: range.upperBound - 1, message: DecisionTableMessage.badInterval(), hint: DecisionTableMessage.intervalHint())
            }
            let low = try expression(range.lowerBound + 1..<dots)
            let high = try expression(dots + 2..<range.upperBound - 1)
            let lowClosed = first == "["
            let highClosed = last == "]"
            let lowTest = compare(lowClosed ? .greaterOrEqual : .greater, low, at: range.lowerBound)
            let highTest = compare(highClosed ? .lessOrEqual : .less, high, at: dots)
            let node = SyntaxNode(.binary(.and, lowTest, highTest), at: range.lowerBound,
                                  height: max(lowTest.height, highTest.height) + 1)
            var domain = EntryDomain.unknown
            if let a = Self.number(low), let b = Self.number(high) {
                domain = .numeric([NumericInterval(lower: a, lowerClosed: lowClosed, upper: b, upperClosed: highClosed)])
            }
            return UnaryTest(node: node, domain: domain)
        }
        for (symbol, op) in Self.comparisons where text(range).hasPrefix(symbol) {
            let value = try expression(range.lowerBound + symbol.unicodeScalars.count..<range.upperBound)
            var domain = EntryDomain.unknown
            if let n = Self.number(value) {
                switch op {
                case .less: domain = .numeric([NumericInterval(lower: -.infinity, lowerClosed: false, upper: n, upperClosed: false)])
                case .lessOrEqual: domain = .numeric([NumericInterval(lower: -.infinity, lowerClosed: false, upper: n, upperClosed: true)])
                case .greater: domain = .numeric([NumericInterval(lower: n, lowerClosed: false, upper: .infinity, upperClosed: false)])
                case .greaterOrEqual: domain = .numeric([NumericInterval(lower: n, lowerClosed: true, upper: .infinity, upperClosed: false)])
                case .equal: domain = .numeric([.point(n)])
                default: domain = .numeric(NumericInterval.complement(of: [.point(n)]))
                }
            } else if let key = Self.literalKey(value), op == .equal || op == .notEqual {
                domain = .discrete([key], negated: op == .notEqual)
            }
            return UnaryTest(node: compare(op, value, at: range.lowerBound), domain: domain)
        }
        let value = try expression(range)
        var domain = EntryDomain.unknown
        if let n = Self.number(value) {
            domain = .numeric([.point(n)])
        } else if let key = Self.literalKey(value) {
            domain = .discrete([key], negated: false)
        }
        return UnaryTest(node: compare(.equal, value, at: value.start), domain: domain)
    }

    private static func number(_ node: SyntaxNode) -> Double? {
        switch node.kind {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }

    private static func literalKey(_ node: SyntaxNode) -> String? {
        switch node.kind {
        case .string(let s): EntryDomain.key(.string(s))
        case .bool(let b): EntryDomain.key(.bool(b))
        default: nil
        }
    }
}
