import Foundation
import SizhenCalendar
import SizhenDiagnostics

/// Loads calendar files from disk: read (within the budget), parse, decode, and collect
/// every diagnostic with its source text.
public struct CalendarLoader: Sendable {
    /// The YAML limits.
    public var budget: YAMLBudget

    /// Creates a loader.
    public init(budget: YAMLBudget = .standard) { self.budget = budget }

    /// Loads the calendar file at `path`. The calendar is nil when there were errors; warnings
    /// may accompany a calendar.
    /// `flag` names the option the path was given to, for an empty one.
    public func load(_ path: String, sources: inout SourceFiles, flag: String? = nil) -> (calendar: WorkdayCalendar?, diagnostics: Diagnostics) {
        let bytes: [UInt8]
        switch sources.read(path, maxBytes: budget.maxBytes, flag: flag) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): return (nil, Diagnostics([diagnostic]))
        }
        return decode(bytes: bytes, file: path)
    }

    /// Decodes calendar text already in memory (tests, the bundled default).
    public func decode(bytes: [UInt8], file: String) -> (calendar: WorkdayCalendar?, diagnostics: Diagnostics) {
        switch YAMLParser(budget: budget).parse(bytes: bytes, file: file) {
        case .failure(let diagnostics):
            return (nil, diagnostics)
        case .success(let root):
            var context = DecodingContext()
            var calendar = CalendarFileDecoder().decode(root, in: &context)
            calendar?.sourceFile = file
            return (context.diagnostics.hasErrors ? nil : calendar, context.diagnostics)
        }
    }

    /// The district calendar of a workflows folder: the single file in `calendars/`. (Once the
    /// district file exists it names its calendar; until then a folder has one.)
    public func districtCalendarPath(inFolder folder: String) -> Result<String, Diagnostic> {
        let directory = folder + "/calendars"
        // The folder's rules (`FolderWalk`): hidden files skipped, a link refused, not followed.
        var names: [String] = []
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        where !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
            let path = directory + "/" + name
            var info = stat()
            if lstat(path, &info) == 0, let problem = InputFile.problem(info), problem != .folder {
                return .failure(InputFile.diagnostic(for: problem, path: path, limit: 0))
            }
            names.append(name)
        }
        switch names.count {
        case 0: return .failure(.error(FileMessage.noCalendar(["folder": .text(folder)]), hint: FileMessage.noCalendarHint()))
        case 1: return .success(directory + "/" + names[0])
        default:
            return .failure(.error(FileMessage.manyCalendars(["folder": .text(folder), "count": .int(names.count), "names": .texts(names)]),
                                   hint: FileMessage.manyCalendarsHint()))
        }
    }
}

/// Finds the workflows folder a command uses: the one given, else `./Workflows`, else the
/// copy bundled with the program.
public enum WorkflowsFolder {
    /// Resolves the folder; an explicit folder that does not exist is an error, not a
    /// silent fall-back.
    public static func resolve(explicit: String?, bundled: String?) -> Result<String, Diagnostic> {
        let files = FileManager.default
        if let explicit {
            if explicit.isEmpty {
                return .failure(.error(FileMessage.emptyPath(["flag": "--workflows"]), at: SourceLocation(file: "--workflows", line: 1, column: 1),
                                       hint: FileMessage.emptyPathHint()))
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: explicit, isDirectory: &isDirectory), isDirectory.boolValue else {
                return .failure(.error(FileMessage.noWorkflows(["path": .text(explicit)]), at: SourceLocation(file: "--workflows", line: 1, column: 1)))
            }
            return .success(explicit)
        }
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: "Workflows", isDirectory: &isDirectory), isDirectory.boolValue {
            return .success("Workflows")
        }
        if let bundled { return .success(bundled) }
        return .failure(.error(FileMessage.noWorkflows(["path": "Workflows"])))
    }
}
