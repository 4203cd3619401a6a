import Testing
import SizhenDiagnostics
import SizhenModel
import SizhenRules
@testable import SizhenLoader

/// What clinics write in their own words: an enum field's label (纠纷, 一般) as well as its code,
/// staff lists separated the way a Chinese keyboard types them, and a template whose example
/// rows are in Chinese.
@Suite struct IntakeLabelTests {
    @Test func theShippedSchemaLabelsItsEnumsInChinese() throws {
        let schema = try #require(try IntakeSupport.loadedSet().caseSchema)
        #expect(schema.label(of: "dispute", at: ["kind"]) == "纠纷")
        #expect(schema.label(of: "need", at: ["kind"]) == "需求")
        #expect(schema.label(of: "general", at: ["complexity"]) == "一般")
        #expect(schema.label(of: "婚恋", at: ["category"]) == "婚恋", "a value without a label reads as itself")
    }

    @Test(arguments: [("纠纷", "dispute"), ("dispute", "dispute"), ("Dispute", "dispute"), ("咨询", "consultation"), ("需求", "need")])
    func aKindIsReadByItsLabelOrItsCode(text: String, code: String) throws {
        let result = try IntakeSupport.read("\(IntakeSupport.header),调解案件难易\n2026-12-09,接诊,烟雨社区,1,已解决,,,\(text),邻里,2,一般\n")
        #expect(IntakeSupport.summary(result) == [])
        let row = try #require(result.rows.first)
        #expect(row.fields["kind"] == .string(code), "the case keeps the code")
        #expect(row.fields["complexity"] == .string("general"))
    }

    @Test func anUnknownValueListsTheLabelsWithTheirCodes() throws {
        let result = try IntakeSupport.read("\(IntakeSupport.header)\n2026-12-09,接诊,烟雨社区,1,已解决,,,纠份,邻里,2\n")
        #expect(IntakeSupport.summary(result) == [
            "2:8: error: intake.not-a-value place=intake.column place.number=8 place.title=案件类型 suggestion=纠纷 text=纠份",
        ])
        let hint = try #require(result.diagnostics.sorted.first?.hint)
        #expect(LoaderWords.english.render(hint) == "write one of: 咨询 (consultation), 纠纷 (dispute), 需求 (need) (the name or the code)")
        #expect(LoaderWords.chinese.render(hint) == "请填写以下之一：咨询（consultation）、纠纷（dispute）、需求（need）（名称或代码均可）")
    }

    @Test(arguments: ["谢海莉，M07", "谢海莉,M07", "谢海莉；M07", "谢海莉、M07", "谢海莉 ， M07"])
    func staffListsTakeFullWidthSeparators(staff: String) throws {
        let result = try IntakeSupport.read("\(IntakeSupport.header),调解案件难易\n2026-12-09,接诊,烟雨社区,1,已解决,\"\(staff)\",,纠纷,邻里,2,简单\n")
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.first?.staff == ["L016", "M07"])
    }

    @Test(arguments: ["1,200", "1，200"])
    func aNumberGroupedByThousandsIsExplained(text: String) throws {
        let result = try IntakeSupport.read("日期,工作流,诊室,序号,结果,人数,情况\n2026-12-04,助诊,烟雨社区,,,\"\(text)\",举办\n")
        let found = try #require(result.diagnostics.sorted.first)
        #expect(found.message.code == IntakeMessage.notAnInteger.rawValue)
        #expect(found.hint.map(LoaderWords.english.render) == "write the number without separators: 1200")
    }

    @Test func theTemplateIsInChineseAndReadsBack() throws {
        let template = IntakeTemplate(set: try IntakeSupport.loadedSet())
        let rows = try template.cells(month: template.defaultMonth)
        let header = rows[0], example = rows[1]
        func cell(_ title: String) -> String? { header.firstIndex(of: title).map { example[$0] } }
        #expect(cell("案件类型") == "咨询")
        #expect(cell("调解案件难易") == "简单")
        let staff = try #require(cell("接待人员"))
        #expect(!staff.isEmpty && !staff.contains { $0.isASCII }, "the example names its staff by name: \(staff)")
        let result = IntakeReader(set: try IntakeSupport.loadedSet()).read(bytes: Array(try template.csv(month: template.defaultMonth).utf8),
                                                                           file: "template.csv")
        #expect(IntakeSupport.summary(result) == [])
        #expect(result.rows.first?.fields["kind"] == .string("consultation"))
    }
}
