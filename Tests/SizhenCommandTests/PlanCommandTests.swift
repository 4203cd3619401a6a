import Foundation
import Testing

/// `sizhen plan` as a user runs it, on the small district of the docs and the shipped one.
@Suite struct PlanCommandTests {
    static let small = "docs/examples/small-district"

    @Test func theSmallDistrictMatchesItsSnapshots() throws {
        for (format, extra) in [("table", [String]()), ("table", ["--explain"]), ("json", []), ("csv", [])] {
            let result = try CommandRunner.run(["plan", "--month", "2026-12", "--workflows", Self.small, "--format", format] + extra)
            #expect(result.status == 0, "\(result)")
            #expect(result.standardError.isEmpty, "\(result)")
            // Foundation drops a byte order mark when it reads the snapshot back: compare without it.
            let text = format == "csv" ? String(result.standardOutput.drop { $0 == "\u{FEFF}" }) : result.standardOutput
            try Snapshot.check(text, named: "plan-2026-12-small\(extra.first ?? "").\(format).txt")
        }
    }

    @Test func jsonHasExactlyTheDocumentedKeys() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["assignments", "unfilled"])
        let assignments = try #require(object["assignments"] as? [[String: Any]])
        #expect(assignments.count == 231)
        #expect(assignments.allSatisfy {
            Set($0.keys) == ["occurrence", "workflow", "site", "date", "start", "end", "slot", "person", "reason", "reason_code", "reason_args"]
        })
        #expect(assignments.allSatisfy { ($0["reason_code"] as? String)?.hasPrefix("plan.") == true && $0["reason_args"] is [String: Any] })
        #expect((object["unfilled"] as? [Any])?.isEmpty == true)
        var booked = Set<String>()
        for item in assignments { #expect(booked.insert("\(item["person"]!)\(item["start"]!)").inserted) }
    }

    @Test func strictFailsWhenASlotIsUnfilled() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--workflows", Self.small, "--strict", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains(#""unfilled":[{"occurrence":"zhuzhen/tianwen-tianwen/2026-12-04/1""#))
        #expect(result.standardError == "error: 1 slot is unfilled (--strict)\n1 error\n" || result.standardError.contains("1 slot is unfilled (--strict)"))
        let shipped = try CommandRunner.run(["plan", "--month", "2026-12", "--strict", "--format", "json"])
        #expect(shipped.status == 0, "the shipped district fills every slot")
    }

    @Test func aPersonsCalendarHoldsTheirSittings() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "L001", "--format", "ics"])
        #expect(result.status == 0, "\(result)")
        let text = result.standardOutput
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2, "助诊 on the 4th, 接诊 on the 9th (the paired legal worker sits the 23rd)")
        #expect(text.contains("SUMMARY:接诊 · 苏家坝社区\r\n"))
        #expect(text.contains("DTSTART;TZID=Asia/Shanghai:20261209T090000"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func csvOpensInExcel() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--workflows", Self.small, "--format", "csv"])
        #expect(result.standardOutput.hasPrefix("\u{FEFF}status,occurrence,workflow,site,site_name,date,start,end,slot,person,person_name,reason\r\n"))
        #expect(result.standardOutput.contains("\r\nunfilled,zhuzhen/tianwen-tianwen/2026-12-04/1,"))
    }

    @Test func aPinnedPlanShowsOnlyWhatMoved() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--workflows", Self.small, "--pinned",
                                            "docs/examples/small-district-plan.json", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.hasSuffix(#""changes":{"moved":[{"occurrence":"jiezhen/haitangxi-yanyu/2026-12-23/1","slot":"sitter","from":"L001","to":"LW01","reason":"张明 on leave 12-21…12-25 (年假)","reason_code":"plan.person-cannot","reason_args":{"person":"张明","why":{"code":"plan.on-leave","args":{"days":"12-21…12-25","reason":"年假"}}}}],"added":[],"removed":[]}}"# + "\n"))
    }

    @Test func planningTwiceGivesByteIdenticalOutput() throws {
        let first = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "csv"])
        let second = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "csv"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test(arguments: [
        (["--month", "2026-13"], "--month:1:1: error: '2026-13' is not a valid month for --month"),
        (["--month", "2026-12", "--person", "L0001"], "error: unknown person 'L0001'; did you mean"),
        (["--month", "2026-12", "--pinned", "/nonexistent.json"], "error: no such file: /nonexistent.json"),
        (["--month", "2026-12", "--pinned", "Package.swift"], "error: Package.swift is not a plan in JSON"),
        (["--month", "2027-01"], "error: year 2027 is not covered by calendar 'cn'"),
    ])
    func badInputEndsWithStatusOne(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(["plan"] + arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(expected), "\(result)")
    }

    @Test(arguments: [
        [String](),
        ["--month", "2026-12", "--format", "xml"],
        ["--month", "2026-12", "--travel-buffer", "45"],
        ["--month", "2026-12", "--explain", "--format", "json"],
    ])
    func malformedCommandLinesEndWithStatusTwo(arguments: [String]) throws {
        let result = try CommandRunner.run(["plan"] + arguments)
        #expect(result.status == 2, "\(result)")
    }
}
