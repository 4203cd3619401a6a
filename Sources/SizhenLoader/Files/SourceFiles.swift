import Foundation
import SizhenDiagnostics

/// The files a command has read, by the path used in locations, so that diagnostics can
/// show the offending line. Also the one place that reads files from disk.
public struct SourceFiles: Sendable {
    private var texts: [String: String] = [:]

    /// An empty set.
    public init() {}

    /// Reads `path` (at most `maxBytes`), remembering its text for diagnostics. Errors (no such
    /// file, a folder, unreadable, too large) come back as a diagnostic naming the path.
    public mutating func read(_ path: String, maxBytes: Int) -> Result<[UInt8], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error(FileMessages.noSuchFile(path), at: SourceLocation(file: path, line: 1, column: 1), hint: FileMessages.noSuchFileHint))
        }
        if isDirectory.boolValue {
            return .failure(.error(FileMessages.isFolder(path), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            return .failure(.error(FileMessages.tooLarge(path, size: size, limit: maxBytes),
                                   at: SourceLocation(file: path, line: 1, column: 1), hint: FileMessages.tooLargeHint))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.error(FileMessages.unreadable(path), at: SourceLocation(file: path, line: 1, column: 1), hint: FileMessages.unreadableHint))
        }
        defer { try? handle.close() }
        // Read one byte past the limit, so that a file that grew since the size check is caught.
        let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
        if data.count > maxBytes {
            return .failure(.error(FileMessages.tooLarge(path, size: data.count, limit: maxBytes),
                                   at: SourceLocation(file: path, line: 1, column: 1), hint: FileMessages.tooLargeHint))
        }
        let bytes = [UInt8](data)
        texts[path] = String(decoding: bytes, as: UTF8.self)
        return .success(bytes)
    }

    /// Remembers text that did not come from a file (a rule given on the command line).
    public mutating func remember(_ text: String, as name: String) {
        texts[name] = text
    }

    /// Adds the texts another set has read.
    public mutating func merge(_ other: SourceFiles) {
        texts.merge(other.texts) { _, theirs in theirs }
    }

    /// The text of a file read before, for `DiagnosticRenderer`.
    public func text(of path: String) -> String? { texts[path] }

    /// A lookup closure for `DiagnosticRenderer`.
    public var lookup: DiagnosticRenderer.SourceLookup {
        let texts = self.texts
        return { texts[$0] }
    }
}

enum FileMessages {
    static func noSuchFile(_ path: String) -> String { "no such file: \(path)" }
    static let noSuchFileHint = "check the path; relative paths start from the current folder"
    static func isFolder(_ path: String) -> String { "\(path) is a folder, not a file" }
    static func tooLarge(_ path: String, size: Int, limit: Int) -> String {
        "\(path) is \(size) bytes, larger than the limit of \(limit) bytes"
    }
    static let tooLargeHint = "split the file (a district may be spread over one file per street), or raise the limit with --max-file-size"
    static func unreadable(_ path: String) -> String { "cannot read \(path)" }
    static let unreadableHint = "check the file's permissions"
    static func noCalendar(_ folder: String) -> String { "no calendar file in \(folder)/calendars" }
    static let noCalendarHint = "add a `kind: calendar` file such as calendars/cn.yaml, or pass --calendar FILE"
    static func manyCalendars(_ folder: String, _ names: [String]) -> String {
        "\(folder)/calendars holds \(names.count) calendar files (\(names.joined(separator: ", "))); which one is the district's is not known yet"
    }
    static let manyCalendarsHint = "pass --calendar FILE to choose one"
    static func noWorkflows(_ path: String) -> String { "workflows folder \(path) does not exist" }
}
