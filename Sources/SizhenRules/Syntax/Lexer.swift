/// Splits an expression into tokens, with CEL's lexical rules: decimal and hexadecimal
/// integers, doubles, quoted (and raw, and triple-quoted) strings with escapes, identifiers.
/// Forms that CEL has but this subset does not (`1u`, `b"…"`) are rejected as not supported.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    static let reservedWords: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Every token up to and including `.end`.
    mutating func tokens() throws(SyntaxError) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private static func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { ("0"..."9").contains($0) } ?? false }
    private static func isHexDigit(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return ("0"..."9").contains(s) || ("a"..."f").contains(s) || ("A"..."F").contains(s)
    }
    private static func isIdentifierStart(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return s == "_" || ("a"..."z").contains(s) || ("A"..."Z").contains(s)
    }
    private static func isIdentifierPart(_ s: Unicode.Scalar?) -> Bool { isIdentifierStart(s) || isDigit(s) }

    private mutating func next() throws(SyntaxError) -> Token {
        while let s = peek(), s == " " || s == "\t" || s == "\n" || s == "\r" {
            position += 1
        }
        let start = position
        guard let s = peek() else { return Token(kind: .end, offset: start) }
        if Self.isDigit(s) || (s == "." && Self.isDigit(peek(1))) {
            return try number()
        }
        if s == "\"" || s == "'" {
            return Token(kind: .string(try string(raw: false)), offset: start)
        }
        if Self.isIdentifierStart(s) {
            // String prefixes: r"…" is raw; b"…" (bytes) is outside the subset.
            let lower = String(s).lowercased()
            if lower == "r", let q = peek(1), q == "\"" || q == "'" {
                position += 1
                return Token(kind: .string(try string(raw: true)), offset: start)
            }
            if lower == "b", let q = peek(1), q == "\"" || q == "'" || ((q == "r" || q == "R") && (peek(2) == "\"" || peek(2) == "'")) {
                throw SyntaxError(offset: start, message: RuleMessage.unsupportedBytes(), hint: RuleMessage.bytesHint())
            }
            if (lower == "r"), let q = peek(1), q == "b" || q == "B", peek(2) == "\"" || peek(2) == "'" {
                throw SyntaxError(offset: start, message: RuleMessage.unsupportedBytes(), hint: RuleMessage.bytesHint())
            }
            var word = ""
            while Self.isIdentifierPart(peek()) {
                word.unicodeScalars.append(peek()!)
                position += 1
            }
            if ["true", "false", "null", "in"].contains(word) {
                return Token(kind: .symbol(word), offset: start)
            }
            if Self.reservedWords.contains(word) {
                throw SyntaxError(offset: start, message: RuleMessages.reservedWord(word))
            }
            return Token(kind: .identifier(word), offset: start)
        }
        let two = peek(1).map { String(s) + String($0) } ?? ""
        if ["==", "!=", "<=", ">=", "&&", "||"].contains(two) {
            position += 2
            return Token(kind: .symbol(two), offset: start)
        }
        if "<>!+-*/%?:.,()[]{}".unicodeScalars.contains(s) {
            position += 1
            return Token(kind: .symbol(String(s)), offset: start)
        }
        switch s {
        case "=": throw SyntaxError(offset: start, message: RuleMessage.singleEquals(), hint: RuleMessage.singleEqualsHint())
        case "&": throw SyntaxError(offset: start, message: RuleMessage.singleAmpersand())
        case "|": throw SyntaxError(offset: start, message: RuleMessage.singleBar())
        default:
            let isText = s.value > 0x7F
            throw SyntaxError(offset: start, message: RuleMessages.unexpectedCharacter(s), hint: isText ? RuleMessage.quoteTextHint() : nil)
        }
    }

    private mutating func number() throws(SyntaxError) -> Token {
        let start = position
        if peek() == "0", peek(1) == "x" || peek(1) == "X" {
            position += 2
            var digits = ""
            while Self.isHexDigit(peek()) { digits.unicodeScalars.append(peek()!); position += 1 }
            guard !digits.isEmpty else { throw SyntaxError(offset: start, message: RuleMessage.badNumber()) }
            try rejectSuffix(start)
            guard let value = UInt64(digits, radix: 16) else { throw SyntaxError(offset: start, message: RuleMessage.integerLiteralOutOfRange()) }
            return Token(kind: .int(value), offset: start)
        }
        var text = ""
        var isDouble = false
        while Self.isDigit(peek()) { text.unicodeScalars.append(peek()!); position += 1 }
        if peek() == ".", Self.isDigit(peek(1)) {
            isDouble = true
            text += "."
            position += 1
            while Self.isDigit(peek()) { text.unicodeScalars.append(peek()!); position += 1 }
        }
        if peek() == "e" || peek() == "E" {
            var ahead = 1
            if peek(1) == "+" || peek(1) == "-" { ahead = 2 }
            if Self.isDigit(peek(ahead)) {
                isDouble = true
                for _ in 0..<ahead { text.unicodeScalars.append(peek()!); position += 1 }
                while Self.isDigit(peek()) { text.unicodeScalars.append(peek()!); position += 1 }
            }
        }
        if isDouble {
            if peek() == "u" || peek() == "U" {
                throw SyntaxError(offset: start, message: RuleMessage.badNumber())
            }
            try rejectSuffix(start)
            guard let value = Double(text.hasPrefix(".") ? "0" + text : text) else {
                throw SyntaxError(offset: start, message: RuleMessage.badNumber())
            }
            return Token(kind: .double(value), offset: start)
        }
        try rejectSuffix(start)
        guard let value = UInt64(text) else { throw SyntaxError(offset: start, message: RuleMessage.integerLiteralOutOfRange()) }
        return Token(kind: .int(value), offset: start)
    }

    /// `1u` is CEL's unsigned integer, outside the subset; `12abc` is a typo.
    private mutating func rejectSuffix(_ start: Int) throws(SyntaxError) {
        if peek() == "u" || peek() == "U", !Self.isIdentifierPart(peek(1)) {
            throw SyntaxError(offset: start, message: RuleMessage.unsupportedUnsigned(), hint: RuleMessage.unsignedHint())
        }
        if Self.isIdentifierPart(peek()) {
            throw SyntaxError(offset: position, message: RuleMessage.badNumber())
        }
    }

    private mutating func string(raw: Bool) throws(SyntaxError) -> String {
        let start = position
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        position += triple ? 3 : 1
        var text = ""
        while true {
            guard let s = peek() else {
                throw SyntaxError(offset: start, message: RuleMessage.unterminatedString())
            }
            if s == quote {
                if !triple { position += 1; return text }
                if peek(1) == quote && peek(2) == quote { position += 3; return text }
            }
            if !triple, s == "\n" || s == "\r" {
                throw SyntaxError(offset: start, message: RuleMessage.unterminatedString())
            }
            if s == "\\" && !raw {
                text.unicodeScalars.append(try escape())
                continue
            }
            text.unicodeScalars.append(s)
            position += 1
        }
    }

    private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let s = peek() else { throw SyntaxError(offset: start, message: RuleMessage.badEscape()) }
        position += 1
        switch s {
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        case "\\", "'", "\"", "`", "?": return s
        case "x", "X": return try hexEscape(digits: 2, start: start)
        case "u": return try hexEscape(digits: 4, start: start)
        case "U": return try hexEscape(digits: 8, start: start)
        case "0"..."3":
            var value = s.value - 48
            for _ in 0..<2 {
                guard let d = peek(), ("0"..."7").contains(d) else { throw SyntaxError(offset: start, message: RuleMessage.badEscape()) }
                value = value * 8 + d.value - 48
                position += 1
            }
            guard let scalar = Unicode.Scalar(value) else { throw SyntaxError(offset: start, message: RuleMessage.badEscape()) }
            return scalar
        default:
            throw SyntaxError(offset: start, message: RuleMessage.badEscape(), hint: RuleMessage.escapeHint())
        }
    }

    private mutating func hexEscape(digits: Int, start: Int) throws(SyntaxError) -> Unicode.Scalar {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let d = peek(), Self.isHexDigit(d), let digit = UInt32(String(d), radix: 16) else {
                throw SyntaxError(offset: start, message: RuleMessage.badEscape(), hint: RuleMessage.escapeHint())
            }
            value = value &* 16 &+ digit
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw SyntaxError(offset: start, message: RuleMessage.badEscape(), hint: RuleMessage.escapeHint())
        }
        return scalar
    }
}
