import Foundation
import Testing

/// Closing a month: its report frozen byte for byte; a late sheet for it shows as an adjustment
/// in the next open month's report and ledger.
@Suite struct CloseCommandTests {
    @Test func aLateFactForAClosedMonthIsAnAdjustmentNextMonthAndTheClosedReportStays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-close-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("c.db").path
        let notYet = try CommandRunner.run(["close", "--month", "2026-11", "--db", db])
        #expect(notYet.status == 1 && notYet.standardError.hasPrefix("--db:1:1: error: no database at"), "\(notYet)")
        #expect(try CommandRunner.run(["rounds", "--date", "2026-11-20", "--db", db]).status == 0)
        let early = try CommandRunner.run(["close", "--month", "2026-11", "--db", db])
        #expect(early.standardError.hasPrefix("--month:1:1: error: 2026-11 is derived only through 2026-11-20"), "\(early)")
        #expect(early.standardError.contains("sizhen rounds --date 2026-11-30"))
        #expect(try CommandRunner.run(["rounds", "--date", "2026-11-30", "--db", db]).status == 0)
        let closed = try CommandRunner.run(["close", "--month", "2026-11", "--db", db])
        #expect(closed.status == 0 && closed.standardOutput.hasPrefix("closed 2026-11: 0 records, 0 adjustments to earlier months; report digest "), "\(closed)")
        let twice = try CommandRunner.run(["close", "--month", "2026-11", "--db", db])
        #expect(twice.status == 1 && twice.standardError.hasPrefix("--month:1:1: error: 2026-11 is closed already"))
        let frozen = try ["text", "json", "html"].map { try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--format", $0]).standardOutput }
        let ledger = try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--format", "csv", "--section", "ledger"]).standardOutput
        let sliced = try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--section", "ledger"])
        #expect(sliced.status == 1 && sliced.standardError.hasPrefix("error: 2026-11 is closed: its report is the one frozen"))
        // Frozen in both languages; the rules' expressions are not part of it.
        let chinese = try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--lang", "zh"])
        #expect(chinese.status == 0 && chinese.standardOutput.hasPrefix("重庆市南岸区 · 2026-11 月报\n"), "\(chinese)")
        let rules = try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--show-rules"])
        #expect(rules.status == 1 && rules.standardError.contains("--show-rules"), "\(rules)")

        // December goes on; then a sheet for 11-11 comes in late, with a mediation.
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-31", "--db", db]).status == 0)
        let late = try CommandRunner.importSheet("日期,工作流,诊室,序号,结果,接待人员,案件类型,纠纷或咨询的领域,当事人数,是否重大疑难案件,调解案件难易,矛盾纠纷是否已化解,是否存在“民转刑”风险\n"
                                                 + "2026-11-11,接诊,烟雨社区,1,已解决,L016,dispute,邻里,2,否,general,是,否\n",
                                                 named: "late.csv", in: folder, db: db)
        #expect(late.status == 0 && late.standardOutput.contains("derived 2026-11-11 to 2026-12-31 again"), "\(late)")

        let again = try ["text", "json", "html"].map { try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--format", $0]).standardOutput }
        #expect(again == frozen, "the closed month's report, byte for byte")
        #expect(try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--lang", "zh"]).standardOutput == chinese.standardOutput)
        #expect(try CommandRunner.run(["report", "--month", "2026-11", "--db", db, "--format", "csv", "--section", "ledger"]).standardOutput == ledger)
        #expect(try CommandRunner.run(["records", "--db", db, "--month", "2026-11", "--format", "csv"]).standardOutput.contains("2026-11-11"),
                "the derived month has the late case")

        let december = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--section", "ledger"]).standardOutput
        #expect(december.contains("Adjustments to closed months: 3, 50 yuan"), "\(december)")
        #expect(december.contains("2026-11  added   2026-11-11  人民调解      jiezhen/haitangxi-yanyu/2026-11-11/1#1  50             late.csv:2 (visitor)"),
                "a lawyer alone on it: nobody of a paid role to pay")
        let json = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--format", "json", "--section", "ledger"]).standardOutput
        #expect(json.contains(#""adjustments":[{"month":"2026-11","change":"added","record":"jiezhen/haitangxi-yanyu/2026-11-11/1#1:consult""#))
        let closedDecember = try CommandRunner.run(["close", "--month", "2026-12", "--db", db])
        #expect(closedDecember.standardOutput.contains("3 adjustments to earlier months"), "\(closedDecember)")
        let backwards = try CommandRunner.run(["close", "--month", "2026-10", "--db", db])
        #expect(backwards.status == 1 && backwards.standardError.hasPrefix("--month:1:1: error: 2026-11 is closed already, after 2026-10"), "\(backwards)")
    }
}
