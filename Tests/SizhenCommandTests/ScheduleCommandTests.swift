import Foundation
import Testing

/// `sizhen schedule` as a user runs it: golden output, exit codes, and located errors for
/// every kind of bad input.
@Suite struct ScheduleCommandTests {
    static let calendarFixtures = CommandRunner.repository.appendingPathComponent("Tests/SizhenLoaderTests/Fixtures/calendars")
    static let fallbackCalendar = calendarFixtures.appendingPathComponent("valid-weekends-fallback.yaml").path

    @Test func aYearOfTwiceMonthlySittingsMatchesItsSnapshot() throws {
        let result = try CommandRunner.run(["schedule", "--rrule", "FREQ=MONTHLY;BYDAY=2WE,4WE", "--from", "2026-01-01",
                                            "--until", "2026-12-31", "--on-holiday", "next_workday"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardError.isEmpty)
        try Snapshot.check(result.standardOutput, named: "schedule-2026-2WE-4WE.txt")
    }

    @Test func everyPolicyOverTheNationalDayWeekMatchesItsSnapshot() throws {
        var text = ""
        for policy in ["keep", "skip", "next_workday", "previous_workday", "nearest_workday"] {
            let result = try CommandRunner.run(["schedule", "--rrule", "FREQ=DAILY", "--from", "2026-09-28", "--until", "2026-10-11",
                                                "--on-holiday", policy, "--format", "json"])
            #expect(result.status == 0, "\(result)")
            text += policy + "\n" + result.standardOutput
        }
        try Snapshot.check(text, named: "schedule-national-day-policies.json.txt")
    }

    @Test func jsonHasExactlyTheDocumentedKeys() throws {
        let result = try CommandRunner.run(["schedule", "--rrule", "FREQ=WEEKLY;BYDAY=WE,SA", "--from", "2026-09-19", "--count", "4",
                                            "--on-holiday", "skip", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["occurrences", "skipped"])
        let occurrences = try #require(object["occurrences"] as? [[String: String]])
        #expect(occurrences.map { $0["date"] } == ["2026-09-23", "2026-09-30", "2026-10-10", "2026-10-14"])
        #expect(occurrences.allSatisfy { Set($0.keys) == ["date", "weekday"] })
        #expect(occurrences[2]["weekday"] == "SA", "2026-10-10 is a make-up Saturday, held")
        let skipped = try #require(object["skipped"] as? [[String: String]])
        #expect(skipped.map { $0["reason"] } == ["2026-09-19 is a rest day (周六)", "2026-09-26 is a rest day (中秋节)",
                                                 "2026-10-03 is a rest day (国庆节)", "2026-10-07 is a rest day (国庆节)"])
        #expect(skipped.allSatisfy { Set($0.keys) == ["date", "reason"] })
    }

    @Test func runningTwiceGivesByteIdenticalOutput() throws {
        let arguments = ["schedule", "--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--until", "2026-12-31", "--on-holiday", "nearest_workday", "--format", "json"]
        let first = try CommandRunner.run(arguments)
        let second = try CommandRunner.run(arguments)
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput.count > 10_000)
    }

    @Test func theBundledDefaultIsUsedOutsideTheRepository() throws {
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try CommandRunner.run(["schedule", "--rrule", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=7", "--from", "2026-01-01",
                                            "--count", "1", "--on-holiday", "next_workday", "--format", "json"], in: elsewhere)
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("moved from 2026-10-07 (国庆节) to 2026-10-08"))
    }

    @Test func aBrokenCalendarFileIsReportedAtItsLines() throws {
        let path = Self.calendarFixtures.appendingPathComponent("unknown-keys.yaml").path
        let result = try CommandRunner.run(["schedule", "--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "1", "--calendar", path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty, "nothing half-printed")
        #expect(result.standardError.contains("\(path):4:1: error: unknown key 'nmae' in a calendar file; did you mean 'name'?"))
        #expect(result.standardError.contains("    nmae: 中国\n    ^\n"))
        #expect(result.standardError.hasSuffix("3 errors\n"))
    }

    @Test(arguments: [
        (["--rrule", "FREQ=DAILY;COUNT=2;UNTIL=20261231", "--from", "2026-01-01"], "--rrule:1:20: error:"),
        (["--rrule", "FREQ=MONTHLY;BYSETPOS=0;BYDAY=MO", "--from", "2026-01-01", "--count", "2"], "--rrule:1:23: error: BYSETPOS=0 is not allowed"),
        (["--rrule", "FREQ=DAILY", "--from", "2026-13-01", "--count", "2"], "--from:1:1: error: '2026-13-01' is not a valid date for --from"),
        (["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "0"], "error: --count must be from 1 to 10000, not 0"),
        (["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "99999999999"], "error: --count must be from 1 to 10000, not 99999999999"),
        (["--rrule", "FREQ=DAILY", "--from", "2000-01-01", "--until", "9999-12-31", "--calendar", ScheduleCommandTests.fallbackCalendar],
         "error: the window holds more than 10000 occurrences"),
        (["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--until", "2025-12-31"], "error: --until 2025-12-31 is before --from 2026-01-01"),
        (["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "2", "--on-holiday", "next-workday"], "--on-holiday:1:1: error:"),
        (["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "2", "--calendar", "/nonexistent.yaml"], "error: no such file: /nonexistent.yaml"),
        (["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "2", "--workflows", "/nonexistent"], "error: workflows folder /nonexistent does not exist"),
        (["--rrule", "", "--from", "2026-01-01", "--count", "2"], "--rrule:1:1: error:"),
    ])
    func badInputEndsWithStatusOneAndALocatedMessage(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(["schedule"] + arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(expected), "\(result)")
        #expect(!result.standardError.contains("Fatal error"))
    }

    @Test(arguments: [
        ["--from", "2026-01-01"],
        ["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "two"],
        ["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--count", "2", "--format", "xml"],
        ["--rrule", "FREQ=DAILY", "--from", "2026-01-01", "--frobnicate"],
    ])
    func malformedCommandLinesEndWithStatusTwo(arguments: [String]) throws {
        let result = try CommandRunner.run(["schedule"] + arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.standardError.contains("Usage: sizhen schedule"), "\(result)")
    }

    @Test func aFallbackYearIsUsedWithAWarningThatCountsItsDates() throws {
        let result = try CommandRunner.run(["schedule", "--rrule", "FREQ=MONTHLY;BYDAY=1WE", "--from", "2030-09-01", "--count", "5",
                                            "--on-holiday", "next_workday", "--calendar", Self.fallbackCalendar])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("2030-10-08  TU 周二  moved from 2030-10-02 (国庆节) to 2030-10-08"))
        #expect(result.standardError.contains("warning: year 2031 is not covered by calendar 'lenient'"), "\(result)")
        #expect(result.standardError.hasSuffix("1 warning\n"))
    }

    @Test func helpIsPrintedWithStatusZero() throws {
        let result = try CommandRunner.run(["schedule", "--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("--on-holiday <POLICY>"))
    }
}
