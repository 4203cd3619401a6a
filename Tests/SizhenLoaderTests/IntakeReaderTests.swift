import Foundation
import Testing
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRules
@testable import SizhenLoader

/// Good intake files: every encoding Excel saves, quoting, every column type, Chinese and key
/// headers, Excel's dates, and the documentation's example file.
@Suite struct IntakeReaderTests {
    static let body = """
        \(IntakeSupport.header),调解案件难易
        2026-12-09,接诊,烟雨社区,1,已解决,L016,"咨询工资,加班费",consultation,劳动,1
        2026-12-09,接诊,haitangxi-yanyu,2,未解决,谢海莉、M07,"楼上漏水
        未谈拢",dispute,邻里,2,一般

        """

    @Test func aUTF8FileReads() throws {
        let result = try IntakeSupport.read(Self.body)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.encoding == .utf8)
        #expect(result.rows.count == 2)
        let first = try #require(result.rows.first)
        #expect(first.occurrenceID == "jiezhen/haitangxi-yanyu/2026-12-09/1")
        #expect(first.workflowID == "jiezhen")
        #expect(first.siteID == "haitangxi-yanyu")
        #expect(first.date == CivilDate(year: 2026, month: 12, day: 9))
        #expect(first.ordinal == 1)
        #expect(first.outcome == .resolved)
        #expect(first.staff == ["L016"])
        #expect(first.note == "咨询工资,加班费")
        #expect(first.fields == ["kind": .string("consultation"), "category": .string("劳动"), "parties": .int(1)])
        #expect(first.personal == nil)
        #expect(first.location == SourceLocation(file: "intake.csv", line: 2, column: 1))
        let second = result.rows[1]
        #expect(second.staff == ["L016", "M07"], "a name and an id, separated by 、")
        #expect(second.note == "楼上漏水\n未谈拢")
        #expect(second.outcome == .unresolved)
        #expect(second.location.line == 3)
    }

    @Test func aUTF8FileWithAByteOrderMarkAndCRLFReads() throws {
        let text = Self.body.replacingOccurrences(of: "\n", with: "\r\n")
        let result = try IntakeSupport.read(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.encoding == .utf8WithBOM)
        #expect(result.rows.count == 2)
        #expect(result.rows[1].note == "楼上漏水\n未谈拢", "a CRLF inside a quoted cell becomes a line break")
    }

    @Test func aGB18030FileReads() throws {
        let bytes = try IntakeSupport.gb18030(Self.body)
        #expect(bytes != Array(Self.body.utf8))
        #expect(IntakeEncoding.firstInvalidUTF8(bytes) != nil, "GB18030 Chinese is not valid UTF-8")
        let result = try IntakeSupport.read(bytes: bytes)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.encoding == .gb18030)
        #expect(result.rows == (try IntakeSupport.read(Self.body)).rows)
        #expect(result.text == Self.body)
    }

    @Test func aGBKOnlyFileReadsAsGB18030() throws {
        // GBK is a subset of GB18030: a file Excel saved as GBK reads the same.
        let bytes = try Transcoder.convert(Array(Self.body.utf8), from: "UTF-8", to: "GBK").get()
        let result = try IntakeSupport.read(bytes: bytes)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.count == 2)
    }

    @Test func keysWorkAsHeadersInAnyCaseAndOrder() throws {
        let text = """
            Outcome,ordinal,case.kind,SITE,workflow,date,staff,note,case.resident.housebound
            referred,3,need,烟雨社区,xunzhen,2026-12-01,cw-haitangxi-yanyu,,是

            """
        let result = try IntakeSupport.read(text)
        #expect(IntakeSupport.summary(result) == [])
        let row = try #require(result.rows.first)
        #expect(row.occurrenceID == "xunzhen/haitangxi-yanyu/2026-12-01/1")
        #expect(row.outcome == .referred)
        #expect(row.ordinal == 3)
        #expect(row.note == nil)
        guard case .object(let resident)? = row.fields["resident"] else {
            Issue.record("resident must be an object, not \(String(describing: row.fields["resident"]))")
            return
        }
        #expect(resident["housebound"] == .bool(true))
        #expect(resident["age"] == .null, "a field left out is null")
    }

    @Test func everyColumnTypeAndTheWholeDescriptionAsAHeader() throws {
        let text = """
            日期,工作流,诊室,序号,结果,姓名,电话,身份证号,当事人数,是否重大疑难案件,案件类型：法律咨询（consultation）、矛盾纠纷（dispute）、巡诊发现的需求（need）,涉及的问题,年龄,是否老年人,出行困难,case.complexity
            2026/12/23,接诊,东路社区,1,已解决,李某,'+86 138 0000 0000,500101199001011234,5,TRUE,Dispute,心理疏导；低保、 法律援助 ,82,0,否,COMPLEX

            """
        let result = try IntakeSupport.read(text)
        #expect(IntakeSupport.summary(result) == [])
        let row = try #require(result.rows.first)
        #expect(row.date == CivilDate(year: 2026, month: 12, day: 23), "Excel's 2026/12/23")
        #expect(row.personal == PersonalData(name: "李某", phone: "+86 138 0000 0000", idNumber: "500101199001011234"),
                "the apostrophe Excel puts before + is dropped")
        #expect(row.fields["parties"] == .int(5))
        #expect(row.fields["major"] == .bool(true))
        #expect(row.fields["kind"] == .string("dispute"), "an enum value in another case is the value")
        #expect(row.fields["topics"] == .list([.string("心理疏导"), .string("低保"), .string("法律援助")]))
        guard case .object(let resident)? = row.fields["resident"] else {
            Issue.record("resident must be an object")
            return
        }
        #expect(resident["age"] == .int(82))
        #expect(resident["elderly"] == .bool(false))
        #expect(resident["housebound"] == .bool(false))
    }

    @Test func aDoubleColumnReads() throws {
        let schema = CaseSchema(id: "case", fields: [
            SchemaField(name: "hours", type: .double(min: 0, max: 24), description: "时长", location: SourceLocation(file: "s", line: 1, column: 1)),
        ], location: SourceLocation(file: "s", line: 1, column: 1))
        var set = try IntakeSupport.loadedSet()
        set.caseSchema = schema
        let reader = IntakeReader(set: set)
        let good = reader.read(bytes: Array("日期,工作流,诊室,序号,结果,时长\n2026-12-09,接诊,烟雨社区,1,已解决,1.5\n".utf8), file: "d.csv")
        #expect(good.rows.first?.fields == ["hours": .double(1.5)])
        let bad = reader.read(bytes: Array("日期,工作流,诊室,序号,结果,时长\n2026-12-09,接诊,烟雨社区,1,已解决,1.5h\n2026-12-09,接诊,烟雨社区,2,已解决,25\n".utf8), file: "d.csv")
        #expect(IntakeSupport.summary(bad) == [
            "2:6: error: intake.not-a-number place=intake.column place.number=6 place.title=时长 text=1.5h",
            "3:6: error: intake.outside max=24.0 min=0.0 place=intake.column place.number=6 place.title=时长 text=25",
        ])
        #expect(IntakeSupport.englishSummary(bad) == [
            "2:6: error: column 6 (时长): '1.5h' is not a number",
            "3:6: error: column 6 (时长): 25 is outside 0.0…24.0",
        ])
    }

    @Test func formulasAreTextNeverEvaluated() throws {
        let text = "\(IntakeSupport.header)\n2026-12-09,接诊,烟雨社区,1,已解决,,=1+1,consultation,劳动,\n2026-12-09,接诊,烟雨社区,2,已解决,,'=SUM(A1:A2),consultation,劳动,\n"
        let result = try IntakeSupport.read(text)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.map(\.note) == ["=1+1", "=SUM(A1:A2)"])
    }

    @Test func aHeaderOnlyFileHasNoRowsAndNoErrors() throws {
        let result = try IntakeSupport.read(IntakeSupport.header + "\r\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.rows.isEmpty)
        #expect(result.isValid)
    }

    @Test func aSittingMovedByAHolidayIsMatchedOnTheDayItIsHeld() throws {
        // 巡诊 is due on 2026-10-06 (国庆节) and held on 2026-10-08 (next_workday).
        let text = "日期,工作流,诊室,序号,结果,案件类型\n2026-10-08,巡诊,烟雨社区,1,已解决,需求\n2026-10-06,巡诊,烟雨社区,1,已解决,需求\n"
        let result = try IntakeSupport.read(text)
        #expect(IntakeSupport.summary(result) == [
            "3:1: error: intake.no-occurrence date=2026-10-06 place=intake.column place.number=1 place.title=日期 site=烟雨社区 workflow=巡诊",
        ])
        #expect(result.rows.isEmpty, "all or nothing")
        let good = try IntakeSupport.read("日期,工作流,诊室,序号,结果,案件类型\n2026-10-08,巡诊,烟雨社区,1,已解决,需求\n")
        #expect(good.rows.first?.occurrenceID == "xunzhen/haitangxi-yanyu/2026-10-08/1")
    }

    @Test func aDistrictWidePanelTakesTheDistrictAsItsSite() throws {
        let result = try IntakeSupport.read("日期,工作流,诊室,序号,结果,接待人员\n2026-12-28,会诊,重庆市南岸区,1,已解决,L016\n2026-12-29,huizhen,nanan,1,已解决,\n")
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.map(\.occurrenceID) == ["huizhen/nanan/2026-12-28/1", "huizhen/nanan/2026-12-29/1"])
    }

    @Test func theDocumentationExampleReadsWithoutDiagnostics() throws {
        let path = CalendarFileTests.repository.appendingPathComponent("docs/examples/intake-2026-12.csv").path
        let result = IntakeReader(set: try IntakeSupport.loadedSet()).read(path: path)
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.encoding == .utf8WithBOM)
        #expect((5...10).contains(result.rows.count))
        #expect(Set(result.rows.map(\.workflowID)) == ["jiezhen", "xunzhen", "zhuzhen"])
        #expect(result.rows.contains { row in
            guard row.workflowID == "xunzhen", case .object(let resident)? = row.fields["resident"] else { return false }
            return resident["housebound"] == .bool(true)
        }, "one housebound need on a 巡诊 round")
        #expect(Set(result.rows.map(\.outcome)) == Set(CaseOutcome.allCases))
        #expect(Set(result.rows.compactMap { $0.fields["category"] }).count >= 4)
    }

    @Test func theTemplateReadsBackWithItsExampleRow() throws {
        let set = try IntakeSupport.loadedSet()
        let template = IntakeTemplate(set: set)
        let csv = try template.csv(month: template.defaultMonth)
        #expect(csv.hasPrefix("\u{FEFF}日期,工作流,诊室,序号,结果,接待人员,姓名,电话,身份证号,备注,"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.contains("三事分流"), "fields a decision table writes are left out of the template")
        let result = IntakeReader(set: set).read(bytes: Array(csv.utf8), file: "template.csv")
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.first?.occurrenceID.hasPrefix("jiezhen/") == true)
        #expect(result.rows.first?.date == CivilDate(year: 2026, month: 12, day: 9))
    }
}
