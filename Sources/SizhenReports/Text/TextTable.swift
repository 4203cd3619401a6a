import SizhenDiagnostics

/// A plain-text table whose columns line up in a terminal even with Chinese text (wide
/// characters count two columns), and whose cells cannot act on the terminal. Columns are
/// separated by two spaces; the last column is not padded, so lines carry no trailing spaces.
public struct TextTable: Sendable {
    /// The header cells.
    public var header: [String]
    /// The rows, each as many cells as the header.
    public var rows: [[String]]

    /// Creates a table.
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Adds a row.
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines of text, each ending in a newline. A cell's characters that would
    /// act on a terminal (controls, bidirectional overrides: a name or a note from a file or a
    /// sheet) are shown as `\u{…}`, as in messages (`QuotedText.escaped`).
    public func render() -> String {
        let all = ([header] + rows).map { $0.map { QuotedText.escaped($0) } }
        let columns = header.count
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.prefix(columns).enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        var out = ""
        for row in all {
            var line = ""
            for index in 0..<columns {
                let cell = index < row.count ? row[index] : ""
                if index == columns - 1 {
                    line += cell
                } else {
                    line += cell + String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2)
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
