/// JSON string literals, written one way everywhere: diagnostics for editors, command output,
/// stored case fields, the JSON Schemas. Pure; the modules that write JSON all import this one.
public enum JSONString {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (Chinese included) as is.
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
        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            plain = false
            break
        }
        guard !plain else {
            bytes.append(contentsOf: utf8)
            return
        }
        let backslash = UInt8(ascii: "\\")
        for byte in utf8 {
            let escape: UInt8
            switch byte {
            case UInt8(ascii: "\""), backslash: escape = byte
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x09: escape = UInt8(ascii: "t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                continue
            default:
                bytes.append(byte)
                continue
            }
            bytes.append(backslash)
            bytes.append(escape)
        }
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
