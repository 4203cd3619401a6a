/// One cell of a CSV record: its text (quotes removed, doubled quotes undone, line breaks
/// inside it as `\n`) and the physical line it starts on.
struct CSVCell: Sendable, Hashable {
    var text: String
    var line: Int
}

/// One record of a CSV file: its cells and the physical line it starts on. A quoted cell
/// with line breaks makes a record span several lines.
struct CSVRecord: Sendable, Hashable {
    var line: Int
    var cells: [CSVCell]

    /// Whether every cell is empty (a blank line, or `,,,` that a spreadsheet leaves).
    var isBlank: Bool { cells.allSatisfy { $0.text.isEmpty } }
}

/// Splits text into CSV records by RFC 4180: fields separated by commas, records by CRLF or
/// LF (a lone CR too), fields in double quotes may hold commas, line breaks and doubled
/// quotes; the last record may end with or without a line break. One pass, linear in the
/// length of the text.
struct CSVParser {
    /// A quoting mistake, at a physical line and a 1-based cell number.
    enum Problem: Hashable {
        /// A quoted cell whose closing quote never comes.
        case unterminatedQuote(line: Int, column: Int)
        /// Text between a closing quote and the next comma or line end (`"a"b`).
        case textAfterQuote(line: Int, column: Int)
    }

    /// The records, and the quoting problems met (after an unterminated quote, nothing more).
    struct Output {
        var records: [CSVRecord] = []
        var problems: [Problem] = []
        /// Whether parsing stopped at `maxRecords` with text left.
        var isTruncated = false
        /// When truncated, the line where the record past the limit starts.
        var truncatedAtLine = 0
    }

    /// Parses `text`, leaving out blank records, and stopping after `maxRecords` records when
    /// more than blank lines follow.
    static func parse(_ text: String, maxRecords: Int = .max) -> Output {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var output = Output()
        let bytes = Array(text.utf8)
        let count = bytes.count
        var index = 0
        var line = 1
        var cells: [CSVCell] = []
        var recordLine = 1
        var field: [UInt8] = []

        /// Consumes a line break at `index` (CRLF, LF or CR) and counts it.
        func breakLength(at index: Int) -> Int {
            bytes[index] == cr && index + 1 < count && bytes[index + 1] == lf ? 2 : 1
        }

        func finish(_ record: CSVRecord) {
            if !record.isBlank { output.records.append(record) }
        }

        while index < count {
            if output.records.count >= maxRecords {
                let rest = bytes[index...]
                output.isTruncated = rest.contains { $0 != comma && $0 != cr && $0 != lf && $0 != UInt8(ascii: " ") }
                output.truncatedAtLine = line
                return output
            }
            // At the start of a field.
            let cellLine = line
            field.removeAll(keepingCapacity: true)
            if bytes[index] == quote {
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count && bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                        } else {
                            index += 1
                            closed = true
                            break
                        }
                    } else if byte == cr || byte == lf {
                        index += breakLength(at: index)
                        line += 1
                        field.append(lf)
                    } else {
                        field.append(byte)
                        index += 1
                    }
                }
                if !closed {
                    output.problems.append(.unterminatedQuote(line: cellLine, column: cells.count + 1))
                    cells.append(CSVCell(text: String(decoding: field, as: UTF8.self), line: cellLine))
                    finish(CSVRecord(line: recordLine, cells: cells))
                    return output
                }
                if index < count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                    output.problems.append(.textAfterQuote(line: line, column: cells.count + 1))
                    while index < count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                        field.append(bytes[index])
                        index += 1
                    }
                }
            } else {
                while index < count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                    field.append(bytes[index])
                    index += 1
                }
            }
            cells.append(CSVCell(text: String(decoding: field, as: UTF8.self), line: cellLine))
            if index >= count { break }
            if bytes[index] == comma {
                index += 1
                if index == count {
                    // A trailing comma at the very end: one more, empty, cell.
                    cells.append(CSVCell(text: "", line: line))
                }
                continue
            }
            index += breakLength(at: index)
            line += 1
            finish(CSVRecord(line: recordLine, cells: cells))
            cells.removeAll(keepingCapacity: true)
            recordLine = line
        }
        if !cells.isEmpty { finish(CSVRecord(line: recordLine, cells: cells)) }
        return output
    }
}
