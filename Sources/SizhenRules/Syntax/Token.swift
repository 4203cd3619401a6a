import SizhenDiagnostics

/// A lexical token with the offset (in Unicode scalars) where it starts.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// An integer literal's magnitude (the sign is a separate `-`).
        case int(UInt64)
        case double(Double)
        case string(String)
        case identifier(String)
        /// Punctuation and operators, and the keywords `in`, `true`, `false`, `null`.
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int

    func isSymbol(_ text: String) -> Bool { kind == .symbol(text) }
}

/// A syntax error: where, what, and how to fix it. The parser stops at the first one.
struct SyntaxError: Error, Sendable {
    var offset: Int
    var message: Message
    var hint: Message?
}
