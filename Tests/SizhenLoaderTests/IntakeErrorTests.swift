import Foundation
import Testing
import SizhenDiagnostics
@testable import SizhenLoader

/// Bad intake files: each gives exactly the listed diagnostics (`line:column: severity: code
/// arguments`, the column being the cell's number, the code and arguments written as
/// `LoaderWords.compact` writes them) and no rows at all.
@Suite struct IntakeErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var csv: String
        var expected: [String]
        var description: String { name }
    }

    static let header = IntakeSupport.header
    static let good = "2026-12-09,接诊,烟雨社区,1,已解决,L016,,consultation,劳动,1"

    static let cases: [Case] = [
        Case(name: "unknown column", csv: "日期,工作流,诊室,序号,结果,类 别\n", expected: [
            "1:6: error: intake.unknown-column place=intake.column place.number=6 title=\"类 别\"",
        ]),
        Case(name: "misspelt key", csv: "date,workflow,site,ordinal,outcome,case.catgory\n", expected: [
            "1:6: error: intake.unknown-column place=intake.column place.number=6 suggestion=case.category title=case.catgory",
        ]),
        Case(name: "duplicate column", csv: "日期,工作流,诊室,序号,结果,date\n", expected: [
            "1:6: error: intake.duplicate-column first=1 place=intake.column place.number=6 place.title=date",
        ]),
        Case(name: "missing required column", csv: "日期,工作流,诊室,结果\n", expected: [
            "1:1: error: intake.missing-column key=ordinal title=序号",
        ]),
        Case(name: "no header", csv: "2026-12-09,接诊,烟雨社区,1,已解决\n", expected: [
            "1:1: error: intake.not-a-header",
        ]),
        Case(name: "bad enum with suggestion", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,已解决,,,consultation,婚姻,1\n", expected: [
            "2:9: error: intake.not-a-value place=intake.column place.number=9 place.title=纠纷或咨询的领域 suggestion=婚恋 text=婚姻",
        ]),
        Case(name: "not a number", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,已解决,,,dispute,邻里,两人\n", expected: [
            "2:10: error: intake.not-an-integer place=intake.column place.number=10 place.title=当事人数 text=两人",
        ]),
        Case(name: "number below the schema's minimum", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,已解决,,,dispute,邻里,0\n", expected: [
            "2:10: error: intake.below-minimum min=1 place=intake.column place.number=10 place.title=当事人数 text=0",
        ]),
        Case(name: "not a bool", csv: "日期,工作流,诊室,序号,结果,是否重大疑难案件\n2026-12-09,接诊,烟雨社区,1,已解决,可能\n", expected: [
            "2:6: error: intake.not-a-bool place=intake.column place.number=6 place.title=是否重大疑难案件 text=可能",
        ]),
        Case(name: "bad date", csv: "\(header)\n2026-13-09,接诊,烟雨社区,1,已解决,,,,,\n12/9/2026,接诊,烟雨社区,2,已解决,,,,,\n", expected: [
            "2:1: error: intake.bad-date place=intake.column place.number=1 place.title=日期 text=2026-13-09",
            "3:1: error: intake.bad-date place=intake.column place.number=1 place.title=日期 text=12/9/2026",
        ]),
        Case(name: "unknown workflow", csv: "\(header)\n2026-12-09,接珍,烟雨社区,1,已解决,,,,,\n", expected: [
            "2:2: error: intake.unknown-workflow place=intake.column place.number=2 place.title=工作流 suggestion=接诊 text=接珍",
        ]),
        Case(name: "unknown site", csv: "\(header)\n2026-12-09,接诊,烟雨社,1,已解决,,,,,\n", expected: [
            "2:3: error: intake.unknown-site place=intake.column place.number=3 place.title=诊室 suggestion=烟雨社区 text=烟雨社",
        ]),
        Case(name: "a site where the workflow is not held", csv: "\(header)\n2026-12-09,接诊,回龙湾社区,1,已解决,,,,,\n", expected: [
            "2:3: error: intake.not-a-site place=intake.column place.number=3 place.title=诊室 site=intake.name-and-id site.id=haitangxi-huilong site.name=回龙湾社区 workflow=接诊",
        ]),
        Case(name: "a community for a district-wide workflow", csv: "\(header)\n2026-12-09,会诊,烟雨社区,1,已解决,,,,,\n", expected: [
            "2:3: error: intake.district-wide place=intake.column place.number=3 place.title=诊室 site=烟雨社区 workflow=会诊",
        ]),
        Case(name: "unknown staff", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,已解决,L016;L9999;谢海丽,,,,\n", expected: [
            "2:6: error: intake.unknown-person place=intake.column place.number=6 place.title=接待人员 text=L9999",
            "2:6: error: intake.unknown-person place=intake.column place.number=6 place.title=接待人员 suggestion=谢海莉 text=谢海丽",
        ]),
        Case(name: "no occurrence that day", csv: "\(header)\n2026-12-10,接诊,烟雨社区,1,已解决,,,,,\n", expected: [
            "2:1: error: intake.no-occurrence date=2026-12-10 place=intake.column place.number=1 place.title=日期 site=烟雨社区 workflow=接诊",
        ]),
        Case(name: "a year the calendar does not cover", csv: "\(header)\n2027-01-13,接诊,烟雨社区,1,已解决,,,,,\n", expected: [
            "2:1: error: calendar.year-not-covered calendar=cn year=2027",
        ]),
        Case(name: "duplicate ordinal", csv: "\(header)\n\(good)\n2026-12-09,接诊,烟雨社区,2,已解决,,,咨询,,\n2026/12/9,接诊,haitangxi-yanyu,1,未解决,,,,,\n", expected: [
            "4:4: error: intake.duplicate-ordinal line=2 occurrence=jiezhen/haitangxi-yanyu/2026-12-09/1 ordinal=1 place=intake.column place.number=4 place.title=序号",
        ]),
        Case(name: "bad ordinal", csv: "\(header)\n2026-12-09,接诊,烟雨社区,0,已解决,,,,,\n2026-12-09,接诊,烟雨社区,一,已解决,,,,,\n", expected: [
            "2:4: error: intake.bad-ordinal place=intake.column place.number=4 place.title=序号 text=0",
            "3:4: error: intake.bad-ordinal place=intake.column place.number=4 place.title=序号 text=一",
        ]),
        Case(name: "bad outcome", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,解决了,,,,,\n2026-12-09,接诊,烟雨社区,2,resolvd,,,,,\n", expected: [
            "2:5: error: intake.bad-outcome place=intake.column place.number=5 place.title=结果 text=解决了",
            "3:5: error: intake.bad-outcome place=intake.column place.number=5 place.title=结果 suggestion=resolved text=resolvd",
        ]),
        Case(name: "missing required cell", csv: "\(header)\n2026-12-09,接诊,,1,已解决,,,,,\n2026-12-09,接诊,烟雨社区,2\n", expected: [
            "2:3: error: intake.missing-required place=intake.column place.number=3 place.title=诊室",
            "3:5: error: intake.missing-required place=intake.column place.number=5 place.title=结果",
        ]),
        Case(name: "a cell beyond the header", csv: "\(header)\n\(good),多余\n\(good.replacingOccurrences(of: ",1,已解决", with: ",2,已解决")),,\n", expected: [
            "2:11: error: intake.extra-cell count=10 place=intake.column place.number=11",
        ]),
        Case(name: "a cell under an empty title", csv: "日期,工作流,诊室,序号,结果,,备注\n2026-12-09,接诊,烟雨社区,1,已解决,x,\n", expected: [
            "2:6: error: intake.untitled-cell place=intake.column place.number=6",
        ]),
        Case(name: "an unclosed quote", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,已解决,,\"漏水\n纠纷,,,\n", expected: [
            "2:7: error: csv.unterminated-quote place=intake.column place.number=7",
            // The rest of the file is the quoted cell: the row has no 案件类型.
            "2:8: error: intake.check-failed message=没有填写案件类型（咨询、纠纷或需求） place=intake.column place.number=8 place.title=案件类型",
        ]),
        Case(name: "lines counted across a multi-line cell", csv: "\(header)\n2026-12-09,接诊,烟雨社区,1,已解决,,\"第一行\n第二行\n第三行\",consultation,劳动,1\n2026-12-09,接诊,烟雨社区,2,已解决,,,consultaton,劳动,1\n", expected: [
            "5:8: error: intake.not-a-value place=intake.column place.number=8 place.title=案件类型 suggestion=consultation text=consultaton",
        ]),
        Case(name: "empty file", csv: "", expected: [
            "1:1: error: intake.empty-file",
        ]),
        Case(name: "blank lines only", csv: "\r\n\r\n", expected: [
            "1:1: error: intake.empty-file",
        ]),
    ]

    @Test(arguments: cases)
    func badInputGivesExactlyItsDiagnostics(_ example: Case) throws {
        let result = try IntakeSupport.read(example.csv)
        #expect(IntakeSupport.summary(result) == example.expected)
        #expect(result.rows.isEmpty, "no rows when there is an error")
    }

    @Test func everyDiagnosticHasAHintWhereThereIsSomethingToSay() throws {
        let result = try IntakeSupport.read("\(Self.header)\n2026-12-10,接诊,烟雨社区,1,已解决,,,consultation,婚姻,1\n")
        let hints = result.diagnostics.sorted.map(\.hint)
        #expect(hints == [IntakeMessage.heldOn(["month": "2026-12", "workflow": "接诊", "site": "烟雨社区", "dates": .texts(["2026-12-09", "2026-12-23"])]),
                          DecodingMessage.allowedValues(["values": .texts(["婚恋", "家庭", "邻里", "物业", "劳动", "征地", "环境", "食品药品", "合同", "其他"])])])
        #expect(hints.compactMap { $0 }.map { LoaderWords.english.render($0) } == [
            "in 2026-12 接诊 at 烟雨社区 is held on 2026-12-09, 2026-12-23; a sitting moved to this day is reported 改期 on the day planned, one besides the plan 加开, each in a row of its own",
            "use one of: 婚恋, 家庭, 邻里, 物业, 劳动, 征地, 环境, 食品药品, 合同, 其他",
        ])
        #expect(hints.compactMap { $0 }.map { LoaderWords.chinese.render($0) } == [
            "烟雨社区的接诊在 2026-12 的举行日期为：2026-12-09、2026-12-23；改到这天的场次请在原定日期报告“改期”，计划外加开的请报告“加开”，各占一行",
            "请使用以下之一：婚恋、家庭、邻里、物业、劳动、征地、环境、食品药品、合同、其他",
        ])
    }

    @Test func pastTheShownErrorsBadRowsGetNoSuggestionAndEveryRowIsStillReported() throws {
        // 150 rows naming 接珍 (one edit from 接诊) and 150 naming a site one edit from 烟雨社区:
        // "did you mean" for the first 100 errors, the ones printed; the rest are reported plainly,
        // so that a bad row costs the same however many came before it.
        var csv = Self.header + "\n"
        for k in 1...150 { csv += "2026-12-09,接珍,烟雨社区,\(k),已解决,L016,,consultation,劳动,1\n" }
        for k in 151...300 { csv += "2026-12-09,接诊,烟雨社,\(k),已解决,L016,,consultation,劳动,1\n" }
        let result = try IntakeSupport.read(csv)
        let errors = result.diagnostics.sorted
        #expect(errors.count == 300)
        #expect(errors.count { $0.message.text("suggestion") != nil } == IntakeRowDecoder.suggestionLimit)
        #expect(errors.prefix(100).allSatisfy { $0.message.text("suggestion") == "接诊" })
        #expect(errors.dropFirst(150).allSatisfy { $0.message.code == IntakeMessage.unknownSite.rawValue && $0.message.text("suggestion") == nil })
    }

    @Test func oneBadRowSpoilsTheWholeFile() throws {
        let result = try IntakeSupport.read("\(Self.header)\n\(Self.good)\n2026-12-09,接诊,烟雨社区,2,已解决,,,consultation,劳动,-1\n")
        #expect(result.diagnostics.errorCount == 1)
        #expect(result.rows.isEmpty)
    }

    @Test func theDocumentedMistakesAreReportedAsDocumented() throws {
        // docs/intake.md shows a file (the ```text block after "For this file:") and what the
        // reader reports for it (the block after "the problems are:").
        let page = try String(contentsOf: CalendarFileTests.repository.appendingPathComponent("docs/intake.md"), encoding: .utf8)
        func block(after marker: String) throws -> String {
            let start = try #require(page.range(of: marker + "\n\n```text\n"))
            let end = try #require(page.range(of: "\n```", range: start.upperBound..<page.endIndex))
            return String(page[start.upperBound..<end.lowerBound]) + "\n"
        }
        let result = try IntakeSupport.read(try block(after: "For this file:"))
        #expect(DiagnosticRenderer(messages: LoaderWords.english).render(result.diagnostics) == (try block(after: "the problems are:")))
    }

    // MARK: Bytes

    @Test func invalidBytesAfterAUTF8ByteOrderMarkAreAnError() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("日期,工作流\n2026-12-09,".utf8) + [0xB4, 0xED] + Array("\n".utf8)
        let result = try IntakeSupport.read(bytes: bytes)
        #expect(IntakeSupport.summary(result) == [
            "2:1: error: intake.invalid-bytes encoding=intake.utf8-with-bom line=2 offset=31 what=intake.byte what.hex=B4",
        ])
        #expect(IntakeSupport.englishSummary(result) == ["2:1: error: byte 0xB4 at offset 31 (line 2) is not valid UTF-8 with BOM text"])
    }

    @Test func bytesValidInNeitherEncodingAreAnError() throws {
        // GB18030 text, then 0xFF, which no GB18030 character starts with.
        let bytes = try IntakeSupport.gb18030("日期,工作流\n接诊,") + [0xFF] + Array(",\n".utf8)
        let result = try IntakeSupport.read(bytes: bytes)
        #expect(IntakeSupport.summary(result) == ["2:1: error: intake.invalid-in-either-encoding line=2 offset=17 what=intake.byte what.hex=FF"])
        #expect(IntakeSupport.englishSummary(result) == ["2:1: error: byte 0xFF at offset 17 (line 2) is neither UTF-8 nor GB18030 text"])
        #expect(result.diagnostics.sorted.first?.hint == IntakeMessage.saveAsHint())
    }

    @Test func damagedUTF8IsReportedWhereTheUTF8BreaksOff() throws {
        // Mostly UTF-8 Chinese, one stray byte on line 3.
        let bytes = Array("日期,工作流\n2026-12-09,接诊\n".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = try IntakeSupport.read(bytes: bytes)
        #expect(IntakeSupport.summary(result) == ["3:1: error: intake.invalid-bytes encoding=UTF-8 line=3 offset=35 what=intake.byte what.hex=C3"])
    }

    @Test func aUTF16FileIsRefusedWithAHint() throws {
        let result = try IntakeSupport.read(bytes: [0xFF, 0xFE] + Array("日期".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(IntakeSupport.summary(result) == ["1:1: error: intake.utf16"])
        #expect(result.diagnostics.sorted.first?.hint == IntakeMessage.saveAsHint())
    }

    @Test func anExcelWorkbookIsRefusedWithAHint() throws {
        let result = try IntakeSupport.read(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        #expect(IntakeSupport.summary(result) == ["1:1: error: intake.workbook"])
    }

    // MARK: Limits

    @Test func tooManyRowsIsAnErrorAtTheFirstRowPastTheLimit() throws {
        let rows = (1...4).map { "2026-12-09,接诊,烟雨社区,\($0),已解决,,,咨询,," }
        let text = ([Self.header] + rows).joined(separator: "\n") + "\n"
        let result = try IntakeSupport.read(text, limits: IntakeLimits(maxRows: 3, maxBytes: 1 << 20))
        #expect(IntakeSupport.summary(result) == ["5:1: error: intake.too-many-rows limit=3"])
        let exact = try IntakeSupport.read(text + "\n\n", limits: IntakeLimits(maxRows: 4, maxBytes: 1 << 20))
        #expect(exact.diagnostics.isEmpty)
        #expect(exact.rows.count == 4)
    }

    @Test func tooManyBytesIsAnError() throws {
        let result = try IntakeSupport.read(Self.header + "\n", limits: IntakeLimits(maxRows: 10, maxBytes: 16))
        let size = IntakeSupport.header.utf8.count + 1
        #expect(IntakeSupport.summary(result) == ["1:1: error: intake.too-large limit=16 size=\(size)"])
    }

    @Test func theDefaultLimitsAre100000RowsAnd8MiB() {
        #expect(IntakeLimits.standard == IntakeLimits(maxRows: 100_000, maxBytes: 8 * 1024 * 1024))
    }

    @Test func aFullSizeFileReadsInOnePass() throws {
        // 100,000 rows over the month's sittings: checks that nothing is quadratic.
        let set = try IntakeSupport.loadedSet()
        let sites = set.sites(of: try #require(set.workflow("jiezhen"))).map(\.id)
        var text = Self.header + "\n"
        for index in 0..<100_000 {
            let round = index / sites.count
            text += "2026-12-\(round % 2 == 0 ? "09" : "23"),接诊,\(sites[index % sites.count]),\(round + 1),已解决,,,咨询,,\n"
        }
        let result = try IntakeSupport.read(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.rows.count == 100_000)
    }
}
