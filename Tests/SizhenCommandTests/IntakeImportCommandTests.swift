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
        #expect(first.standardOutput.contains("imported 8 visitor rows and 0 sitting reports"))
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

    /// Reports of sittings as a whole: held with its attendance, not held with a reason, held
    /// by a substitute; the event's record comes from its report, and the coverage counts them.
    @Test func reportRowsMarkSittingsAndAnEventsRecordComesFromItsReport() throws {
        let db = temporary(".db"), sheet = temporary(".csv")
        defer { remove(db); try? FileManager.default.removeItem(atPath: sheet) }
        try Data("\u{FEFF}日期,工作流,诊室,情况,原因,接待人员,人数\n2026-12-04,助诊,烟雨社区,举办,,,45\n2026-12-09,接诊,东路社区,未举办,律师病假,,\n2026-12-09,接诊,烟雨社区,替班,律师出庭,L001,\n".utf8)
            .write(to: URL(fileURLWithPath: sheet))
        let imported = try CommandRunner.run(["intake", "import", sheet, "--db", db])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.standardOutput.contains("0 visitor rows and 3 sitting reports") && imported.standardOutput.contains("3 new"))
        let records = try CommandRunner.run(["records", "--db", db, "--format", "csv"])
        #expect(records.standardOutput.contains("zhuzhen/haitangxi-yanyu/2026-12-04/1#event"), "the event reported held has its 法治宣传 record")
        #expect(records.standardOutput.split(separator: "\r\n").count == 2, "one record: the sittings themselves write none")
        let report = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--section", "coverage", "--format", "json"])
        #expect(report.standardOutput.contains(#""workflow":"jiezhen","name":"接诊","sites":31,"covered":0,"due":62,"held":1,"reported":2"#), "\(report.standardOutput.prefix(400))")
        let notHeld = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--section", "coverage"])
        #expect(notHeld.standardOutput.contains("律师病假"), "the reason a sitting was not held is in the report")
        // Run later, the sittings nobody reported are no longer awaited.
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-31", "--db", db]).status == 0)
        let late = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--section", "coverage", "--format", "json"])
        #expect(late.standardOutput.contains(#""reported":2,"not_reported":60"#), "\(late.standardOutput.prefix(400))")
    }

    @Test func aMovedAndAnExtraSittingAreHeldOnTheirDaysOnTheRunSheetAndInCoverage() throws {
        let db = temporary(".db")
        defer { remove(db) }
        let imported = try CommandRunner.run(["intake", "import", "docs/examples/moved-2026-12.csv", "--db", db])
        #expect(imported.status == 0, "\(imported)")
        let planned = try CommandRunner.run(["rounds", "--date", "2026-12-09", "--db", db])
        #expect(planned.standardOutput.contains("moved to 2026-12-11 (改期)"), "\(planned.standardOutput)")
        let moved = try CommandRunner.run(["rounds", "--date", "2026-12-11", "--db", db, "--lang", "zh"])
        #expect(moved.standardOutput.contains("改期，原定 2026-12-09"), "\(moved.standardOutput)")
        let extra = try CommandRunner.run(["rounds", "--date", "2026-12-12", "--db", db])
        #expect(extra.standardOutput.contains("held besides the plan (加开)") && extra.standardOutput.contains("曹文敏"), "\(extra.standardOutput)")
        let report = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--section", "coverage", "--format", "json"])
        #expect(report.standardOutput.contains(#""workflow":"jiezhen","name":"接诊","sites":31,"covered":0,"due":62,"held":2,"reported":2"#),
                "an extra sitting is held and covers its clinic, but is not one more due: \(report.standardOutput.prefix(400))")
    }

    /// `intake void`: a case withdrawn with what it caused; the same void again adds nothing;
    /// an unknown case, a case an escalation opened and an empty reason are located errors.
    @Test func aVoidWithdrawsACaseAndRefusesWhatItCannotVoid() throws {
        let db = temporary(".db")
        defer { remove(db) }
        #expect(try CommandRunner.run(["intake", "import", Self.example.path, "--db", db]).status == 0)
        let major = "jiezhen/nanping-donglu/2026-12-23/1#1"
        #expect(try CommandRunner.run(["explain", major + ">major", "--db", db]).status == 0, "a 会诊 case the dispute's escalation opened")
        let escalated = try CommandRunner.run(["intake", "void", major + ">major", "--reason", "错", "--db", db])
        #expect(escalated.status == 1 && escalated.standardError.hasPrefix("CASE_ID:1:1: error: case '\(major)>major' was opened by escalation"), "\(escalated)")
        let unknown = try CommandRunner.run(["intake", "void", "jiezhen/nanping-donglu/2026-12-23/1#7", "--reason", "错", "--db", db])
        #expect(unknown.status == 1 && unknown.standardError.contains("did you mean '\(major)'"), "\(unknown)")
        let empty = try CommandRunner.run(["intake", "void", major, "--reason", "  ", "--db", db])
        #expect(empty.status == 1 && empty.standardError.hasPrefix("--reason:1:1: error: --reason is empty"), "\(empty)")
        let voided = try CommandRunner.run(["intake", "void", major, "--reason", "重复登记", "--db", db])
        #expect(voided.status == 0 && voided.standardOutput == "voided \(major); derived 2026-12-23 to 2026-12-23 again\n", "\(voided)")
        let records = try CommandRunner.run(["records", "--db", db, "--format", "csv"]).standardOutput
        #expect(!records.contains(major), "its records go")
        #expect(try CommandRunner.run(["explain", major + ">major", "--db", db]).status == 1, "and the 会诊 it caused")
        let again = try CommandRunner.run(["intake", "void", major, "--reason", "重复登记", "--db", db])
        #expect(again.standardOutput == "\(major) was voided before; nothing added\n")
        let story = try CommandRunner.run(["explain", major, "--db", db])
        #expect(story.status == 1, "a voided case has no story: \(story)")
    }

    /// The next run sheet says what was reported since the last one, once.
    @Test func theNextRunSheetTellsWhatArrivedSinceTheLast() throws {
        let db = temporary(".db")
        defer { remove(db) }
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-01", "--db", db]).standardOutput.contains("Reported since") == false)
        #expect(try CommandRunner.run(["intake", "import", Self.example.path, "--db", db]).status == 0)
        #expect(try CommandRunner.run(["intake", "void", "jiezhen/haitangxi-yanyu/2026-12-09/1#1", "--reason", "重复", "--db", db]).status == 0)
        let next = try CommandRunner.run(["rounds", "--date", "2026-12-02", "--db", db]).standardOutput
        #expect(next.contains("""
            Reported since the last run sheet (each derived from its day on)
              intake-2026-12.csv: 8 visitor rows about 2026-12-01…2026-12-23
              intake void: 1 void about 2026-12-09
            """), "\(next)")
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-02", "--db", db]).standardOutput.contains("Reported since") == false, "told once")
    }
}
