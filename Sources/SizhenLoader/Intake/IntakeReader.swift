import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// The most an intake file may hold.
public struct IntakeLimits: Sendable, Hashable {
    /// The most data rows (the header not counted).
    public var maxRows: Int
    /// The most bytes.
    public var maxBytes: Int

    /// Creates limits.
    public init(maxRows: Int, maxBytes: Int) {
        self.maxRows = maxRows
        self.maxBytes = maxBytes
    }

    /// 100,000 rows and 8 MiB.
    public static let standard = IntakeLimits(maxRows: 100_000, maxBytes: 8 << 20)
}

/// What reading an intake file produced.
public struct IntakeReadResult: Sendable {
    /// The rows in file order; empty whenever there is an error anywhere (all or nothing).
    public var rows: [IntakeRow]
    /// The rows that report an occurrence as a whole (held, not held, substitute, attendance),
    /// in file order; empty whenever there is an error anywhere, like `rows`.
    public var reports: [SittingReport] = []
    /// The visits and panels a sessions sheet reports (a sheet with a 案件编号 column), in file
    /// order; empty whenever there is an error anywhere, like `rows`.
    public var sessions: [SessionReport] = []
    /// Every error and warning, located at `file:line:column`, where the line is the physical
    /// line of the CSV and the column the 1-based number of the cell.
    public var diagnostics: Diagnostics
    /// The encoding detected, when the bytes could be decoded.
    public var encoding: IntakeEncoding?
    /// The decoded text (without a byte-order mark), when the bytes could be decoded.
    public var text: String?
    /// The file's bytes as read by `IntakeReader.read(path:)` (empty when they were given, or
    /// not read): what an import digests, without opening the file a second time.
    public var bytes: [UInt8] = []

    /// Creates a result.
    public init(rows: [IntakeRow], diagnostics: Diagnostics, encoding: IntakeEncoding?, text: String?) {
        self.rows = rows
        self.diagnostics = diagnostics
        self.encoding = encoding
        self.text = text
    }

    /// Whether the file had no error (rows were returned).
    public var isValid: Bool { !diagnostics.hasErrors }
}

/// Reads an intake CSV (what clinics record per visitor, and of each sitting as a whole) into
/// `IntakeRow`s and `SittingReport`s, checked against a loaded workflow set: the columns, each
/// cell's type, the people, that each row's workflow is held at its site on its date, and that
/// the reports agree with each other and with the visitors. Every problem is reported at once;
/// rows and reports come back only when there is none.
public struct IntakeReader: Sendable {
    /// The workflows, district, people and case schema the rows are checked against.
    public var set: WorkflowSet
    /// The largest file accepted.
    public var limits: IntakeLimits
    /// The sittings moved (改期) or added (加开) by reports stored before, held on the days
    /// given: what a visitor row of those days belongs to. Nil: the file is read on its own.
    public var stored: (@Sendable (ClosedRange<CivilDate>) -> [SittingChange])?

    /// Creates a reader.
    public init(set: WorkflowSet, limits: IntakeLimits = .standard, stored: (@Sendable (ClosedRange<CivilDate>) -> [SittingChange])? = nil) {
        self.set = set
        self.limits = limits
        self.stored = stored
    }

    /// Reads the file at `path` (through `InputFile.read`: a FIFO or a device is refused
    /// before it is opened, a file over the limit unread). Locations name `path` as given.
    public func read(path: String) -> IntakeReadResult {
        switch InputFile.read(path, maxBytes: limits.maxBytes) {
        case .failure(.tooLarge(let size)):
            return failure(.error(IntakeMessage.tooLarge(["size": .int(size), "limit": .int(limits.maxBytes)]), at: start(path),
                                  hint: IntakeMessage.splitHint()))
        case .failure(let problem):
            return failure(InputFile.diagnostic(for: problem, path: path, limit: limits.maxBytes, flag: "FILE"))
        case .success(let bytes):
            var result = read(bytes: bytes, file: path)
            result.bytes = bytes
            return result
        }
    }

    /// Reads CSV bytes as if from a file called `file` (the name used in locations).
    public func read(bytes: [UInt8], file: String) -> IntakeReadResult {
        if bytes.count > limits.maxBytes {
            return failure(.error(IntakeMessage.tooLarge(["size": .int(bytes.count), "limit": .int(limits.maxBytes)]), at: start(file),
                                  hint: IntakeMessage.splitHint()))
        }
        let text: String, encoding: IntakeEncoding
        switch IntakeEncoding.decode(bytes) {
        case .success(let decoded): (text, encoding) = decoded
        case .failure(let problem): return failure(diagnostic(for: problem, bytes: bytes, file: file))
        }
        let parsed = CSVParser.parse(text, maxRecords: limits.maxRows + 1)
        var diagnostics = Diagnostics()
        for problem in parsed.problems {
            switch problem {
            case let .unterminatedQuote(line, column):
                diagnostics.append(.error(CSVMessage.unterminatedQuote(["place": .message(IntakeMessage.place(column: column))]),
                                          at: SourceLocation(file: file, line: line, column: column), hint: CSVMessage.quoteHint()))
            case let .textAfterQuote(line, column):
                diagnostics.append(.error(CSVMessage.textAfterQuote(["place": .message(IntakeMessage.place(column: column))]),
                                          at: SourceLocation(file: file, line: line, column: column), hint: CSVMessage.quoteHint()))
            }
        }
        if parsed.isTruncated {
            diagnostics.append(.error(IntakeMessage.tooManyRows(["limit": .int(limits.maxRows)]),
                                      at: SourceLocation(file: file, line: parsed.truncatedAtLine, column: 1),
                                      hint: IntakeMessage.splitHint()))
            return IntakeReadResult(rows: [], diagnostics: diagnostics, encoding: encoding, text: text)
        }
        guard let header = parsed.records.first else {
            if diagnostics.isEmpty {
                diagnostics.append(.error(IntakeMessage.emptyFile(), at: start(file), hint: IntakeMessage.emptyFileHint()))
            }
            return IntakeReadResult(rows: [], diagnostics: diagnostics, encoding: encoding, text: text)
        }
        if SessionRowDecoder.isSessionHeader(header) { return readSessions(parsed.records, diagnostics: diagnostics, encoding: encoding, text: text, file: file) }
        var decoder = IntakeRowDecoder(set: set, file: file, stored: stored)
        guard decoder.readHeader(header) else {
            diagnostics.append(contentsOf: decoder.diagnostics)
            return IntakeReadResult(rows: [], diagnostics: diagnostics, encoding: encoding, text: text)
        }
        decoder.noteSittingChanges(parsed.records.dropFirst())
        var rows: [IntakeRow] = []
        var reports: [SittingReport] = []
        rows.reserveCapacity(parsed.records.count - 1)
        // A row of spaces only is as blank as an empty one.
        for record in parsed.records.dropFirst() where !record.cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) {
            switch decoder.decode(record) {
            case .visitor(let row)?: rows.append(row)
            case .report(let report)?: reports.append(report)
            case nil: break
            }
        }
        decoder.finish()
        diagnostics.append(contentsOf: decoder.diagnostics)
        var result = IntakeReadResult(rows: diagnostics.hasErrors ? [] : rows, diagnostics: diagnostics, encoding: encoding, text: text)
        result.reports = diagnostics.hasErrors ? [] : reports
        return result
    }

    /// A sessions sheet: visits and panels that took place.
    private func readSessions(_ records: [CSVRecord], diagnostics: Diagnostics, encoding: IntakeEncoding, text: String, file: String) -> IntakeReadResult {
        var diagnostics = diagnostics
        var decoder = SessionRowDecoder(set: set, file: file)
        var sessions: [SessionReport] = []
        if let header = records.first, decoder.readHeader(header) {
            for record in records.dropFirst() where !record.cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) {
                if let session = decoder.decode(record) { sessions.append(session) }
            }
        }
        diagnostics.append(contentsOf: decoder.diagnostics)
        var result = IntakeReadResult(rows: [], diagnostics: diagnostics, encoding: encoding, text: text)
        result.sessions = diagnostics.hasErrors ? [] : sessions
        return result
    }

    private func start(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    private func failure(_ diagnostic: Diagnostic) -> IntakeReadResult {
        IntakeReadResult(rows: [], diagnostics: Diagnostics([diagnostic]), encoding: nil, text: nil)
    }

    private func diagnostic(for problem: IntakeEncoding.Failure, bytes: [UInt8], file: String) -> Diagnostic {
        switch problem {
        case .utf16: return .error(IntakeMessage.utf16(), at: start(file), hint: IntakeMessage.saveAsHint())
        case .workbook: return .error(IntakeMessage.workbook(), at: start(file), hint: IntakeMessage.saveAsHint())
        case .noGB18030: return .error(IntakeMessage.noGB18030(), at: start(file), hint: IntakeMessage.saveAsHint())
        case let .invalid(offset, encoding):
            let line = bytes.prefix(offset).count { $0 == UInt8(ascii: "\n") } + 1
            let what = offset < bytes.count ? IntakeMessage.byte(["hex": .text(IntakeMessage.hex(bytes[offset]))]) : IntakeMessage.lastCharacter()
            let message = encoding == IntakeEncoding.gb18030.rawValue
                ? IntakeMessage.invalidInEither(["what": .message(what), "offset": .int(offset), "line": .int(line)])
                : IntakeMessage.invalidBytes(["what": .message(what), "offset": .int(offset), "line": .int(line),
                                              "encoding": encoding == IntakeEncoding.utf8WithBOM.rawValue ? .message(IntakeMessage.utf8WithBOM())
                                                                                                          : .text(encoding)])
            return .error(message, at: SourceLocation(file: file, line: line, column: 1), hint: IntakeMessage.saveAsHint())
        }
    }
}
