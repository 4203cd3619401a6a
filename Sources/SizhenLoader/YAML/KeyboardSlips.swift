import SizhenDiagnostics

/// What a Chinese keyboard types where YAML wants ASCII punctuation: a full-width comma `，`
/// between the items of a `[ ]` or `{ }` list, a full-width colon `：` after a key, and a
/// number grouped by thousands (`3,200`, which a flow mapping splits into `3` and a key
/// `200`). libyaml takes the first two for text (silently: `[community，clinic]` is one tag)
/// or reports a syntax error lines later; these checks say what was meant, where it is.
enum KeyboardSlips {
    static let fullWidthComma: Unicode.Scalar = "\u{FF0C}"
    static let fullWidthColon: Unicode.Scalar = "\u{FF1A}"

    /// Where a plain scalar stands.
    enum Place {
        /// In block context: a key or a value.
        case block
        /// An item of a `[ ]` list.
        case flowItem
        /// A key of a `{ }` mapping.
        case flowKey
        /// A value of a `{ }` mapping.
        case flowValue
    }

    /// The slip in a plain scalar, if any, and its offset in scalars from the scalar's start.
    /// A `：` right after a key-like word and before a space or the end (`name： 烟雨`) is one
    /// anywhere, and any `：` in a `{ }` key; a `，` is one in a `[ ]` item or a `{ }` key, and in
    /// a `{ }` value next to a letter or digit of ASCII (`{ tags: community，clinic }`), since
    /// prose in a value may have its own commas (`调解成功，矛盾纠纷得到化解`). Quoting keeps
    /// either as text.
    static func slip(inPlain text: String, at place: Place) -> (message: Message, hint: Message, offset: Int)? {
        // Both characters start with the byte EF in UTF-8: most scalars are passed at a glance.
        guard text.utf8.contains(0xEF) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let colon = place == .flowKey ? scalars.firstIndex(of: fullWidthColon) : keyColon(in: scalars[...])
        let comma: Int? = switch place {
        case .block: nil
        case .flowItem, .flowKey: scalars.firstIndex(of: fullWidthComma)
        case .flowValue:
            scalars.indices.first { index in
                scalars[index] == fullWidthComma
                    && (index > 0 && isASCIIWord(scalars[index - 1]) || index + 1 < scalars.count && isASCIIWord(scalars[index + 1]))
            }
        }
        if let comma, comma < colon ?? scalars.count {
            return (YAMLMessage.fullWidthComma(), YAMLMessage.fullWidthCommaHint(), comma)
        }
        return colon.map { (YAMLMessage.fullWidthColon(), YAMLMessage.fullWidthColonHint(), $0) }
    }

    static func isASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// The index of a `：` that ends a key: after a word of letters, digits, `_`, `-` or `.`
    /// starting with a letter or `_` (spaces allowed before the colon), and followed by a space
    /// or the end.
    static func keyColon(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = scalars.first, first.properties.isAlphabetic || first == "_" else { return nil }
        var index = scalars.startIndex
        while index < scalars.endIndex, scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
            || "_-.".unicodeScalars.contains(scalars[index]) {
            index += 1
        }
        while index < scalars.endIndex, scalars[index] == " " { index += 1 }
        guard index < scalars.endIndex, scalars[index] == fullWidthColon else { return nil }
        let next = index + 1
        guard next == scalars.endIndex || scalars[next] == " " || scalars[next] == "\t" else { return nil }
        return index - scalars.startIndex
    }

    /// Whether `text` is digits only (what a thousands group or the number before it is).
    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The hint for a number written with thousands separators (`3,200`, `3，200`, `1,000,000`),
    /// nil for any other text.
    static func thousandsHint(for text: String) -> Message? {
        let groups = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "，" }
        guard groups.count > 1, (1...3).contains(groups[0].count), isDigits(String(groups[0])),
              groups.dropFirst().allSatisfy({ $0.count == 3 && isDigits(String($0)) }) else { return nil }
        return YAMLMessage.thousandsHint(["number": .text(groups.joined())])
    }

    /// After a syntax error at `line`: a full-width colon or comma where YAML wanted its own (a
    /// key's colon; a comma or colon inside brackets), outside quotes and comments, on the line
    /// libyaml was reading a key on (`contextLine`), else on the line before the error or the
    /// error's own. libyaml reports a `key： value` line on the line after it, and says nothing
    /// of the colon; a slip further away is not taken for the cause of another error.
    static func slip(beforeSyntaxErrorAt line: Int, context contextLine: Int?, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic? {
        let text = String(decoding: bytes, as: UTF8.self)
        var found: Diagnostic?
        // The line libyaml was reading a key on when it failed, whose slip comes first.
        var onContextLine: Diagnostic?
        var depth = 0
        for (number, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where number < line {
            let scalars = Array(content.unicodeScalars)
            // The first slip of the line.
            var first: Diagnostic?
            var index = 0
            // The key of a block line starts after its indentation and any `- `.
            while index < scalars.count, scalars[index] == " " || scalars[index] == "-" && index + 1 < scalars.count && scalars[index + 1] == " " {
                index += 1
            }
            if depth == 0, let colon = keyColon(in: scalars[index...]) {
                first = .error(YAMLMessage.fullWidthColon(), at: SourceLocation(file: file, line: number + 1, column: index + colon + 1),
                               hint: YAMLMessage.fullWidthColonHint())
            }
            var quote: Unicode.Scalar?
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == "#", index == 0 || scalars[index - 1] == " " {
                    break
                } else if scalar == "[" || scalar == "{" {
                    depth += 1
                } else if scalar == "]" || scalar == "}" {
                    depth = max(0, depth - 1)
                } else if depth > 0, first == nil, scalar == fullWidthComma || scalar == fullWidthColon {
                    let (message, hint) = scalar == fullWidthComma ? (YAMLMessage.fullWidthComma(), YAMLMessage.fullWidthCommaHint())
                        : (YAMLMessage.fullWidthColon(), YAMLMessage.fullWidthColonHint())
                    first = .error(message, at: SourceLocation(file: file, line: number + 1, column: index + 1), hint: hint)
                }
                index += 1
            }
            if let first {
                if number + 1 >= line - 1 { found = first }
                if number + 1 == contextLine { onContextLine = first }
            }
        }
        return onContextLine ?? found
    }
}
