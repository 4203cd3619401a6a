/// Text a user wrote, made fit to show: what every message that quotes a value, a cell, a
/// name or a path goes through, so that a pasted page stays one line and an escape sequence
/// in a file cannot clear the screen, retitle the terminal or reorder what is shown.
///
/// Two things are done, at two moments:
///
/// - **clipping**, when a message is made: a quoted value keeps at most `longest` characters
///   (`clip`), and a `Diagnostic` cuts any text argument longer than `longestArgument` and any
///   list longer than `mostListItems` (`Message.clipped()`), so that a 1 MiB scalar used a
///   thousand times costs a thousand short messages, in text and in JSON;
/// - **escaping**, when a message is shown: the renderers write control characters (C0, DEL,
///   C1), line and paragraph separators and the bidirectional controls as `\u{…}` (`escaped`).
///   Chinese and every other printable character are left as they are.
public enum QuotedText {
    /// The most characters of a quoted value shown in a message (a cell, a YAML value).
    public static let longest = 60
    /// The most characters any text argument of a diagnostic keeps (a path, an id, a name):
    /// a guard for values not quoted through `clip`.
    public static let longestArgument = 240
    /// The most items a list argument of a diagnostic keeps; the rest are counted.
    public static let mostListItems = 50

    /// `text` as quoted in a message: control characters escaped, at most `longest` characters
    /// once escaped; a longer text is cut, with its length (`diagnostic.clipped`). Characters
    /// are Unicode scalars here, so that no single character can be arbitrarily long.
    public static func clip(_ text: String, longest: Int = longest) -> MessageValue {
        // Only the start is ever shown, so only the start is escaped: a 7 MB value costs no
        // more than a short one.
        let scalars = text.unicodeScalars
        let head = scalars.prefix(longest + 1)
        var visible = String.UnicodeScalarView()
        for scalar in head {
            if needsEscape(scalar) {
                visible.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                visible.append(scalar)
            }
        }
        if head.endIndex == scalars.endIndex, visible.count <= longest { return .text(String(visible)) }
        return .message(DiagnosticsMessage.clipped(["text": .text(String(String.UnicodeScalarView(visible.prefix(longest - 3)))),
                                                    "count": .int(scalars.count)]))
    }

    /// `text` with every character that would act on a terminal written as `\u{…}`; the text
    /// itself when there is none (most text: one scan of its bytes). With `keepingLayout`, line
    /// breaks (LF, CR) and tabs are kept: what a whole output (a table, a CSV, an iCalendar
    /// file) is written through before it reaches a terminal.
    public static func escaped(_ text: String, keepingLayout: Bool = false) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            // Runs of characters shown as they are are copied whole; only an escape breaks one.
            var run = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                var scalar: Unicode.Scalar?
                var length = 1
                if byte < 0x20 || byte == 0x7F {
                    if !(keepingLayout && (byte == 0x0A || byte == 0x0D || byte == 0x09)) { scalar = Unicode.Scalar(byte) }
                } else if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
                    // A two- or three-byte character (the text is valid UTF-8).
                    length = byte == 0xE2 ? 3 : 2
                    if index + length <= utf8.count {
                        var value = UInt32(byte & (length == 3 ? 0x0F : 0x1F))
                        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                        if let decoded = Unicode.Scalar(value), needsEscape(decoded) { scalar = decoded }
                    }
                }
                if let scalar {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                    out.append(contentsOf: escape(scalar).utf8)
                    run = index + length
                }
                index += length
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[min(run, utf8.count)...]))
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// Whether a character acts on a terminal rather than being shown: C0 controls (a tab and a
    /// line break too, which would break a one-line message or a table's columns), DEL, C1
    /// controls (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029) and the
    /// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// How a character that acts on a terminal is shown: `\u{1b}`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16) + "}"
    }
}

extension Message {
    /// The message with every text argument longer than `QuotedText.longestArgument` cut (as
    /// `QuotedText.clip` cuts it) and every list longer than `QuotedText.mostListItems` cut to
    /// that many items and a count, at any depth; the message itself when nothing is too long.
    public func clipped() -> Message {
        guard arguments.contains(where: { Self.isTooLong($0.value) }) else { return self }
        return Message(code: code, arguments: arguments.map { MessageArgument(name: $0.name, value: Self.clipped($0.value)) })
    }

    private static func isTooLong(_ value: MessageValue) -> Bool {
        switch value {
        // UTF-8 length is known at once, and no text is longer in characters than in bytes.
        case .text(let text): text.utf8.count > QuotedText.longestArgument && text.unicodeScalars.count > QuotedText.longestArgument
        case .int: false
        case .list(let items): items.count > QuotedText.mostListItems || items.contains(where: isTooLong)
        case .message(let inner): inner.arguments.contains { isTooLong($0.value) }
        }
    }

    private static func clipped(_ value: MessageValue) -> MessageValue {
        switch value {
        case .text(let text):
            guard text.utf8.count > QuotedText.longestArgument else { return value }
            return QuotedText.clip(text, longest: QuotedText.longestArgument)
        case .int: return value
        case .list(let items):
            let kept = items.prefix(QuotedText.mostListItems).map(clipped)
            guard items.count > QuotedText.mostListItems else { return .list(kept) }
            return .list(kept + [.message(DiagnosticsMessage.moreItems(["count": .int(items.count - kept.count)]))])
        case .message(let inner): return .message(inner.clipped())
        }
    }
}
