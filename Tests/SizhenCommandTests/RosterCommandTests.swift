import Foundation
import Testing

/// The roster (排班表): `plan --format roster` (an A4 landscape page) and `--format roster-csv`,
/// for a street or the district, with names and phone numbers; checked in a real browser print.
@Suite struct RosterCommandTests {
    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-roster-\(name)-\(UInt32.random(in: 0...UInt32.max))").path
    }

    /// The rows of a CSV the roster wrote (no field of it holds a comma or a quote).
    static func rows(_ csv: String) -> [[String]] {
        csv.dropFirst().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func aStreetsRosterMatchesItsSnapshots() throws {
        for (format, language, name) in [("roster", "zh", "roster-tongyuanju-2026-12.zh.html"), ("roster", "en", "roster-tongyuanju-2026-12.html"),
                                         ("roster-csv", "zh", "roster-tongyuanju-2026-12.zh.csv")] {
            let result = try CommandRunner.run(["plan", "--month", "2026-12", "--street", "tongyuanju", "--format", format, "--lang", language])
            #expect(result.status == 0, "\(result)")
            // Without the CSV's byte-order mark, which reading the snapshot back would drop.
            try Snapshot.check(format == "roster-csv" ? String(result.standardOutput.dropFirst()) : result.standardOutput, named: name)
        }
    }

    @Test func everySeatHasItsNameAndPhoneAndEveryUnfilledSlotIsShown() throws {
        let csv = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster-csv", "--lang", "zh"])
        #expect(csv.status == 0, "\(csv)")
        let rows = Self.rows(csv.standardOutput)
        #expect(rows.first == ["日期", "星期", "暂定", "街镇", "地点", "流程", "时间", "岗位", "姓名", "电话", "单位"])
        let seats = rows.dropFirst()
        let plan = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plan.standardOutput.utf8)) as? [String: Any])
        let assignments = try #require(object["assignments"] as? [[String: Any]]), unfilled = try #require(object["unfilled"] as? [[String: Any]])
        #expect(seats.count == assignments.count + unfilled.count)
        // The shipped staff files give everyone a number: a mobile, or a 司法所's landline.
        #expect(seats.allSatisfy { $0[8] == "（空缺）" || $0[9].wholeMatch(of: /1\d{10}|0\d{2,3}-\d{7,8}/) != nil }, "\(seats.prefix(3))")
        // By date: the order a wall roster is read in.
        #expect(seats.map { $0[0] } == seats.map { $0[0] }.sorted())
        let english = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster-csv"])
        #expect(Self.rows(english.standardOutput).first?.first == "date")
    }

    @Test func aDraftedYearsDaysAreMarkedProvisional() throws {
        let folder = Self.temporary("draft")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let initialised = try CommandRunner.run(["init", folder])
        #expect(initialised.status == 0, "\(initialised)")
        let drafted = try CommandRunner.run(["calendar", "draft", "--year", "2027", "--workflows", folder])
        #expect(drafted.status == 0, "\(drafted)")
        let csv = try CommandRunner.run(["plan", "--month", "2027-01", "--format", "roster-csv", "--lang", "zh", "--workflows", folder])
        #expect(csv.status == 0, "\(csv)")
        let seats = Self.rows(csv.standardOutput).dropFirst()
        #expect(!seats.isEmpty && seats.allSatisfy { $0[2] == "是" })
        let html = try CommandRunner.run(["plan", "--month", "2027-01", "--format", "roster", "--lang", "zh", "--workflows", folder, "--street", "haitangxi"])
        #expect(html.standardOutput.contains("（暂定）"))
        #expect(!html.standardOutput.contains("<th><br>"))
    }

    @Test func theRosterIsAStreetsOrTheDistricts() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "L001", "--format", "roster"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("the roster is a street's or the district's"), "\(result)")
        let date = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster", "--made-on", "2026-02-30"])
        #expect(date.status == 1)
        #expect(date.standardError.contains("--made-on:1:1: error: '2026-02-30' is not a valid date for --made-on"), "\(date)")
    }

    @Test func theRosterCarriesItsPaperwork() throws {
        let page = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster", "--lang", "zh", "--street", "haitangxi", "--made-on", "2026-11-28"])
        #expect(page.standardOutput.contains("<footer class=\"paperwork\"><span>制表：刘思雨</span><span>审核：何建国</span><span>制表日期：2026年11月28日</span></footer>"))
        #expect(page.standardOutput.contains("@page { size: A4 landscape;"))
        #expect(page.standardOutput.contains("counter(page)") && page.standardOutput.contains("counter(pages)"))
        #expect(!page.standardOutput.contains("<script"))
        // Without --made-on: the day SOURCE_DATE_EPOCH gives (the tests' 2026-12-31 08:00 in Chongqing).
        let today = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster", "--street", "haitangxi"])
        #expect(today.standardOutput.contains("<span>Made on: 31 December 2026</span>"))
    }

    /// The district's roster printed by Chromium: A4 landscape, a street per page, every page
    /// numbered, every name and number on the paper and none printed over another.
    @Test func theDistrictsRosterPrintsOnA4Landscape() throws {
        let folder = Self.temporary("print")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster", "--lang", "zh"])
        #expect(page.status == 0)
        try page.standardOutput.write(toFile: folder + "/roster.html", atomically: true, encoding: .utf8)
        let csv = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster-csv", "--lang", "zh"])
        let seats = Self.rows(csv.standardOutput).dropFirst()
        let expected = Set(seats.filter { !$0[9].isEmpty }.map { "\($0[8]) \($0[9])" }).sorted() + ["制表：刘思雨", "审核：何建国"]
        try expected.joined(separator: "\n").write(toFile: folder + "/expected.txt", atomically: true, encoding: .utf8)
        let streets = Set(seats.map { $0[3] }).count

        let check = try Self.printCheck(folder + "/roster.html", folder + "/out", folder + "/expected.txt", "landscape")
        #expect(check.status == 0, "\(check)")
        #expect(check.standardOutput.contains("pages: \(streets)\n"), "a street a page: \(check)")
        #expect(check.standardOutput.contains("paper: 842 x 595 pt, A4, landscape"), "\(check)")
        #expect(check.standardOutput.contains("pages numbered: \(streets) of \(streets)"), "\(check)")
        #expect(check.standardOutput.contains("expected texts on the paper: \(expected.count) of \(expected.count)"), "\(check)")
        #expect(check.standardOutput.contains("overprinted words: 0"), "\(check)")
    }

    /// The print check can fail: a page with text set over other text, no page numbers, the
    /// wrong paper and a name missing.
    @Test func thePrintCheckCatchesABadPage() throws {
        let folder = Self.temporary("bad")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: A4 landscape } table { table-layout: fixed; width: 300px }
            td { width: 100px; white-space: nowrap; font-size: 12px }</style></head><body><table><tr><td>13823000001138230000011382300000113823000001</td>
            <td>覆盖在上面的文字很长很长</td><td>x</td></tr></table></body></html>
            """.write(toFile: folder + "/bad.html", atomically: true, encoding: .utf8)
        try "丢失的名字\n".write(toFile: folder + "/expected.txt", atomically: true, encoding: .utf8)
        let check = try Self.printCheck(folder + "/bad.html", folder + "/out", folder + "/expected.txt", "portrait")
        #expect(check.status == 1, "\(check)")
        #expect(check.standardOutput.contains("FAIL: the paper is not portrait"), "\(check)")
        #expect(check.standardOutput.contains("are printed over each other"), "\(check)")
        #expect(check.standardOutput.contains("FAIL: page 1 has no page number"), "\(check)")
        #expect(check.standardOutput.contains("FAIL: '丢失的名字' is not on the paper"), "\(check)")
    }

    static func printCheck(_ page: String, _ out: String, _ expected: String, _ orientation: String) throws -> CommandRunner.Result {
        try CommandRunner.script("Tests/browser/check-print.sh", [page, out, expected, orientation])
    }
}
