import Foundation
import Testing

/// What the sheets the bureau files carry: the date made, the 制表 and 审核 lines from the
/// district file, a signature column on the ledger, page numbers in print; and a simulation's
/// outputs saying on every line that they are simulated.
@Suite struct PaperworkCommandTests {
    var simulated: String { ReportCommandTests.database }

    @Test func theReportEndsWithTheDateMadeAndWhoPreparedAndCheckedIt() throws {
        let text = try CommandRunner.run(["report", "--month", "2026-12", "--db", simulated, "--lang", "zh"])
        #expect(text.status == 0, "\(text)")
        // The day SOURCE_DATE_EPOCH gives: the tests' 2026-12-31 08:00 in Chongqing.
        #expect(text.standardOutput.hasSuffix("\n制表：刘思雨    审核：何建国    制表日期：2026年12月31日\n"), "\(text.standardOutput.suffix(120))")
        let english = try CommandRunner.run(["report", "--month", "2026-12", "--db", simulated, "--made-on", "2027-01-04"])
        #expect(english.standardOutput.hasSuffix("\nPrepared by: 刘思雨    Checked by: 何建国    Made on: 4 January 2027\n"))
        let html = try CommandRunner.run(["report", "--month", "2026-12", "--db", simulated, "--format", "html", "--lang", "zh"])
        #expect(html.standardOutput.contains("<footer class=\"paperwork\"><span>制表：刘思雨</span><span>审核：何建国</span><span>制表日期：2026年12月31日</span></footer>"))
        #expect(html.standardOutput.contains("@bottom-center { content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\";"))
        // The ledger's last column is for signatures, empty.
        #expect(html.standardOutput.contains("<th class=\"n\">签名</th>"))
        let bad = try CommandRunner.run(["report", "--month", "2026-12", "--db", simulated, "--made-on", "yesterday"])
        #expect(bad.status == 1 && bad.standardError.contains("--made-on:1:1: error: 'yesterday' is not a valid date for --made-on"), "\(bad)")
    }

    @Test func aDistrictWithoutNamesLeavesBlanksToSignOn() throws {
        let folder = RosterCommandTests.temporary("blank")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try CommandRunner.run(["init", folder]).status == 0)
        let district = folder + "/district/district.yaml"
        var text = try String(contentsOfFile: district, encoding: .utf8)
        text = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("prepared_by:") && !$0.contains("reviewed_by:") }
            .joined(separator: "\n")
        try text.write(toFile: district, atomically: true, encoding: .utf8)
        let page = try CommandRunner.run(["plan", "--month", "2026-12", "--format", "roster", "--street", "haitangxi", "--workflows", folder, "--lang", "zh"])
        #expect(page.status == 0, "\(page)")
        #expect(page.standardOutput.contains("<span>制表：<span class=\"blank\"></span></span><span>审核：<span class=\"blank\"></span></span>"))
    }

    @Test func aSimulationsCSVSaysSoOnEveryRow() throws {
        let ledger = try CommandRunner.run(["report", "--month", "2026-12", "--db", simulated, "--format", "csv", "--section", "ledger", "--lang", "zh"])
        let rows = RosterCommandTests.rows(ledger.standardOutput)
        #expect(rows.first?.first == "数据" && rows.first?.last == "签名", "\(rows.first ?? [])")
        #expect(rows.count > 2 && rows.dropFirst().allSatisfy { $0.first == "模拟数据" && $0.last == "" })
        // The tier columns are the subsidy table's, whatever the month paid.
        #expect(rows.first.map { Array($0[5...7]) } == ["简单 20元", "一般 50元", "复杂 80元"])
        for section in ["statistics", "coverage", "screening", "deadlines", "workload"] {
            let csv = try CommandRunner.run(["report", "--month", "2026-12", "--db", simulated, "--format", "csv", "--section", section])
            let lines = csv.standardOutput.dropFirst().split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("data,") == true, "\(section)")
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("SIMULATED DATA,") }, "\(section)")
        }
        let records = try CommandRunner.run(["records", "--month", "2026-12", "--db", simulated, "--format", "csv"])
        let lines = records.standardOutput.dropFirst().split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("data,id,type,") == true && lines.count > 100)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("simulated,") })
        let json = try CommandRunner.run(["records", "--month", "2026-12", "--db", simulated, "--format", "json", "--type", "送法到家"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(!objects.isEmpty && objects.allSatisfy { $0["simulated"] as? Bool == true })
        let table = try CommandRunner.run(["records", "--month", "2026-12", "--db", simulated, "--lang", "zh", "--type", "送法到家"])
        #expect(table.standardOutput.hasPrefix("数据来自模拟\n"), "\(table.standardOutput.prefix(80))")
        let html = try CommandRunner.run(["report", "--month", "2026-12", "--db", simulated, "--format", "html", "--lang", "zh"])
        #expect(html.standardOutput.contains("@top-right { content: \"模拟数据\";"))
    }

    @Test func theRealMonthsCSVHasNoMarker() throws {
        let db = try CommandRunner.decemberDatabase()
        defer { CommandRunner.removeDatabase(db) }
        let records = try CommandRunner.run(["records", "--month", "2026-12", "--db", db, "--format", "csv"])
        #expect(records.standardOutput.hasPrefix("\u{FEFF}id,type,"), "\(records)")
        let html = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--format", "html"])
        #expect(!html.standardOutput.contains("@top-right"))
    }

    @Test func aClosedMonthKeepsTheDayItWasClosedOn() throws {
        let folder = RosterCommandTests.temporary("closed")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = folder + "/c.db"
        #expect(try CommandRunner.run(["rounds", "--date", "2026-11-30", "--db", db]).status == 0)
        let closed = try CommandRunner.run(["close", "--month", "2026-11", "--db", db, "--made-on", "2026-12-02"])
        #expect(closed.status == 0, "\(closed)")
        let later = try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--lang", "zh"])
        #expect(later.standardOutput.hasSuffix("制表日期：2026年12月2日\n"), "\(later.standardOutput.suffix(80))")
        let asked = try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--made-on", "2027-03-01"])
        #expect(asked.standardOutput.hasSuffix("Made on: 2 December 2026\n"), "the frozen report, whatever day is asked for")
    }
}
