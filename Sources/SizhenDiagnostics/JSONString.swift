/// JSON string literals, written one way everywhere: diagnostics for editors, command output,
/// stored case fields, the JSON Schemas. Pure; the modules that write JSON all import this one.
public enum JSONString {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (Chinese included) as is.
    public static func quote(_ text: String) -> String {
        // Most text needs no escape: one scan of its bytes (every byte of a multi-byte UTF-8
        // sequence is 0x80 or more, so only ASCII can match).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
