/// Reads JSON text token by token, over its UTF-8 bytes: what the stores read back their
/// messages and case fields with, so that a row costs a scan and not a parse into
/// Foundation's objects. The caller walks the structure (and bounds its depth); a method that
/// does not find what it reads returns nil and leaves the rest unread.
///
/// Strict where it matters for stored data: control characters in a string must be escaped,
/// a `\u` escape must be a whole scalar (surrogates in pairs), a number is JSON's grammar.
public struct JSONScanner {
    private let bytes: [UInt8]
    private var position = 0

    /// A number as written: whole numbers without fraction or exponent are `.int`.
    public enum Number: Sendable, Equatable {
        case int(Int64)
        case double(Double)
    }

    /// A scanner at the start of `text`.
    public init(_ text: String) { bytes = Array(text.utf8) }

    /// Whether only white space is left.
    public var atEnd: Bool {
        mutating get {
            skipSpace()
            return position == bytes.count
        }
    }

    /// The next byte after white space, not taken.
    public mutating func peek() -> UInt8? {
        skipSpace()
        return position < bytes.count ? bytes[position] : nil
    }

    /// Takes `byte` (after white space) if it is next.
    public mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// Takes `word` (`true`, `false`, `null`) if it is next.
    public mutating func take(word: String) -> Bool {
        skipSpace()
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count, bytes[position..<position + utf8.count].elementsEqual(utf8) else { return false }
        position += utf8.count
        return true
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// A string literal.
    public mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        // Most strings hold no escape: one scan, one copy.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: bytes[start..<position - 1], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        var text = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "u"):
                    guard let high = hex4() else { return nil }
                    var code = high
                    if (0xD800...0xDBFF).contains(high) {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { return nil }
                        position += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    text.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: return nil
                }
            case 0..<0x20: return nil
            default:
                // The run of plain bytes up to the next quote, backslash or control, at once.
                let run = position - 1
                while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\"), bytes[position] >= 0x20 {
                    position += 1
                }
                text.append(contentsOf: bytes[run..<position])
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var code: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            code = code * 16 + UInt32(digit)
        }
        position += 4
        return code
    }

    /// A number literal.
    public mutating func number() -> Number? {
        skipSpace()
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - first
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let whole = position
        guard digits() > 0 else {
            position = start
            return nil
        }
        // JSON allows no leading zero before more digits.
        if bytes[whole] == UInt8(ascii: "0"), position - whole > 1 {
            position = start
            return nil
        }
        var isWhole = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            isWhole = false
            guard digits() > 0 else {
                position = start
                return nil
            }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            isWhole = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else {
                position = start
                return nil
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isWhole, let number = Int64(text) { return .int(number) }
        guard let number = Double(text) else {
            position = start
            return nil
        }
        return .double(number)
    }
}

/// A reader of nested JSON over a scanner, bounded in depth: what the stores' readers share
/// for arrays and objects.
public protocol JSONNestedReader {
    /// The scanner the reader walks.
    var scanner: JSONScanner { get set }
    /// How deep the reader is now.
    var depth: Int { get set }
}

extension JSONNestedReader {
    /// The deepest nesting read; deeper text is refused.
    public static var maximumDepth: Int { 64 }

    /// Reads `[item, …]`, each by `item`; nil when an item fails, the brackets do not close or
    /// the nesting is too deep.
    public mutating func list<Item>(_ item: (inout Self) -> Item?) -> [Item]? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth, scanner.take(UInt8(ascii: "[")) else { return nil }
        var items: [Item] = []
        if scanner.take(UInt8(ascii: "]")) { return items }
        repeat {
            guard let next = item(&self) else { return nil }
            items.append(next)
        } while scanner.take(UInt8(ascii: ","))
        return scanner.take(UInt8(ascii: "]")) ? items : nil
    }

    /// Reads `{"key": value, …}`, each value by `member` given its key; false when a member
    /// fails, the braces do not close or the nesting is too deep.
    public mutating func members(_ member: (inout Self, String) -> Bool) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth, scanner.take(UInt8(ascii: "{")) else { return false }
        if scanner.take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = scanner.string(), scanner.take(UInt8(ascii: ":")), member(&self, key) else { return false }
        } while scanner.take(UInt8(ascii: ","))
        return scanner.take(UInt8(ascii: "}"))
    }
}
