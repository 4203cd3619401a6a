import Foundation
import Testing

/// `sizhen schedule --month` on the shipped district.
@Suite struct ScheduleMonthCommandTests {
    @Test func oneClinicInOctoberMatchesItsSnapshots() throws {
        for format in ["table", "json", "ics"] {
            let result = try CommandRunner.run(["schedule", "--month", "2026-10", "--site", "haitangxi-yanyu", "--format", format])
            #expect(result.status == 0, "\(result)")
            #expect(result.standardError.isEmpty, "\(result)")
            try Snapshot.check(result.standardOutput, named: "schedule-month-2026-10-yanyu.\(format).txt")
        }
    }

    @Test func decemberHoldsEveryClinicTwiceAndEveryCommunityOnce() throws {
        let result = try CommandRunner.run(["schedule", "--month", "2026-12", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: String]])
        let sittings = items.filter { $0["workflow"] == "jiezhen" }
        #expect(sittings.count == 62, "31 clinics × 2")
        #expect(Set(sittings.map { $0["site"] }).count == 31)
        #expect(items.filter { $0["workflow"] == "xunzhen" }.count == 138)
        #expect(items.filter { $0["workflow"] == "zhuzhen" }.allSatisfy { $0["date"] == "2026-12-04" }, "国家宪法日")
        #expect(items.allSatisfy { $0["start"]!.hasSuffix("+08:00") && Set($0.keys).isSubset(of: ["workflow", "site", "date", "start", "end", "moved_from", "reason"]) })
    }

    @Test func aScheduleStartingMidMonthHoldsNothingBeforeItsFrom() throws {
        // 接诊 on the 2nd and 4th Wednesday, from 2026-12-10: December's 2nd Wednesday (the 9th)
        // is before the rule begins, the 4th (the 23rd) is held; November has none at all.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-from-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Workflows"), to: folder)
        let file = folder.appendingPathComponent("workflows/jiezhen.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  on_holiday: next_workday\n", with: "  on_holiday: next_workday\n  from: 2026-12-10\n")
            .write(to: file, atomically: true, encoding: .utf8)
        func dates(_ month: String) throws -> Set<String> {
            let result = try CommandRunner.run(["schedule", "--month", month, "--workflow", "jiezhen", "--format", "json", "--workflows", folder.path])
            #expect(result.status == 0, "\(result)")
            let items = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: String]])
            return Set(items.compactMap { $0["date"] })
        }
        #expect(try dates("2026-12") == ["2026-12-23"])
        #expect(try dates("2026-11").isEmpty)
        let plan = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "json", "--workflows", folder.path])
        #expect(plan.status == 0, "\(plan)")
        let planned = try #require(try JSONSerialization.jsonObject(with: Data(plan.standardOutput.utf8)) as? [String: Any])
        let sittings = (planned["assignments"] as? [[String: Any]] ?? []).filter { $0["workflow"] as? String == "jiezhen" }
        #expect(!sittings.isEmpty)
        #expect(sittings.allSatisfy { $0["date"] as? String == "2026-12-23" }, "no sitting planned before the rule begins")
    }

    @Test func namesWithEscapeSequencesAreShownInertInEveryTable() throws {
        // A community's name and a workflow's name written with escape sequences, a C1 control
        // and a bidirectional override: the tables show them as \u{…}, never send them.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-escapes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Workflows"), to: folder)
        for (file, name, hostile) in [("district/haitangxi.yaml", "name: 烟雨社区", #"name: "烟雨社区\e]0;owned\a\e[2J""#),
                                      ("workflows/jiezhen.yaml", "name: 接诊", #"name: "接诊\x9b31m\u202E""#)] {
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(name))
            try text.replacingOccurrences(of: name, with: hostile).write(to: url, atomically: true, encoding: .utf8)
        }
        for arguments in [["schedule", "--month", "2026-12"], ["plan", "--month", "2026-12"], ["plan", "--month", "2026-12", "--explain"]] {
            let result = try CommandRunner.run(arguments + ["--workflows", folder.path])
            #expect(result.status == 0, "\(result)")
            let output = result.standardOutput + result.standardError
            #expect(!output.unicodeScalars.contains { $0 != "\n" && QuotedTextScalars.actsOnATerminal($0) }, "\(arguments)")
            #expect(output.contains(#"烟雨社区\u{1b}]0;owned\u{7}\u{1b}[2J"#), "\(arguments)")
            #expect(output.contains(#"接诊\u{9b}31m\u{202e}"#), "\(arguments)")
        }
    }

    @Test func theICSFileIsWellFormedForPhones() throws {
        let result = try CommandRunner.run(["schedule", "--month", "2026-12", "--workflow", "jiezhen", "--format", "ics"])
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare newlines")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 62)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == 62, "stable, unique UIDs")
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20261209T090000"))
        #expect(text.contains("SUMMARY:接诊 · "))
    }

    @Test(arguments: [
        (["--month", "2026-13"], "--month:1:1: error: '2026-13' is not a valid month for --month"),
        (["--month", "2027-01"], "error: year 2027 is not covered by calendar 'cn'"),
        (["--month", "2026-12", "--workflow", "jiezen"], "error: unknown workflow 'jiezen'; did you mean 'jiezhen'?"),
        (["--month", "2026-12", "--site", "nowhere"], "error: unknown site 'nowhere'"),
        (["--month", "2026-12", "--workflows", "/nonexistent"], "error: workflows folder /nonexistent does not exist"),
    ])
    func badInputEndsWithStatusOne(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(["schedule"] + arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(expected), "\(result)")
    }

    @Test(arguments: [
        ["--month", "2026-12", "--rrule", "FREQ=DAILY"],
        ["--month", "2026-12", "--from", "2026-12-01"],
        ["--rrule", "FREQ=DAILY", "--from", "2026-12-01", "--count", "1", "--format", "ics"],
        [String](),
    ])
    func mixingTheTwoFormsIsAUsageError(arguments: [String]) throws {
        let result = try CommandRunner.run(["schedule"] + arguments)
        #expect(result.status == 2, "\(result)")
    }
}
