import Foundation
import Testing

/// The iCalendar files `plan --format ics` writes, read by a real parser: the `icalendar`
/// package from PyPI (Tests/ics/check-ics.py), as a calendar program would read them.
@Suite struct ICSValidationTests {
    static func check(_ text: String, named name: String) throws -> CommandRunner.Result {
        let path = RosterCommandTests.temporary(name) + ".ics"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try CommandRunner.script("Tests/ics/check-ics.py", [path], python: true)
    }

    @Test func theDistrictsPlanIsValid() throws {
        let ics = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "ics"])
        #expect(ics.status == 0)
        let check = try Self.check(ics.standardOutput, named: "district")
        #expect(check.status == 0, "\(check)")
        let seats = ics.standardOutput.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(check.standardOutput.contains(": \(seats) events (0 all day), \(seats) alarms, 1 time zones"), "\(check)")
    }

    /// One person's month with a home visit (all day) and its reminders, from a drafted year too.
    @Test func onePersonsMonthWithSessionsIsValid() throws {
        let db = try CommandRunner.decemberDatabase()
        defer { CommandRunner.removeDatabase(db) }
        let ics = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "谢海莉", "--db", db, "--format", "ics", "--lang", "zh"])
        #expect(ics.status == 0, "\(ics)")
        let check = try Self.check(ics.standardOutput, named: "person")
        #expect(check.status == 0, "\(check)")
        #expect(check.standardOutput.contains("(1 all day)"), "the home visit: \(check)")

        let folder = RosterCommandTests.temporary("draft-ics")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try CommandRunner.run(["init", folder]).status == 0)
        #expect(try CommandRunner.run(["calendar", "draft", "--year", "2027", "--workflows", folder]).status == 0)
        let drafted = try CommandRunner.run(["plan", "--month", "2027-01", "--street", "haitangxi", "--format", "ics", "--workflows", folder])
        #expect(drafted.status == 0, "\(drafted)")
        #expect(drafted.standardOutput.contains("SUMMARY:（暂定）"))
        let draftedCheck = try Self.check(drafted.standardOutput, named: "drafted")
        #expect(draftedCheck.status == 0, "\(draftedCheck)")
    }

    /// The check can fail: an event without a UID, one that ends before it starts, an unfolded
    /// long line and a time zone nobody defined.
    @Test func theCheckCatchesABrokenFile() throws {
        let ics = try CommandRunner.run(["plan", "--month", "2026-12", "--street", "haitangxi", "--format", "ics"]).standardOutput
        var lines = ics.components(separatedBy: "\r\n")
        let uid = try #require(lines.firstIndex { $0.hasPrefix("UID:") })
        lines.remove(at: uid)
        while lines[uid].hasPrefix(" ") { lines.remove(at: uid) }  // the UID's folded rest
        let end = try #require(lines.firstIndex { $0.hasPrefix("DTEND;") })
        lines[end] = lines[end].replacingOccurrences(of: "T1", with: "T0")
        let start = try #require(lines.lastIndex { $0.hasPrefix("DTSTART;") })
        lines[start] = lines[start].replacingOccurrences(of: "TZID=Asia/Shanghai", with: "TZID=Mars/Olympus")
        let summary = try #require(lines.lastIndex { $0.hasPrefix("SUMMARY:") })
        lines[summary] += String(repeating: "长", count: 40)
        let check = try Self.check(lines.joined(separator: "\r\n"), named: "broken")
        #expect(check.status == 1, "\(check)")
        #expect(check.standardOutput.contains("FAIL: VEVENT (no UID): no UID"), "\(check)")
        #expect(check.standardOutput.contains("before it starts"), "\(check)")
        #expect(check.standardOutput.contains("which has no VTIMEZONE"), "\(check)")
        #expect(check.standardOutput.contains("longer than 75 octets"), "\(check)")
    }
}
