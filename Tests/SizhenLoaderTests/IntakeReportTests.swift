import Foundation
import Testing
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
@testable import SizhenLoader

/// Reports of a sitting as a whole in the intake sheet: a row with an empty 序号 and a filled
/// 情况 (举办, 未举办, 替班), with its 原因, 接待人员 and 人数; alone or among visitor rows, and
/// each of its mistakes at its line and column.
@Suite struct IntakeReportTests {
    /// The visitor header of `IntakeSupport`, then 情况 (column 11), 原因 (12) and 人数 (13).
    static let header = IntakeSupport.header + ",情况,原因,人数"

    /// A report row under `header`: the sitting (日期,工作流,诊室), 序号 and 结果 empty, then
    /// 接待人员 and 备注, the case fields empty, and 情况, 原因, 人数.
    static func report(_ sitting: String, staff: String = "", note: String = "", _ status: String, reason: String = "",
                       attendees: String = "") -> String {
        "\(sitting),,,\(staff),\(note),,,,\(status),\(reason),\(attendees)"
    }

    static let yanyu9 = "jiezhen/haitangxi-yanyu/2026-12-09/1"
    static let yanyu23 = "jiezhen/haitangxi-yanyu/2026-12-23/1"

    // MARK: Good sheets

    @Test func aReportOfEachStatusReadsWithItsFields() throws {
        let result = try IntakeSupport.read("""
            \(Self.header)
            \(Self.report("2026-12-09,接诊,烟雨社区", "举办"))
            \(Self.report("2026-12-23,接诊,烟雨社区", "未举办", reason: "律师病假，未能调班"))
            \(Self.report("2026-12-09,接诊,东路社区", staff: "谢海莉、M07", note: "替李律师坐诊", "替班", reason: "原定律师出差"))
            \(Self.report("2026-12-04,助诊,烟雨社区", staff: "L016", "held", attendees: "120"))

            """)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.isEmpty)
        #expect(result.reports.map(\.status) == [.held, .notHeld, .substitute, .held])
        let held = try #require(result.reports.first)
        #expect(held == SittingReport(occurrenceID: Self.yanyu9, workflowID: "jiezhen", siteID: "haitangxi-yanyu",
                                      date: try #require(CivilDate(year: 2026, month: 12, day: 9)), status: .held,
                                      location: SourceLocation(file: "intake.csv", line: 2, column: 1)))
        let notHeld = result.reports[1]
        #expect(notHeld.occurrenceID == Self.yanyu23)
        #expect(notHeld.reason == "律师病假，未能调班")
        #expect(notHeld.staff == [] && notHeld.attendees == nil)
        let substitute = result.reports[2]
        #expect(substitute.occurrenceID == "jiezhen/nanping-donglu/2026-12-09/1")
        #expect(substitute.staff == ["L016", "M07"], "names and ids, resolved as the staff column is")
        #expect(substitute.reason == "原定律师出差")
        #expect(substitute.note == "替李律师坐诊")
        let event = result.reports[3]
        #expect(event.occurrenceID == "zhuzhen/haitangxi-yanyu/2026-12-04/1")
        #expect(event.attendees == 120)
        #expect(event.staff == ["L016"])
        #expect(event.location.line == 5)
    }

    @Test(arguments: [("举办", SittingReport.Status.held), ("已举办", .held), ("HELD", .held), ("Held", .held),
                      ("未举办", .notHeld), ("not_held", .notHeld), ("NOT_HELD", .notHeld),
                      ("替班", .substitute), ("substitute", .substitute), ("Substitute", .substitute)])
    func everyWayOfWritingAStatusReads(_ text: String, _ status: SittingReport.Status) throws {
        // A sitting not held names no one; a substitute must.
        let staff = status == .notHeld ? "" : "L016"
        let result = try IntakeSupport.read("日期,工作流,诊室,接待人员,情况,原因\n2026-12-09,接诊,烟雨社区,\(staff),\(text),原因\n")
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.reports.map(\.status) == [status])
    }

    @Test func aSheetOfReportsOnlyNeedsNoOrdinalOrOutcomeColumn() throws {
        let result = try IntakeSupport.read("""
            date,workflow,site,status,reason,attendees
            2026-12-01,巡诊,烟雨社区,举办,,0
            2026-12-09,jiezhen,haitangxi-yanyu,not_held,暴雨停诊,
            2026-12-28,会诊,重庆市南岸区,举办,,100000

            """)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.isEmpty)
        #expect(result.reports.map(\.occurrenceID) == ["xunzhen/haitangxi-yanyu/2026-12-01/1", Self.yanyu9, "huizhen/nanan/2026-12-28/1"])
        #expect(result.reports.map(\.attendees) == [0, nil, 100_000], "0 and 100000 are the bounds")
    }

    @Test func visitorsAndReportsMixInOneSheet() throws {
        let result = try IntakeSupport.read("""
            \(Self.header)
            2026-12-09,接诊,烟雨社区,1,已解决,L016,,consultation,劳动,1,举办,,
            \(Self.report("2026-12-09,接诊,烟雨社区", staff: "L010", "替班", reason: "谢律师病假"))
            2026-12-09,接诊,烟雨社区,2,未解决,L010,,consultation,邻里,2,,,
            \(Self.report("2026-12-23,接诊,烟雨社区", "未举办", reason: "元旦前社区活动占用诊室"))
            2026-12-09,接诊,东路社区,1,已转介,L010,,consultation,合同,1,,,

            """)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.map(\.ordinal) == [1, 2, 1])
        #expect(result.rows.map(\.location.line) == [2, 4, 6])
        #expect(result.reports.map(\.status) == [.substitute, .notHeld])
        #expect(result.reports.map(\.location.line) == [3, 5])
        #expect(result.reports.first?.occurrenceID == result.rows.first?.occurrenceID, "a substitute's sitting has its visitors")
    }

    @Test func aVisitorSheetWithoutAStatusColumnReadsAsBefore() throws {
        let result = try IntakeSupport.read("\(IntakeSupport.header)\n2026-12-09,接诊,烟雨社区,1,已解决,L016,,consultation,劳动,1\n")
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.count == 1)
        #expect(result.reports.isEmpty)
    }

    // MARK: Mistakes

    /// A bad sheet and exactly the diagnostics it gives, as in `IntakeErrorTests`.
    typealias Case = IntakeErrorTests.Case

    static let visitor = "2026-12-09,接诊,烟雨社区,1,已解决,L016,,consultation,劳动,1"

    static let cases: [Case] = [
        Case(name: "unknown status", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,,,,,,未举行,停电,\n2026-12-23,接诊,烟雨社区,,,,,,,,helt,,\n", expected: [
            "2:11: error: intake.bad-status place=intake.column place.number=11 place.title=情况 suggestion=未举办 text=未举行",
            "3:11: error: intake.bad-status place=intake.column place.number=11 place.title=情况 suggestion=held text=helt",
        ]),
        Case(name: "a visitor row saying the sitting was not held", csv: "\(header)\n\(visitor),未举办,,\n2026-12-23,接诊,烟雨社区,1,已解决,,,,,,替班,,\n", expected: [
            "2:11: error: intake.status-on-visitor place=intake.column place.number=11 place.title=情况 text=未举办",
            "3:11: error: intake.status-on-visitor place=intake.column place.number=11 place.title=情况 text=替班",
        ]),
        Case(name: "neither 序号 nor 情况", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,已解决,L016,,consultation,劳动,1,,,\n", expected: [
            "2:4: error: intake.no-row-kind place=intake.column place.number=4 place.title=序号",
        ]),
        Case(name: "neither, in a sheet of reports", csv: "日期,工作流,诊室,情况,原因\n2026-12-09,接诊,烟雨社区,,停电\n", expected: [
            "2:4: error: intake.no-row-kind place=intake.column place.number=4 place.title=情况",
        ]),
        Case(name: "a visitor without 结果 in a sheet with 情况", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,,L016,,,,,,,\n", expected: [
            "2:5: error: intake.missing-visitor-cell place=intake.column place.number=5 place.title=结果",
        ]),
        Case(name: "a report without a sitting's required cells", csv: "\(header)\n,接诊,,,,,,,,,举办,,\n", expected: [
            "2:1: error: intake.missing-required place=intake.column place.number=1 place.title=日期",
            "2:3: error: intake.missing-required place=intake.column place.number=3 place.title=诊室",
        ]),
        Case(name: "not held without a reason", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,,,,,,未举办,,\n", expected: [
            "2:12: error: intake.not-held-without-reason place=intake.column place.number=12 place.title=原因",
        ]),
        Case(name: "not held without a reason column", csv: "日期,工作流,诊室,情况\n2026-12-09,接诊,烟雨社区,未举办\n", expected: [
            "2:4: error: intake.not-held-without-reason place=intake.column place.number=4 place.title=情况",
        ]),
        Case(name: "not held, with staff and attendance", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,L016,,,,,未举办,停电,3\n", expected: [
            "2:6: error: intake.not-held-cell place=intake.column place.number=6 place.title=接待人员",
            "2:13: error: intake.not-held-cell place=intake.column place.number=13 place.title=人数",
        ]),
        Case(name: "a substitute without staff", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,,,,,,替班,原定律师病假,\n", expected: [
            "2:6: error: intake.substitute-without-staff place=intake.column place.number=6 place.title=接待人员",
        ]),
        Case(name: "a substitute without a staff column", csv: "日期,工作流,诊室,情况\n2026-12-09,接诊,烟雨社区,替班\n", expected: [
            "2:4: error: intake.substitute-without-staff place=intake.column place.number=4 place.title=情况",
        ]),
        Case(name: "a substitute no one knows", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,谢海丽,,,,,替班,,\n", expected: [
            "2:6: error: intake.unknown-person place=intake.column place.number=6 place.title=接待人员 suggestion=谢海莉 text=谢海丽",
        ]),
        Case(name: "bad attendance", csv: "\(header)\n2026-12-01,巡诊,烟雨社区,,,,,,,,举办,,-1\n2026-12-04,助诊,烟雨社区,,,,,,,,举办,,两百\n2026-12-09,接诊,烟雨社区,,,,,,,,举办,,100001\n2026-12-23,接诊,烟雨社区,,,,,,,,举办,,1.5\n", expected: [
            "2:13: error: intake.outside max=100000 min=0 place=intake.column place.number=13 place.title=人数 text=-1",
            "3:13: error: intake.not-an-integer place=intake.column place.number=13 place.title=人数 text=两百",
            "4:13: error: intake.outside max=100000 min=0 place=intake.column place.number=13 place.title=人数 text=100001",
            "5:13: error: intake.not-an-integer place=intake.column place.number=13 place.title=人数 text=1.5",
        ]),
        Case(name: "a reason or attendance on a visitor row", csv: "\(header)\n\(visitor),举办,说明,\n2026-12-09,接诊,烟雨社区,2,已解决,,,,,,,,12\n", expected: [
            "2:12: error: intake.report-only-cell place=intake.column place.number=12 place.title=原因",
            "3:13: error: intake.report-only-cell place=intake.column place.number=13 place.title=人数",
        ]),
        Case(name: "a visitor's cells on a report", csv: "日期,工作流,诊室,序号,结果,姓名,案件类型,情况\n2026-12-09,接诊,烟雨社区,,已解决,李某,consultation,举办\n", expected: [
            "2:5: error: intake.visitor-only-cell place=intake.column place.number=5 place.title=结果",
            "2:6: error: intake.visitor-only-cell place=intake.column place.number=6 place.title=姓名",
            "2:7: error: intake.visitor-only-cell place=intake.column place.number=7 place.title=案件类型",
        ]),
        Case(name: "a reason too long", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,,,,,,未举办,\(String(repeating: "停", count: 201)),\n", expected: [
            "2:12: error: intake.reason-too-long count=201 limit=200 place=intake.column place.number=12 place.title=原因",
        ]),
        Case(name: "a sitting reported twice", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,,,,,,举办,,\n2026-12-23,接诊,烟雨社区,,,,,,,,举办,,\n2026/12/9,接诊,haitangxi-yanyu,,,L016,,,,,替班,,\n", expected: [
            "4:11: error: intake.duplicate-report line=2 occurrence=\(yanyu9) place=intake.column place.number=11 place.title=情况",
        ]),
        Case(name: "not held, with visitors after the report", csv: "\(header)\n2026-12-09,接诊,烟雨社区,,,,,,,,未举办,停电,\n2026-12-23,接诊,烟雨社区,1,已解决,,,咨询,,,,,\n\(visitor),,,\n2026-12-09,接诊,烟雨社区,2,已解决,,,咨询,,,,,\n", expected: [
            "2:11: error: intake.not-held-with-visitors line=4 occurrence=\(yanyu9) place=intake.column place.number=11 place.title=情况",
        ]),
        Case(name: "not held, with visitors before the report", csv: "\(header)\n\(visitor),,,\n2026-12-09,接诊,烟雨社区,,,,,,,,未举办,停电,\n", expected: [
            "3:11: error: intake.not-held-with-visitors line=2 occurrence=\(yanyu9) place=intake.column place.number=11 place.title=情况",
        ]),
        Case(name: "a report of no sitting", csv: "\(header)\n2026-12-10,接诊,烟雨社区,,,,,,,,未举办,停电,\n2026-12-09,会诊,烟雨社区,,,,,,,,举办,,\n", expected: [
            "2:1: error: intake.no-occurrence date=2026-12-10 place=intake.column place.number=1 place.title=日期 site=烟雨社区 workflow=接诊",
            "3:3: error: intake.district-wide place=intake.column place.number=3 place.title=诊室 site=烟雨社区 workflow=会诊",
        ]),
        Case(name: "a 情况 column with 序号 but no 结果", csv: "日期,工作流,诊室,序号,情况\n", expected: [
            "1:1: error: intake.missing-visitor-column key=outcome title=结果",
        ]),
        Case(name: "a 情况 column with 结果 but no 序号", csv: "日期,工作流,诊室,结果,情况\n", expected: [
            "1:1: error: intake.missing-visitor-column key=ordinal title=序号",
        ]),
        Case(name: "a sheet of reports without 诊室", csv: "日期,工作流,情况\n", expected: [
            "1:1: error: intake.missing-column key=site title=诊室",
        ]),
    ]

    @Test(arguments: cases)
    func badInputGivesExactlyItsDiagnostics(_ example: Case) throws {
        let result = try IntakeSupport.read(example.csv)
        #expect(IntakeSupport.summary(result) == example.expected)
        #expect(result.rows.isEmpty && result.reports.isEmpty, "nothing when there is an error")
    }

    @Test func aReasonOf200CharactersIsAccepted() throws {
        let reason = String(repeating: "停", count: 200)
        let result = try IntakeSupport.read("\(Self.header)\n2026-12-09,接诊,烟雨社区,,,,,,,,未举办,\(reason),\n")
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.reports.first?.reason == reason)
    }

    @Test func oneBadReportSpoilsTheVisitorsAndOneBadVisitorTheReports() throws {
        let good = "\(Self.header)\n\(Self.visitor),,,\n2026-12-09,接诊,烟雨社区,,,L016,,,,,替班,,\n2026-12-23,接诊,烟雨社区,,,,,,,,未举办,停电,\n"
        let clean = try IntakeSupport.read(good)
        #expect(IntakeSupport.summary(clean) == [])
        #expect(clean.rows.count == 1 && clean.reports.count == 2)

        let badReport = try IntakeSupport.read(good + "2026-12-04,助诊,烟雨社区,,,,,,,,举办,,很多\n")
        #expect(badReport.diagnostics.errorCount == 1)
        #expect(badReport.rows.isEmpty && badReport.reports.isEmpty)

        let badVisitor = try IntakeSupport.read(good + "2026-12-04,助诊,烟雨社区,1,已解决,,,consultation,劳动,0,,,\n")
        #expect(badVisitor.diagnostics.errorCount == 1)
        #expect(badVisitor.rows.isEmpty && badVisitor.reports.isEmpty)
    }

    // MARK: Words

    @Test func reportMessagesReadInBothLanguagesWithTheirHints() throws {
        let result = try IntakeSupport.read("\(Self.header)\n\(Self.visitor),,,\n2026-12-09,接诊,烟雨社区,,,,,,,,未举办,,\n")
        let problems = result.diagnostics.sorted
        #expect(problems.map(\.message.code) == [IntakeMessage.notHeldWithVisitors.rawValue, IntakeMessage.notHeldWithoutReason.rawValue])
        let english = problems.map { LoaderWords.english.render($0.message) }
        let chinese = problems.map { LoaderWords.chinese.render($0.message) }
        #expect(english == [
            "column 11 (情况): \(Self.yanyu9) is reported not held (未举办), but line 2 records a visitor at it",
            "column 12 (原因): a sitting not held (未举办) needs a reason",
        ])
        #expect(chinese == [
            "第 11 列（情况）：\(Self.yanyu9) 报告为未举办，但第 2 行登记了这场的来访群众",
            "第 12 列（原因）：未举办的场次必须填写原因",
        ])
        #expect(problems.compactMap(\.hint).map { LoaderWords.english.render($0) } == [
            "if the sitting took place, write 举办 or 替班; if not, the visitor rows belong to another sitting",
            "write why in the 原因 (reason) column, e.g. 律师病假，未能调班; add the column to the header if it has none",
        ])

        let status = try IntakeSupport.read("\(Self.header)\n2026-12-09,接诊,烟雨社区,,,,,,,,未举行,,\n").diagnostics.sorted.first
        #expect(status.map { LoaderWords.english.render($0.message) } == "column 11 (情况): '未举行' is not a sitting status; did you mean '未举办'?")
        #expect(status.map { LoaderWords.chinese.render($0.message) } == "第 11 列（情况）：“未举行”不是有效的情况；是不是“未举办”？")
        #expect(status?.hint.map { LoaderWords.chinese.render($0) } == "请填写 举办、未举办、替班、改期（在“新日期”填写举办日期）或 加开")
    }

    @Test func everyReportDiagnosticHasAHint() throws {
        let found = Self.cases.flatMap { example in (try? IntakeSupport.read(example.csv))?.diagnostics.sorted ?? [] }
        #expect(found.count == Self.cases.map(\.expected.count).reduce(0, +))
        let withoutHint = found.filter { $0.hint == nil && $0.message.code != IntakeMessage.outside.rawValue }
        #expect(withoutHint.isEmpty, "\(withoutHint)")
    }

    // MARK: The template and the documentation

    @Test func theTemplateEndsWithAnExampleReportThatReadsBack() throws {
        let set = try IntakeSupport.loadedSet()
        let template = IntakeTemplate(set: set)
        let cells = try template.cells(month: template.defaultMonth)
        #expect(cells.count == 3, "the header, an example visitor and an example report")
        let header = try #require(cells.first)
        #expect(Array(header[9...12]) == ["备注", "情况", "原因", "人数"])
        let result = IntakeReader(set: set).read(bytes: Array(try template.csv(month: template.defaultMonth).utf8), file: "template.csv")
        #expect(IntakeSupport.summary(result) == [])
        let visitor = try #require(result.rows.first)
        let report = try #require(result.reports.first)
        #expect(report.location.line == 3)
        #expect(report.status == .notHeld && report.reason?.isEmpty == false)
        #expect(report.workflowID == visitor.workflowID && report.siteID == visitor.siteID && report.date > visitor.date,
                "the next sitting of the visitor's workflow and site")
        #expect(report.note == visitor.note && visitor.note?.contains("删除") == true, "both example rows say to delete them")
    }

    @Test func aMonthWithOneSittingGetsAHeldExampleReport() throws {
        // With 巡诊 alone (once a month at each community) the example visitor's sitting is the
        // only one of its site that month: the example reports it held.
        let set = try IntakeSupport.loadedSet()
        let template = IntakeTemplate(set: set)
        let month = try #require(YearMonth(year: 2026, month: 12))
        let all = try template.cells(month: month)
        #expect(all[2][10] == "未举办")
        var single = set
        single.workflows = set.workflows.filter { $0.id == "xunzhen" }
        let cells = try IntakeTemplate(set: single).cells(month: month)
        let visitor = cells[1], report = cells[2]
        #expect(Array(report[0...2]) == Array(visitor[0...2]), "the visitor's own sitting")
        #expect(report[10] == "举办" && report[11] == "")
        #expect(IntakeSupport.summary(IntakeReader(set: single).read(bytes: Array(try IntakeTemplate(set: single).csv(month: month).utf8),
                                                                     file: "t.csv")) == [])
    }

    @Test func theDocumentedReportsReadAsDocumented() throws {
        // docs/intake.md shows a sheet with visitors and reports (the ```text block after
        // "This sheet:"), and one with the report mistakes (after "These rows:") and what the
        // reader reports for it (after "are reported as:").
        let page = try String(contentsOf: CalendarFileTests.repository.appendingPathComponent("docs/intake.md"), encoding: .utf8)
        func block(after marker: String) throws -> String {
            let start = try #require(page.range(of: marker + "\n\n```text\n"))
            let end = try #require(page.range(of: "\n```", range: start.upperBound..<page.endIndex))
            return String(page[start.upperBound..<end.lowerBound]) + "\n"
        }
        let good = try IntakeSupport.read(try block(after: "This sheet:"))
        #expect(IntakeSupport.summary(good) == [])
        #expect(good.rows.count == 3)
        #expect(Set(good.reports.map(\.status)) == Set(SittingReport.Status.allCases))
        let bad = try IntakeSupport.read(try block(after: "These rows:"))
        #expect(DiagnosticRenderer(messages: LoaderWords.english).render(bad.diagnostics) == (try block(after: "are reported as:")))
    }
}

/// An event's report row fills the event case's fields (活动形式, 发放资料份数); another
/// workflow's report, or an event not held, has no such cells.
@Suite struct EventReportFieldsTests {
    static let header = "日期,工作流,诊室,序号,结果,情况,人数,活动形式,发放资料份数"

    @Test func anEventsReportGivesItsCaseTheFieldsItFills() throws {
        let result = try IntakeSupport.read("""
            \(Self.header)
            2026-12-04,助诊,烟雨社区,,,举办,120,讲座、以案释法,300
            2026-12-04,助诊,东路社区,,,举办,80,,

            """)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.reports.map(\.fields) == [["activities": .list([.string("讲座"), .string("以案释法")]), "materials": .int(300)], [:]])
    }

    @Test func anotherWorkflowsReportOrAnEventNotHeldHasNoSuchCells() throws {
        let result = try IntakeSupport.read("""
            \(Self.header)
            2026-12-09,接诊,烟雨社区,,,举办,,讲座,
            2026-12-04,助诊,烟雨社区,,,未举办,,讲座,
            2026-12-04,助诊,东路社区,,,举办,,,-3

            """)
        #expect(result.reports.isEmpty)
        let english = IntakeSupport.englishSummary(result)
        #expect(english.count == 4, "\(english)")
        #expect(english.first?.hasPrefix("2:8: error: column 8 (活动形式): this row reports the sitting as a whole") == true, "\(english)")
        #expect(english.contains { $0.hasPrefix("3:8: error:") }, "a cell of an event not held: \(english)")
        #expect(english.contains { $0.hasPrefix("4:9: error:") }, "a count below its minimum: \(english)")
    }
}
