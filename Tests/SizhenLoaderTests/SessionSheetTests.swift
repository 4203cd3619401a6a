import Foundation
import Testing
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
@testable import SizhenLoader

/// The sheet of visits (送法到家) and panels (会诊) that took place: a header with 案件编号 makes
/// one; each row a case's session with its day, who went and a panel's opinion; each mistake at
/// its line and column, and nothing read when there is one.
@Suite struct SessionSheetTests {
    static let need = "xunzhen/haitangxi-yanyu/2026-12-01/1#1"
    static let panel = "jiezhen/haitangxi-yanyu/2026-12-23/1#1>risk"

    @Test func visitsAndPanelsReadWithTheirStepsPeopleAndOpinion() throws {
        let result = try IntakeSupport.read("""
            日期,案件编号,人员,意见,备注
            2026-12-03,\(Self.need),谢海莉，L001,,上门
            2026/12/28,\(Self.panel),郑中婷、曹文敏；余德艳,"建议起诉, 并申请法律援助",
            2026年12月29日,jiezhen/nanping-donglu/2026-12-23/1#1>major,,,

            """)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.isEmpty && result.reports.isEmpty)
        #expect(result.sessions.map(\.date.description) == ["2026-12-03", "2026-12-28", "2026-12-29"])
        #expect(result.sessions.map(\.session.step) == ["home_visit", "panel", "panel"])
        #expect(result.sessions[1].session.opinion == "建议起诉, 并申请法律援助")
        #expect(result.sessions.map(\.location.line) == [2, 3, 4])
        let set = try IntakeSupport.loadedSet()
        let names = result.sessions.map { $0.session.people.map { id in set.people.first { $0.id == id }?.name ?? id } }
        #expect(names == [["谢海莉", set.people.first { $0.id == "L001" }?.name ?? "?"], ["郑中婷", "曹文敏", "余德艳"], []])
        #expect(result.sessions[0].session.people.last == "L001", "ids and names, in the order written, separated by ， too")
        // The step may be named: by its id, by its record type, or 会诊.
        let named = try IntakeSupport.read("日期,案件编号,环节\n2026-12-03,\(Self.need),送法到家\n2026-12-28,\(Self.panel),会诊\n")
        #expect(IntakeSupport.summary(named) == [] && named.sessions.map(\.session.step) == ["home_visit", "panel"])
    }

    @Test func everyMistakeIsReportedWhereItIsAndNothingIsRead() throws {
        let result = try IntakeSupport.read("""
            日期,案件编号,人员,意见
            2026-12-20,jiezhen/nanping-donglu/2026-12-23/1#1>major,,
            2026-12-29,jiezhen/nowhere/2026-12-23/1#1,,
            2026-12-29,jiezhen/haitangxi-yanyu/2026-12-23/1#1>nope,,
            2026-12-29,yanyu#1,,
            2026-12-30,\(Self.need),张三,意见
            ,\(Self.need),,
            2026-12-31,,,
            2026-13-01,\(Self.need),,
            2026-12-09,jiezhen/haitangxi-yanyu/2026-12-09/1#1,,
            2026-12-28,\(Self.panel),,
            2026-12-29,\(Self.panel),,
            2026-12-29,\(Self.need),,,extra

            """)
        #expect(result.sessions.isEmpty)
        let english = IntakeSupport.englishSummary(result)
        let expected = [
            "2:1: error: column 1 (日期): 2026-12-20 is before the case opened on 2026-12-23",
            "3:2: error: column 2 (案件编号): 'jiezhen/nowhere/2026-12-23/1#1' is not a case number: no community has the id 'nowhere'",
            "4:2: error: column 2 (案件编号): 'jiezhen/haitangxi-yanyu/2026-12-23/1#1>nope' is not a case number: 接诊 has no escalation 'nope'",
            "5:2: error: column 2 (案件编号): 'yanyu#1' is not a case number: a case number reads workflow/site/date/n#number",
            "6:3: error: column 3 (人员): unknown person '张三'",
            "6:4: error: column 4 (意见): an opinion is given for a panel (会诊), not a visit",
            "7:1: error: column 1 (日期): this cell is empty, and every row needs one",
            "8:2: error: column 2 (案件编号): this cell is empty, and every row needs one",
            "9:1: error: column 1 (日期): '2026-13-01' is not a date",
            "10:2: error: column 2 (案件编号): cases of 接诊 have no visit or panel to report",
            "12:1: error: panel of case \(Self.panel) is already reported on line 11",
            "13:5: error: column 5: the row has more cells than the header's 4 columns",
        ]
        #expect(english == expected, "\(english.joined(separator: "\n"))")
        // The header: unknown and repeated columns, and the two every sheet needs.
        let header = try IntakeSupport.read("案件编号,人员,人员,谁\n\(Self.need),,,\n")
        #expect(IntakeSupport.englishSummary(header).map { String($0.prefix(60)) } == [
            "1:1: error: the header has no 日期 (date) column, which every ",
            "1:3: error: column 3 (人员): the same column as column 2",
            "1:4: error: column 4: unknown column '谁'",
        ])
    }

    @Test func theTemplatesReadBackWithoutAMistake() throws {
        let set = try IntakeSupport.loadedSet()
        for kind in SessionTemplate.Kind.allCases {
            let text = try SessionTemplate(set: set, kind: kind).csv(month: YearMonth(year: 2026, month: 12)!)
            #expect(text.hasPrefix("\u{FEFF}日期,案件编号,人员,") && text.hasSuffix("\r\n"))
            let result = IntakeReader(set: set).read(bytes: Array(text.utf8), file: "\(kind).csv")
            #expect(IntakeSupport.summary(result) == [], "\(kind): \(text)")
            #expect(result.sessions.map(\.session.step) == [kind == .visits ? "home_visit" : "panel"])
        }
    }
}
