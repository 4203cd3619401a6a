/// JSON string literals, written one way everywhere: diagnostics for editors, command output,
/// stored case fields, the JSON Schemas. Pure; the modules that write JSON all import this one.
public enum JSONString {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped
    /// (DEL, C1 controls and bidirectional controls too), everything else (Chinese included)
    /// as is.
    public static func quote(_ text: String) -> String {
        var writer = JSONWriter()
        writer.string(text)
        return writer.text
    }
}

/// JSON written into one growing buffer of UTF-8 bytes: what the stores write every event's
/// arguments and every case's fields with, so that a value costs a few byte appends rather
/// than a string concatenation per token.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer.
    public init(capacity: Int = 64) { bytes.reserveCapacity(capacity) }

    /// The text written.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON punctuation or a literal (`{`, `":"`, `null`) as it is.
    public mutating func raw(_ token: StaticString) {
        token.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends an integer.
    public mutating func int(_ number: Int64) {
        if number < 0 {
            guard number != .min else {
                bytes.append(contentsOf: String(number).utf8)
                return
            }
            bytes.append(UInt8(ascii: "-"))
        }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Appends `text` as a string literal: quotes, backslashes and control characters
    /// escaped, everything else (Chinese included) as is.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: one scan of its bytes (every byte of a multi-byte UTF-8
        // sequence is 0x80 or more, so only ASCII can match), one copy.
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(escaping: $0) }
        if copied == nil { Array(text.utf8).withUnsafeBufferPointer { append(escaping: $0) } }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func append(escaping utf8: UnsafeBufferPointer<UInt8>) {
        var plain = true
        // Besides what JSON requires, the characters that act on a terminal are escaped too
        // (DEL, C1 controls, line separators, bidirectional controls; see `QuotedText`), so that
        // JSON printed on a terminal is as inert as text: 0x7F, and the lead bytes 0xC2, 0xD8
        // and 0xE2 send a string to the careful path.
        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
            || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
            plain = false
            break
        }
        guard !plain else {
            bytes.append(contentsOf: utf8)
            return
        }
        let backslash = UInt8(ascii: "\\")
        var index = 0
        // Runs of bytes that need nothing are copied whole, up to the next that may.
        var run = 0
        func flush(upTo end: Int) {
            if end > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<end])) }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != backslash, byte != 0x7F, byte != 0xC2, byte != 0xD8, byte != 0xE2 {
                index += 1
                continue
            }
            flush(upTo: index)
            index += 1
            run = index
            let escape: UInt8
            switch byte {
            case UInt8(ascii: "\""), backslash: escape = byte
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x09: escape = UInt8(ascii: "t")
            case 0..<0x20, 0x7F:
                appendUnicodeEscape(UInt32(byte))
                continue
            case 0xC2, 0xD8, 0xE2:
                // A two- or three-byte character: escaped when `QuotedText` would escape it.
                let length = byte == 0xE2 ? 3 : 2
                if index + length - 1 <= utf8.count {
                    var value = UInt32(byte & (length == 3 ? 0x0F : 0x1F))
                    for offset in 0..<(length - 1) { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                    if let scalar = Unicode.Scalar(value), QuotedText.needsEscape(scalar) {
                        appendUnicodeEscape(value)
                        index += length - 1
                        run = index
                        continue
                    }
                }
                bytes.append(byte)
                continue
            default:
                bytes.append(byte)
                continue
            }
            bytes.append(backslash)
            bytes.append(escape)
        }
        flush(upTo: utf8.count)
    }

    /// `\uXXXX` for a character of the Basic Multilingual Plane.
    private mutating func appendUnicodeEscape(_ value: UInt32) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), hex[Int(value >> 12 & 0xF)], hex[Int(value >> 8 & 0xF)],
                                  hex[Int(value >> 4 & 0xF)], hex[Int(value & 0xF)]])
    }

    /// Appends text that is already JSON.
    public mutating func json(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `[…]` of the items, each written by `element`.
    public mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONWriter, Items.Element) -> Void) {
        raw("[")
        var first = true
        for item in items {
            if !first { raw(",") }
            first = false
            element(&self, item)
        }
        raw("]")
    }
}
