import Foundation
import Testing
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
@testable import SizhenLoader

/// Sittings held on another day than planned (改期, with its 新日期) or besides the plan (加开):
/// the report, the visitors of the day it was held (in the same file, before or after the
/// report, or in a later file when the report is stored), and each mistake at its cell.
@Suite struct IntakeMovedSittingTests {
    /// `IntakeReportTests.header`, then 新日期 (column 14).
    static let header = IntakeReportTests.header + ",新日期"

    /// A report row under `header`.
    static func report(_ sitting: String, staff: String = "", _ status: String, reason: String = "", heldOn: String = "") -> String {
        "\(sitting),,,\(staff),,,,,\(status),\(reason),,\(heldOn)"
    }

    /// A visitor row under `header` (a consultation).
    static func visitor(_ sitting: String, ordinal: Int = 1) -> String {
        "\(sitting),\(ordinal),已解决,,,consultation,劳动,1,,,,"
    }

    static let yanyu9 = IntakeReportTests.yanyu9

    static func day(_ text: String) throws -> CivilDate { try #require(CivilDate(iso: text)) }

    @Test func aMovedSittingsVisitorsBelongToItOnTheDayItWasHeld() throws {
        let result = try IntakeSupport.read("""
            \(Self.header)
            \(Self.visitor("2026-12-11,接诊,烟雨社区"))
            \(Self.report("2026-12-09,接诊,烟雨社区", "改期", reason: "律师出庭", heldOn: "2026-12-11"))
            \(Self.visitor("2026-12-11,接诊,烟雨社区", ordinal: 2))

            """)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.map(\.occurrenceID) == [Self.yanyu9, Self.yanyu9], "the visitors are of the sitting planned on the 9th")
        #expect(result.rows.map(\.date) == [try Self.day("2026-12-11"), try Self.day("2026-12-11")])
        let moved = try #require(result.reports.first)
        #expect(moved.status == .moved && moved.occurrenceID == Self.yanyu9)
        let ninth = try Self.day("2026-12-09"), eleventh = try Self.day("2026-12-11")
        #expect(moved.date == ninth && moved.heldOn == eleventh && moved.day == eleventh)
        #expect(moved.reason == "律师出庭")
        let fact = Fact.sitting(moved, source: "intake.csv:3")
        #expect(fact.on == (try Self.day("2026-12-11")), "the fact is about the day it was held")
        #expect(Fact.Sitting.read(fact.payload)?.planned == (try Self.day("2026-12-09")))
    }

    @Test(arguments: ["加开", "extra", "EXTRA"])
    func anExtraSittingIsANewSittingWithItsVisitors(_ word: String) throws {
        let result = try IntakeSupport.read("""
            \(Self.header)
            \(Self.report("2026-12-12,接诊,烟雨社区", staff: "L016", word, reason: "群众较多"))
            \(Self.visitor("2026-12-12,接诊,烟雨社区"))

            """)
        #expect(IntakeSupport.summary(result) == [])
        let id = "jiezhen/haitangxi-yanyu/2026-12-12/1"
        #expect(result.reports.map(\.status) == [.extra] && result.reports.map(\.occurrenceID) == [id])
        #expect(result.reports.first?.staff == ["L016"])
        #expect(result.rows.map(\.occurrenceID) == [id])
    }

    @Test func aStoredMoveOrExtraGivesALaterFilesVisitorsTheirSitting() throws {
        let changes = [
            SittingChange(occurrenceID: Self.yanyu9, workflowID: "jiezhen", siteID: "haitangxi-yanyu", status: .moved, heldOn: try Self.day("2026-12-11"),
                          planned: try Self.day("2026-12-09"), source: "a.csv:3"),
            SittingChange(occurrenceID: "jiezhen/haitangxi-yanyu/2026-12-12/1", workflowID: "jiezhen", siteID: "haitangxi-yanyu", status: .extra,
                          heldOn: try Self.day("2026-12-12"), planned: nil, source: "a.csv:4"),
        ]
        let reader = IntakeReader(set: try IntakeSupport.loadedSet(), stored: { days in changes.filter { days.contains($0.heldOn) } })
        let good = reader.read(bytes: Array("""
            \(Self.header)
            \(Self.visitor("2026-12-11,接诊,烟雨社区"))
            \(Self.visitor("2026-12-12,接诊,烟雨社区"))

            """.utf8), file: "intake.csv")
        #expect(IntakeSupport.summary(good) == [])
        #expect(good.rows.map(\.occurrenceID) == [Self.yanyu9, "jiezhen/haitangxi-yanyu/2026-12-12/1"])

        let early = reader.read(bytes: Array("\(Self.header)\n\(Self.visitor("2026-12-09,接诊,烟雨社区"))\n".utf8), file: "intake.csv")
        #expect(IntakeSupport.summary(early) == [
            "2:1: error: intake.moved-away date=2026-12-09 place=intake.column place.number=1 place.title=日期 site=烟雨社区 source=a.csv:3 to=2026-12-11 workflow=接诊",
        ])

        // The file's own report of the sitting as held on the day planned corrects the stored move.
        let back = reader.read(bytes: Array("""
            \(Self.header)
            \(Self.visitor("2026-12-09,接诊,烟雨社区"))
            \(Self.report("2026-12-09,接诊,烟雨社区", "举办"))
            \(Self.visitor("2026-12-11,接诊,烟雨社区", ordinal: 2))

            """.utf8), file: "intake.csv")
        #expect(IntakeSupport.summary(back) == [
            "4:1: error: intake.no-occurrence date=2026-12-11 place=intake.column place.number=1 place.title=日期 site=烟雨社区 workflow=接诊",
        ])
    }

    typealias Case = IntakeErrorTests.Case

    static let cases: [Case] = [
        Case(name: "moved without a new date", csv: "\(header)\n\(report("2026-12-09,接诊,烟雨社区", "改期"))\n", expected: [
            "2:14: error: intake.moved-without-date place=intake.column place.number=14 place.title=新日期",
        ]),
        Case(name: "moved without a 新日期 column", csv: "日期,工作流,诊室,情况\n2026-12-09,接诊,烟雨社区,改期\n", expected: [
            "2:4: error: intake.moved-without-date place=intake.column place.number=4 place.title=情况",
        ]),
        Case(name: "moved to the day planned, too far, onto a planned sitting, to no date", csv: """
            \(header)
            \(report("2026-12-09,接诊,烟雨社区", "改期", heldOn: "2026/12/9"))
            \(report("2026-12-23,接诊,烟雨社区", "改期", heldOn: "2027-01-24"))
            \(report("2026-12-09,接诊,东路社区", "改期", heldOn: "2026-12-23"))
            \(report("2026-12-04,助诊,烟雨社区", "改期", heldOn: "12月5日"))

            """, expected: [
            "2:14: error: intake.moved-same-day date=2026-12-09 place=intake.column place.number=14 place.title=新日期",
            "3:14: error: intake.moved-too-far date=2026-12-23 days=32 limit=31 place=intake.column place.number=14 place.title=新日期 to=2027-01-24",
            "4:14: error: intake.moved-onto-planned place=intake.column place.number=14 place.title=新日期 site=东路社区 to=2026-12-23 workflow=接诊",
            "5:14: error: intake.bad-date place=intake.column place.number=14 place.title=新日期 text=12月5日",
        ]),
        Case(name: "a new date on another status or a visitor", csv: "\(header)\n\(report("2026-12-09,接诊,烟雨社区", "举办", heldOn: "2026-12-11"))\n2026-12-23,接诊,烟雨社区,1,已解决,,,consultation,劳动,1,,,,2026-12-24\n", expected: [
            "2:14: error: intake.held-on-not-moved place=intake.column place.number=14 place.title=新日期",
            "3:14: error: intake.report-only-cell place=intake.column place.number=14 place.title=新日期",
        ]),
        Case(name: "extra on a planned day, without staff, of a workflow without schedules", csv: """
            \(header)
            \(report("2026-12-09,接诊,烟雨社区", staff: "L016", "加开"))
            \(report("2026-12-10,接诊,烟雨社区", "加开"))
            \(report("2026-12-10,会诊,重庆市南岸区", staff: "L016", "加开"))

            """, expected: [
            "2:1: error: intake.extra-on-planned-day date=2026-12-09 place=intake.column place.number=1 place.title=日期 site=烟雨社区 workflow=接诊",
            "3:6: error: intake.extra-without-staff place=intake.column place.number=6 place.title=接待人员",
            "4:1: error: intake.extra-unscheduled date=2026-12-10 place=intake.column place.number=1 place.title=日期 site=重庆市南岸区 workflow=会诊",
        ]),
        Case(name: "a visitor on the day a sitting of the file moved away from", csv: """
            \(header)
            \(report("2026-12-09,接诊,烟雨社区", "改期", heldOn: "2026-12-11"))
            \(visitor("2026-12-09,接诊,烟雨社区"))

            """, expected: [
            "3:1: error: intake.moved-away date=2026-12-09 place=intake.column place.number=1 place.title=日期 site=烟雨社区 source=intake.csv:2 to=2026-12-11 workflow=接诊",
        ]),
    ]

    @Test(arguments: cases)
    func badInputGivesExactlyItsDiagnostics(_ example: Case) throws {
        #expect(IntakeSupport.summary(try IntakeSupport.read(example.csv)) == example.expected)
    }

    @Test func everyNewMessageHasAHintInBothLanguages() throws {
        for example in Self.cases {
            for diagnostic in try IntakeSupport.read(example.csv).diagnostics.sorted {
                let hint = try #require(diagnostic.hint, "\(example.name): \(diagnostic.message.code)")
                for language in Language.allCases {
                    #expect(!MessageRenderer(book: MessageBook(SizhenLoaderMessages.catalogues), language: language).render(hint).isEmpty)
                }
            }
        }
    }
}
