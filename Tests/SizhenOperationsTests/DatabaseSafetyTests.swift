import Foundation
import GRDB
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
@testable import SizhenStore
import Testing

/// Every command that takes `--db`, on files it must not write: another program's SQLite
/// database, a database of the other purpose or of a newer version, what is not a file, a
/// missing file for a command that only reads. Each is refused with its code and left byte
/// for byte as it was, with nothing made beside it.
@Suite struct DatabaseSafetyTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let workflows = repository.appendingPathComponent("Workflows").path
    static let intakeSheet = repository.appendingPathComponent("docs/examples/intake-2026-12.csv").path

    /// The commands that take `--db`, as operations.
    enum Command: String, CaseIterable, CustomStringConvertible {
        case simulate, rounds, intakeImport, plan, records, report, explain

        var description: String { rawValue }

        /// Whether the command only reads the database.
        var isReading: Bool { [.records, .report, .explain].contains(self) }

        /// The codes of the errors it reports on `path`.
        func errors(on path: String) -> [String] {
            let workspace = Workspace(workflowsFolder: DatabaseSafetyTests.workflows, database: path)
            let diagnostics: Diagnostics = switch self {
            case .simulate: SimulateOperation(workspace: workspace, month: "2026-12").run().diagnostics
            case .rounds: RoundsOperation(workspace: workspace, date: "2026-12-01").run().diagnostics
            case .intakeImport: IntakeImportOperation(workspace: workspace, file: DatabaseSafetyTests.intakeSheet).run().diagnostics
            case .plan: PlanOperation(workspace: workspace, month: "2026-12").run().diagnostics
            case .records: RecordsOperation(workspace: workspace).run().diagnostics
            case .report: ReportOperation(workspace: workspace, month: "2026-12").run().diagnostics
            case .explain: ExplainOperation(workspace: workspace, caseID: "jiezhen/haitangxi-yanyu/2026-12-09/1#1").run().diagnostics
            }
            return diagnostics.items.filter(\.isError).map(\.message.code)
        }
    }

    static let writing = Command.allCases.filter { !$0.isReading }
    static let real = writing.filter { $0 != .simulate }

    /// A new empty folder, removed by `body`'s end.
    func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// Runs `command` on `path` and checks it fails with `code` leaving the folder's files as
    /// they were.
    func expectRefusal(_ command: Command, on path: String, in folder: URL, code: StoreMessage,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let files = try snapshot(folder)
        let errors = command.errors(on: path)
        #expect(errors == [code.rawValue], "\(command): \(errors)", sourceLocation: sourceLocation)
        #expect(try snapshot(folder) == files, "\(command) changed or added files", sourceLocation: sourceLocation)
    }

    /// Every file of the folder with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            files[name] = isFolder.boolValue || name.hasSuffix("pipe") ? Data() : try Data(contentsOf: url)
        }
        return files
    }

    func anotherProgramsDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT); INSERT INTO accounts (owner) VALUES ('keep')") }
        try queue.close()
    }

    @Test(arguments: Command.allCases)
    func anotherProgramsDatabaseIsLeftByteForByte(command: Command) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("accounts.db").path
            try anotherProgramsDatabase(at: path)
            try expectRefusal(command, on: path, in: folder, code: .foreign)
        }
    }

    @Test func aRealDatabaseIsRefusedBySimulateAndKept() throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("sizhen.db").path
            #expect(Command.rounds.errors(on: path).isEmpty)
            #expect(Command.intakeImport.errors(on: path).isEmpty)
            try expectRefusal(.simulate, on: path, in: folder, code: .holdsRealRecords)
            let store = try SQLiteStore(path: path, access: .reading)
            #expect(try store.purpose() == .real && store.records(RecordFilter()).count == 13, "the intake's records are kept")
        }
    }

    @Test(arguments: real)
    func aSimulationsDatabaseIsRefusedByEveryRealCommand(command: Command) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("simulation.db").path
            try SQLiteStore(path: path, access: .writing(.simulation)).startSimulation()
            try expectRefusal(command, on: path, in: folder, code: .holdsSimulation)
        }
    }

    @Test(arguments: Command.allCases)
    func aNewerVersionsDatabaseIsRefusedNamingItsMigration(command: Command) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("newer.db").path
            _ = try SQLiteStore(path: path, access: .writing(command == .simulate ? .simulation : .real))
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v6-from-a-newer-sizhen')") }
            try queue.close()
            try expectRefusal(command, on: path, in: folder, code: .newerVersion)
            let workspace = Workspace(workflowsFolder: Self.workflows, database: path)
            let message = RecordsOperation(workspace: workspace).run().diagnostics.items.first?.message
            #expect(message?.text("migration") == "v6-from-a-newer-sizhen")
        }
    }

    @Test(arguments: Command.allCases, ["device", "folder", "pipe"])
    func whatIsNotAFileIsRefusedBeforeSQLiteTouchesIt(command: Command, kind: String) throws {
        try inFolder { folder in
            var path = folder.appendingPathComponent("a-\(kind)").path
            switch kind {
            case "device": path = "/dev/null"
            case "folder": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            default: #expect(mkfifo(path, 0o600) == 0)
            }
            try expectRefusal(command, on: path, in: folder, code: .notAFile)
            #expect(!FileManager.default.fileExists(atPath: path + "-journal") && !FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    @Test(arguments: Command.allCases)
    func anEmptyPathIsRefused(command: Command) {
        #expect(command.errors(on: "") == [StoreMessage.emptyPath.rawValue])
    }

    @Test(arguments: Command.allCases.filter(\.isReading))
    func aCommandThatOnlyReadsCreatesNothing(command: Command) throws {
        try inFolder { folder in
            let errors = command.errors(on: folder.appendingPathComponent("missing.db").path)
            #expect(errors == [OperationMessage.noDatabase.rawValue])
            let files = try snapshot(folder)
            #expect(files.isEmpty)
        }
    }

    @Test(arguments: Command.allCases.filter(\.isReading))
    func aCommandThatOnlyReadsDoesNotUpgradeAnEarlierVersionsDatabase(command: Command) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("older.db").path
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v4-day-ordered")
            try queue.close()
            try expectRefusal(command, on: path, in: folder, code: .olderVersion)
        }
    }
}
