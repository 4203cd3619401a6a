/// A small reader for protobuf text format, enough for the CEL conformance files
/// (`SimpleTestFile`): fields with scalars, strings (adjacent ones concatenated, C escapes as
/// bytes), enums, and nested messages in `{ }` or `< >`.
struct TextProto {
    /// A field's value.
    indirect enum Value {
        case scalar(String)
        case bytes([UInt8])
        case message(TextProto)

        var text: String? {
            switch self {
            case .scalar(let s): s
            case .bytes(let b): String(decoding: b, as: UTF8.self)
            case .message: nil
            }
        }

        var message: TextProto? {
            if case .message(let m) = self { return m }
            return nil
        }
    }

    var fields: [(name: String, value: Value)] = []

    func all(_ name: String) -> [Value] { fields.filter { $0.name == name }.map(\.value) }
    func first(_ name: String) -> Value? { fields.first { $0.name == name }?.value }
    func message(_ name: String) -> TextProto? { first(name)?.message }
    func text(_ name: String) -> String? { first(name)?.text }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> TextProto {
        var reader = Reader(bytes: Array(text.utf8))
        let message = try reader.message(until: nil)
        return message
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "#") {
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
                } else if b == 32 || b == 9 || b == 10 || b == 13 || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") {
                    position += 1
                } else {
                    return
                }
            }
        }

        static func isWord(_ b: UInt8) -> Bool {
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
        }

        mutating func word() throws -> String {
            let start = position
            while position < bytes.count, Self.isWord(bytes[position]) { position += 1 }
            guard position > start else { throw Failure(description: "expected a name at byte \(position)") }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        mutating func message(until close: UInt8?) throws -> TextProto {
            var message = TextProto()
            while true {
                skipSpace()
                if position >= bytes.count {
                    if close == nil { return message }
                    throw Failure(description: "unexpected end of file")
                }
                if let close, bytes[position] == close { position += 1; return message }
                let name = try word()
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: ":") { position += 1; skipSpace() }
                guard position < bytes.count else { throw Failure(description: "missing value for \(name)") }
                let b = bytes[position]
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "<") {
                    position += 1
                    let inner = try self.message(until: b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ">"))
                    message.fields.append((name, .message(inner)))
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    var value: [UInt8] = []
                    while position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                        value += try string()
                        skipSpace()
                    }
                    message.fields.append((name, .bytes(value)))
                } else {
                    message.fields.append((name, .scalar(try word())))
                }
            }
        }

        mutating func string() throws -> [UInt8] {
            let quote = bytes[position]
            position += 1
            var out: [UInt8] = []
            while position < bytes.count, bytes[position] != quote {
                var b = bytes[position]
                position += 1
                if b == UInt8(ascii: "\\") {
                    b = bytes[position]
                    position += 1
                    switch b {
                    case UInt8(ascii: "n"): out.append(10)
                    case UInt8(ascii: "r"): out.append(13)
                    case UInt8(ascii: "t"): out.append(9)
                    case UInt8(ascii: "a"): out.append(7)
                    case UInt8(ascii: "b"): out.append(8)
                    case UInt8(ascii: "f"): out.append(12)
                    case UInt8(ascii: "v"): out.append(11)
                    case UInt8(ascii: "x"), UInt8(ascii: "X"):
                        var value = 0
                        var count = 0
                        while count < 2, position < bytes.count, let d = Int(String(UnicodeScalar(bytes[position])), radix: 16) {
                            value = value * 16 + d
                            position += 1
                            count += 1
                        }
                        out.append(UInt8(value))
                    case UInt8(ascii: "0")...UInt8(ascii: "7"):
                        var value = Int(b) - 48
                        var count = 1
                        while count < 3, position < bytes.count, bytes[position] >= 48, bytes[position] <= 55 {
                            value = value * 8 + Int(bytes[position]) - 48
                            position += 1
                            count += 1
                        }
                        out.append(UInt8(value & 0xFF))
                    case UInt8(ascii: "u"), UInt8(ascii: "U"):
                        let digits = b == UInt8(ascii: "u") ? 4 : 8
                        let hex = String(decoding: bytes[position..<(position + digits)], as: UTF8.self)
                        position += digits
                        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                            throw Failure(description: "bad \\u escape")
                        }
                        out += Array(String(scalar).utf8)
                    default: out.append(b)
                    }
                } else {
                    out.append(b)
                }
            }
            position += 1
            return out
        }
    }
}
