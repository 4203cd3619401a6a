import Foundation
import GRDB
import Testing

/// `--db` naming a file a command must not write, through the `sizhen` executable: each
/// command ends with status 1 and a message saying why, and leaves the file byte for byte as
/// it was, with nothing made beside it.
@Suite struct DatabaseSafetyCommandTests {
    static let intakeSheet = "docs/examples/intake-2026-12.csv"

    /// Every command that takes `--db`, with its other arguments.
    static let commands: [[String]] = [
        ["simulate", "--month", "2026-12"],
        ["rounds", "--date", "2026-12-01"],
        ["intake", "import", intakeSheet],
        ["plan", "--month", "2026-12"],
        ["records"],
        ["report", "--month", "2026-12"],
        ["explain", "jiezhen/haitangxi-yanyu/2026-12-09/1#1"],
    ]

    /// A new empty folder, removed by `body`'s end.
    func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-db-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// The names and bytes of a folder's regular files, and the names of the rest.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
            files[name] = type == .typeRegular ? try Data(contentsOf: URL(fileURLWithPath: path)) : Data()
        }
        return files
    }

    /// Runs `command` with `--db path` and checks it fails saying `expected`, changing nothing
    /// in `folder`.
    func expectRefusal(_ command: [String], db path: String, in folder: URL, saying expected: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let before = try snapshot(folder)
        let result = try CommandRunner.run(command + ["--db", path])
        #expect(result.status == 1, "\(command): \(result)", sourceLocation: sourceLocation)
        #expect(result.standardError.contains(expected), "\(command): \(result)", sourceLocation: sourceLocation)
        #expect(try snapshot(folder) == before, "\(command) changed or added files", sourceLocation: sourceLocation)
    }

    @Test(arguments: commands)
    func anotherProgramsSQLiteDatabaseIsLeftByteForByte(command: [String]) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("accounts.db").path
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT); INSERT INTO accounts (owner) VALUES ('keep')") }
            try queue.close()
            try expectRefusal(command, db: path, in: folder, saying: "is another program's SQLite database (tables: accounts), not a Sizhen database")
        }
    }

    @Test func simulateRefusesTheRealMonthsDatabaseAndKeepsIt() throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("sizhen.db").path
            #expect(try CommandRunner.run(["intake", "import", Self.intakeSheet, "--db", path]).status == 0)
            let records = try CommandRunner.run(["records", "--db", path, "--format", "csv"])
            try expectRefusal(["simulate", "--month", "2026-12"], db: path, in: folder, saying: "holds real records, not a simulation")
            #expect(try CommandRunner.run(["records", "--db", path, "--format", "csv"]).standardOutput == records.standardOutput)
        }
    }

    @Test(arguments: [["rounds", "--date", "2026-12-01"], ["intake", "import", intakeSheet], ["plan", "--month", "2026-12"]])
    func aRealCommandRefusesASimulationsDatabase(command: [String]) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("simulation.db").path
            #expect(try CommandRunner.run(["simulate", "--month", "2026-10", "--db", path]).status == 0)
            try expectRefusal(command, db: path, in: folder, saying: "is a simulation's database; real records")
        }
    }

    @Test(arguments: commands)
    func aNewerVersionsDatabaseIsRefusedNamingItsMigration(command: [String]) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("newer.db").path
            let made = command[0] == "simulate" ? ["simulate", "--month", "2026-10"] : ["rounds", "--date", "2026-12-01"]
            #expect(try CommandRunner.run(made + ["--db", path]).status == 0)
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v6-from-a-newer-sizhen')") }
            try queue.close()
            try expectRefusal(command, db: path, in: folder,
                              saying: "was written by a newer version of sizhen: it has migration 'v6-from-a-newer-sizhen'")
        }
    }

    @Test(arguments: commands)
    func whatIsNotAFileIsRefusedLeavingNothingBesideIt(command: [String]) throws {
        try inFolder { folder in
            let pipe = folder.appendingPathComponent("pipe").path
            #expect(mkfifo(pipe, 0o600) == 0)
            let subfolder = folder.appendingPathComponent("folder").path
            try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: false)
            try expectRefusal(command, db: "/dev/null", in: folder, saying: "/dev/null is a device, not a file")
            #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal") && !FileManager.default.fileExists(atPath: "/dev/null-wal"))
            try expectRefusal(command, db: pipe, in: folder, saying: "is a named pipe, not a file")
            try expectRefusal(command, db: subfolder, in: folder, saying: "is a folder, not a file")
            try expectRefusal(command, db: "", in: folder, saying: "the database's file name is empty")
        }
    }

    @Test(arguments: [["records"], ["report", "--month", "2026-12"], ["explain", "x#1"]])
    func aReadingCommandCreatesNoDatabase(command: [String]) throws {
        try inFolder { folder in
            try expectRefusal(command, db: folder.appendingPathComponent("missing.db").path, in: folder, saying: "no database at")
            #expect(try snapshot(folder).isEmpty)
        }
    }
}
