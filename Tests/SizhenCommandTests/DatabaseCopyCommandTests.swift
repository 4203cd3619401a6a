import Foundation
import SizhenPostgres
import Testing

/// `sizhen db copy` and `--db postgres://…`: an office's data moved between SQLite files and a
/// PostgreSQL database, checked by counts and digests; the same month read from either.
@Suite struct DatabaseCopyCommandTests {
    /// The server the store tests use (`Tests/postgres/start.sh`), if any.
    static let server = ProcessInfo.processInfo.environment["SIZHEN_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-copy-\(UUID().uuidString)\(suffix)").path
    }

    /// A simulated December in a new file.
    func simulated() throws -> String {
        let db = temporary(".db")
        let result = try CommandRunner.run(["simulate", "--month", "2026-12", "--db", db])
        #expect(result.status == 0, "\(result)")
        return db
    }

    @Test func aFileCopiedIntoANewFileReadsTheSameAndIsCheckedTableByTable() throws {
        let source = try simulated(), target = temporary(".db")
        defer { CommandRunner.removeDatabase(source); CommandRunner.removeDatabase(target) }
        let copy = try CommandRunner.run(["db", "copy", "--from", source, "--to", target])
        #expect(copy.status == 0, "\(copy)")
        let lines = copy.standardOutput.split(separator: "\n")
        #expect(lines.count == StoredTableCount.tables + 1, "a line per table, then the total")
        #expect(lines.first?.hasPrefix("meta: ") == true && lines.contains { $0.hasPrefix("facts: ") && !$0.hasPrefix("facts: 0 rows") })
        #expect(lines.last?.hasSuffix("every table's count and digest match") == true)
        for arguments in [["report", "--month", "2026-12"], ["records", "--month", "2026-12", "--format", "csv"]] {
            #expect(try CommandRunner.run(arguments + ["--db", target]).standardOutput == CommandRunner.run(arguments + ["--db", source]).standardOutput)
        }
        // A second copy into the same file is refused, and changes nothing.
        let again = try CommandRunner.run(["db", "copy", "--from", source, "--to", target])
        #expect(again.status == 1 && again.standardError.hasPrefix("--to:1:1: error: \(target) is not empty"), "\(again)")
    }

    @Test func aBadURLIsALocatedErrorWithoutThePassword() throws {
        let result = try CommandRunner.run(["records", "--db", "postgres://ana:s3cret@/x?host=/nonexistent-folder"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("--db:1:1: error: cannot reach the PostgreSQL server of postgres://ana@/x?host=/nonexistent-folder"),
                "\(result)")
        #expect(!result.standardError.contains("s3cret"))
        let environment = try CommandRunner.run(["records"], environment: ["SIZHEN_DB": "postgres://h:0/x"])
        #expect(environment.status == 1 && environment.standardError.contains("the port '0' is not a number"), "SIZHEN_DB stands for --db")
    }

    /// Into PostgreSQL and back: the month reads the same from the file, the server and the file
    /// copied back; `rounds` goes on from there on the server.
    @Test(.enabled(if: server != nil, "SIZHEN_TEST_POSTGRES is not set: start a server with Tests/postgres/start.sh"))
    func aFileCopiedIntoPostgreSQLAndBackReadsTheSame() throws {
        let server = try #require(Self.server)
        let source = try simulated(), back = temporary(".db")
        defer { CommandRunner.removeDatabase(source); CommandRunner.removeDatabase(back) }
        let schema = "copy_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let url = server + (server.contains("?") ? "&" : "?") + "schema=" + schema
        defer { try? PostgresAdmin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE", at: server) }
        let into = try CommandRunner.run(["db", "copy", "--from", source, "--to", url])
        #expect(into.status == 0, "\(into)")
        let out = try CommandRunner.run(["db", "copy", "--from", url, "--to", back])
        #expect(out.status == 0, "\(out)")
        #expect(into.standardOutput.split(separator: "\n").dropLast() == out.standardOutput.split(separator: "\n").dropLast(), "the same counts and digests")
        let report = ["report", "--month", "2026-12"]
        let expected = try CommandRunner.run(report + ["--db", source]).standardOutput
        #expect(try CommandRunner.run(report + ["--db", url]).standardOutput == expected)
        #expect(try CommandRunner.run(report, environment: ["SIZHEN_DB": url]).standardOutput == expected)
        #expect(try CommandRunner.run(report + ["--db", back]).standardOutput == expected)
    }
}

/// How many tables a copy moves (the stores' `StoredTable.all`, said again here so that the
/// command test checks the output against the count rather than the list under test).
enum StoredTableCount {
    /// meta … substitutions, and the web application's accounts.
    static let tables = 18
}
