import Foundation
import Testing

/// `sizhen intake import`: all or nothing, idempotent, into a real database.
@Suite struct IntakeImportCommandTests {
    static let example = CommandRunner.repository.appendingPathComponent("docs/examples/intake-2026-12.csv")

    func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-intake-\(UInt32.random(in: 0...UInt32.max))\(suffix)").path
    }

    func remove(_ path: String) {
        CommandRunner.removeDatabase(path)
    }

    @Test func theExampleImportsOnceAndTwiceAddsNothing() throws {
        let db = temporary(".db")
        defer { remove(db) }
        let first = try CommandRunner.run(["intake", "import", Self.example.path, "--db", db])
        #expect(first.status == 0, "\(first)")
        #expect(first.standardOutput.contains("imported 8 rows"))
        let records = try CommandRunner.run(["records", "--db", db, "--format", "csv"])
        let again = try CommandRunner.run(["intake", "import", Self.example.path, "--db", db])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("was imported before; nothing added"))
        #expect(try CommandRunner.run(["records", "--db", db, "--format", "csv"]).standardOutput == records.standardOutput)
        #expect(!records.standardOutput.contains("13800"), "no phone numbers in exports")
        let personal = try CommandRunner.run(["records", "--db", db, "--format", "csv", "--include-personal"])
        #expect(personal.standardOutput.hasPrefix("\u{FEFF}id,type,workflow,occurrence,site,street,date,staff,case,outcome,subsidy_yuan,subsidy_tier,name,phone,id_number\r\n"))
        #expect(personal.standardOutput.contains(",李某,13800000000,"), "only with --include-personal")
    }

    @Test func oneBadRowChangesNothing() throws {
        let db = temporary(".db")
        let csv = temporary(".csv")
        defer { remove(db); try? FileManager.default.removeItem(atPath: csv) }
        // The file ends its lines with CRLF, which Swift reads as one character.
        var lines = try String(contentsOf: Self.example, encoding: .utf8).components(separatedBy: "\r\n")
        // Break the last data row's date.
        let last = try #require(lines.lastIndex { $0.hasPrefix("2026-") })
        lines[last] = "2026-02-30" + lines[last].dropFirst(10)
        try lines.joined(separator: "\r\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["intake", "import", csv, "--db", db])
        #expect(result.status == 1, "\(result)")
        // One row above holds a line break inside a quoted cell, so the row is on physical line last + 2.
        #expect(result.standardError.contains("\(csv):\(last + 2):1: error: column 1 (日期): '2026-02-30' is not a date"), "\(result.standardError)")
        #expect(result.standardError.contains("nothing was imported"))
        let records = try CommandRunner.run(["records", "--db", db, "--format", "json"])
        #expect(records.standardOutput == "[]\n" || records.status == 1, "\(records)")
    }

    @Test func aMissingFileIsAClearError() throws {
        let result = try CommandRunner.run(["intake", "import", "/nonexistent.csv", "--db", temporary(".db")])
        #expect(result.status == 1)
        #expect(result.standardError.contains("no such file: /nonexistent.csv"))
    }
}
