import Foundation
import Testing

/// Two commands on one database at once: nothing corrupted, nothing recorded twice, and
/// each ends cleanly (the second waits for the first's transactions).
@Suite struct ConcurrencyTests {
    func temporary() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-concurrent-\(UInt32.random(in: 0...UInt32.max)).db").path
    }

    func remove(_ path: String) {
        CommandRunner.removeDatabase(path)
    }

    /// Runs two commands at the same moment.
    func together(_ first: [String], _ second: [String]) async throws -> (CommandRunner.Result, CommandRunner.Result) {
        async let a = Task.detached { try CommandRunner.run(first) }.value
        async let b = Task.detached { try CommandRunner.run(second) }.value
        return try await (a, b)
    }

    @Test func twoRoundsOnOneDatabaseRecordEachDayOnce() async throws {
        let db = temporary()
        defer { remove(db) }
        let (a, b) = try await together(["rounds", "--date", "2026-12-31", "--db", db], ["rounds", "--date", "2026-12-31", "--db", db])
        for result in [a, b] {
            #expect(result.status == 0, "writes queue up and wait for each other: \(result)")
        }
        let alone = temporary()
        defer { remove(alone) }
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-31", "--db", alone]).status == 0)
        // The same records and the same number of events as one command alone: nothing twice.
        for format in ["csv"] {
            let together = try CommandRunner.run(["records", "--db", db, "--format", format])
            let single = try CommandRunner.run(["records", "--db", alone, "--format", format])
            #expect(together.standardOutput == single.standardOutput)
        }
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-31", "--db", db]).standardOutput
                == CommandRunner.run(["rounds", "--date", "2026-12-31", "--db", alone]).standardOutput)
    }

    @Test func twoImportsOfOneFileRecordItOnce() async throws {
        let db = temporary()
        defer { remove(db) }
        let file = CommandRunner.repository.appendingPathComponent("docs/examples/intake-2026-12.csv").path
        let (a, b) = try await together(["intake", "import", file, "--db", db], ["intake", "import", file, "--db", db])
        let outputs = [a, b].map(\.standardOutput)
        #expect(a.status == 0 && b.status == 0, "\(a)\n\(b)")
        #expect(outputs.filter { $0.contains("imported 8 visitor rows") }.count == 1, "\(outputs)")
        #expect(outputs.filter { $0.contains("nothing added") }.count == 1, "\(outputs)")
        let records = try CommandRunner.run(["records", "--db", db, "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(records.standardOutput.utf8)) as? [[String: Any]])
        #expect(list.count == 13, "the sheet's 8 visitors' records; a need found on a round writes no 入户走访 of its own (the round's report counts households)")
    }

    /// A simulation and the real month's commands started at once on one new database: the
    /// database takes the purpose of whichever creates it, the commands of that purpose keep
    /// their work, the others are refused saying why, and nothing is removed.
    @Test func aSimulationAndTheRealMonthAtOnceOnOneNewDatabase() async throws {
        let file = CommandRunner.repository.appendingPathComponent("docs/examples/intake-2026-12.csv").path
        for _ in 0..<3 {
            let db = temporary()
            defer { remove(db) }
            async let simulate = Task.detached { try CommandRunner.run(["simulate", "--month", "2026-10", "--db", db]) }.value
            async let rounds = Task.detached { try CommandRunner.run(["rounds", "--date", "2026-12-03", "--db", db]) }.value
            async let intake = Task.detached { try CommandRunner.run(["intake", "import", file, "--db", db]) }.value
            let (s, r, i) = try await (simulate, rounds, intake)
            let records = try CommandRunner.run(["records", "--db", db, "--format", "json"])
            let list = try #require(try JSONSerialization.jsonObject(with: Data(records.standardOutput.utf8)) as? [[String: Any]])
            if s.status == 0 {
                #expect(r.status == 1 && r.standardError.contains("is a simulation's database"), "\(r)")
                #expect(i.status == 1 && i.standardError.contains("is a simulation's database"), "\(i)")
                #expect(list.allSatisfy { ($0["date"] as? String)?.hasPrefix("2026-10") == true }, "the simulation's month alone")
            } else {
                #expect(s.status == 1 && s.standardError.contains("holds real records, not a simulation"), "\(s)")
                #expect(r.status == 0 && i.status == 0, "\(r)\n\(i)")
                #expect(list.count >= 12, "the intake's records are there")
            }
        }
    }

    @Test func databaseFilesAreReadableByTheirOwnerOnly() throws {
        let db = temporary()
        defer { remove(db) }
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-01", "--db", db]).status == 0)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: db + suffix) {
            let mode = try FileManager.default.attributesOfItem(atPath: db + suffix)[.posixPermissions] as? Int
            #expect(mode.map { $0 & 0o077 } == 0, "\(db + suffix) is \(String(mode ?? 0, radix: 8))")
        }
    }
}
