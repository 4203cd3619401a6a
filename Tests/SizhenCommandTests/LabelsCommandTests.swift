import Foundation
import Testing

/// Enum values as people read them: a correction in `explain` shows the labels (纠纷, 一般),
/// while the JSON of the same story keeps the codes that rules and programs read.
@Suite struct LabelsCommandTests {
    @Test func explainShowsACorrectedKindByItsLabelsAndItsJSONKeepsTheCodes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-labels-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("l.db").path
        #expect(try CommandRunner.run(["intake", "import", "docs/examples/intake-2026-12.csv", "--db", db]).status == 0)
        // The consultation of 12-23 at 后堡社区 was a dispute after all, mediated and settled.
        let corrected = try CommandRunner.importSheet("日期,工作流,诊室,序号,结果,接待人员,备注,案件类型,纠纷或咨询的领域,当事人数,调解案件难易,矛盾纠纷是否已化解\n"
                                                      + "2026-12-23,接诊,后堡社区,1,已解决,L011,婚前财产咨询,纠纷,婚恋,1,一般,是\n",
                                                      named: "correction.csv", in: folder, db: db)
        #expect(corrected.status == 0 && corrected.standardOutput.contains("1 corrected"), "\(corrected)")
        let caseID = "jiezhen/nanping-houbao/2026-12-23/1#1"
        let text = try CommandRunner.run(["explain", caseID, "--db", db])
        #expect(text.status == 0, "\(text)")
        #expect(text.standardOutput.contains("corrects: complexity - → \"一般\"; kind \"咨询\" → \"纠纷\"; resolved - → yes"), "\(text.standardOutput)")
        #expect(text.standardOutput.contains(#"case opened at 后堡社区: category="婚恋", complexity="一般", kind="纠纷", parties=1"#),
                "the case as opened, by its labels: \(text.standardOutput)")
        let json = try CommandRunner.run(["explain", caseID, "--db", db, "--format", "json"])
        #expect(json.standardOutput.contains(#"\"kind\":\"dispute\""#) && !json.standardOutput.contains("纠纷\\\""), "JSON keeps the codes")
        #expect(json.standardOutput.contains(#"kind=\"dispute\""#), "and the event's arguments too")
    }
}
