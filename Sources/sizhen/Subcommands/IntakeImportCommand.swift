import ArgumentParser
import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenStore

/// `sizhen intake import FILE.csv`: record what the clinics filled in, all or nothing.
struct IntakeImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an intake CSV: every row checked, then all of it recorded in one transaction, or none.",
        discussion: """
            Every row is checked against the case schema and the month's occurrences first; one
            bad row means nothing is recorded. Each row opens a case at its occurrence and runs
            it through its workflow's steps and escalations (as `rounds` would). Importing the
            same file again adds nothing.
            """
    )

    @Argument(help: ArgumentHelp("The CSV file (UTF-8, UTF-8 with BOM, or GB18030 as Excel saves it).", valueName: "FILE.csv"))
    var file: String

    @Option(help: ArgumentHelp("The database (created when missing).", valueName: "FILE"))
    var db: String = "sizhen.db"

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let set = try Workspace.loadSet(workflows)
        // The reader checks the size before reading, so that a 1 GB file is refused unread.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            Output.report(Diagnostics([.error(isFolder.boolValue ? "\(file) is a folder, not a file" : "no such file: \(file)",
                                              at: SourceLocation(file: file, line: 1, column: 1),
                                              hint: "check the path; relative paths start from the current folder")]),
                          sources: SourceFiles())
            throw ExitCode(1)
        }
        let reader = IntakeReader(set: set)
        let result = reader.read(path: file)
        guard result.isValid else {
            Output.report(result.diagnostics, sources: SourceFiles())
            Output.report(Diagnostics([Diagnostic(.note, "nothing was imported: fix the rows above and import the file again")]), sources: SourceFiles())
            throw ExitCode(1)
        }
        Output.report(result.diagnostics, sources: SourceFiles())
        // Within the limit (the reader checked it), so reading it again for its digest is cheap.
        guard let bytes = FileManager.default.contents(atPath: file), bytes.count <= reader.limits.maxBytes else {
            Output.report(Diagnostics([.error("cannot read \(file)", at: SourceLocation(file: file, line: 1, column: 1))]), sources: SourceFiles())
            throw ExitCode(1)
        }
        let store = try Workspace.openStore(db, for: set)
        let digest = Self.digest(bytes)
        do {
            if try store.wasImported(digest: digest) {
                Output.write("\(file) was imported before; nothing added\n")
                return
            }
            let rows = result.rows
            if let first = rows.map(\.date).min(), let last = rows.map(\.date).max() {
                let runner = RoundsRunner(set: set, store: store, planMonth: MonthPlanning.planner(for: set))
                _ = try runner.storeMonths(from: first, through: last)
            }
            var engine = CaseEngine(set: set, openCases: try store.openCases(), timers: try store.pendingTimers())
            if let first = rows.map(\.date).min(), let last = rows.map(\.date).max() {
                engine.assignments = try store.assignments(from: first, through: last)
            }
            var changes = ChangeSet()
            let inputs = rows.map(CaseInput.init)
            var existing: [String: Bool] = [:]
            for input in inputs { existing[input.caseID] = try store.caseExists(input.caseID) }
            engine.open(inputs, into: &changes, exists: { existing[$0] ?? false })
            changes.imported = (digest, (file as NSString).lastPathComponent, rows.count)
            changes.personal = rows.map { ("\($0.occurrenceID)#\($0.ordinal)", $0.personal, $0.note) }
            guard try store.commit(changes) else {
                Output.write("\(file) was imported before; nothing added\n")
                return
            }
            let opened = changes.cases.values.filter { $0.parentID == nil }.count
            let escalated = changes.events.count { $0.kind == .escalated }
            var warnings = Diagnostics()
            for warning in changes.warnings { warnings.append(.warning(warning)) }
            Output.report(warnings, sources: SourceFiles())
            let skipped = inputs.count { existing[$0.caseID] == true }
            var summary = "imported \(rows.count) row\(rows.count == 1 ? "" : "s") from \(file): \(opened) case\(opened == 1 ? "" : "s") opened, "
                + "\(changes.records.count) record\(changes.records.count == 1 ? "" : "s"), \(escalated) escalation\(escalated == 1 ? "" : "s")"
            if skipped > 0 { summary += ", \(skipped) already recorded" }
            Output.write(summary + "\n")
        } catch let error as CalendarCoverageError {
            Output.report(Diagnostics([error.diagnostic()]), sources: SourceFiles())
            throw ExitCode(1)
        } catch {
            Workspace.fail(error)
        }
    }

    /// FNV-1a (64 bits) of the file's bytes and its length: enough to recognise the same file.
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16) + "-" + String(data.count)
    }
}
