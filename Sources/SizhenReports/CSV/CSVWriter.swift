import Foundation

/// CSV that Excel opens correctly in a Chinese locale: UTF-8 with a byte-order mark, CRLF
/// line ends, RFC 4180 quoting, and cells that start with `=`, `+`, `-` or `@` prefixed with
/// `'` so that Excel never reads them as formulas.
public struct CSVWriter: Sendable {
    /// The header.
    public var header: [String]
    /// The rows.
    public var rows: [[String]] = []

    /// A first column every row carries, when set: a simulation's CSV says so on every line
    /// (数据 = 模拟), so that no copy of it is taken for the real month.
    public var marker: (header: String, value: String)?

    /// Creates a writer with a header row.
    public init(header: [String]) { self.header = header }

    /// Adds a row.
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The file's text, starting with the byte-order mark.
    public func render() -> String {
        let lines = marker.map { marker in [[marker.header] + header] + rows.map { [marker.value] + $0 } } ?? [header] + rows
        return "\u{FEFF}" + lines.map { $0.map(Self.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell, neutralised and quoted as needed.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) || text.first == " " || text.last == " " {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
