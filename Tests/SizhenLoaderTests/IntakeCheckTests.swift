import Testing
import SizhenDiagnostics
import SizhenModel
@testable import SizhenLoader

/// The shipped case schema's `checks:` refuse incomplete and contradictory visitor rows, each
/// at the cell its check names: a row with no case kind, a dispute without its difficulty,
/// 已解决 with 化解 否, 未解决 with 化解 是. Consistent rows pass.
@Suite struct IntakeCheckTests {
    static let header = "日期,工作流,诊室,序号,结果,接待人员,备注,案件类型,纠纷或咨询的领域,当事人数,调解案件难易,矛盾纠纷是否已化解"

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var row: String
        var expected: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "consistent dispute", row: "2026-12-09,接诊,烟雨社区,1,已解决,,,纠纷,邻里,2,简单,是", expected: []),
        Case(name: "unresolved dispute", row: "2026-12-09,接诊,烟雨社区,1,未解决,,,纠纷,邻里,2,一般,否", expected: []),
        Case(name: "consultation without difficulty", row: "2026-12-09,接诊,烟雨社区,1,已解决,,,咨询,劳动,1,,", expected: []),
        Case(name: "referred dispute not settled", row: "2026-12-09,接诊,烟雨社区,1,已转介,,,纠纷,物业,7,复杂,否", expected: []),
        Case(name: "no case kind", row: "2026-12-09,接诊,烟雨社区,1,已解决,,,,劳动,1,,", expected: [
            "2:8: error: intake.check-failed message=没有填写案件类型（咨询、纠纷或需求） place=intake.column place.number=8 place.title=案件类型",
        ]),
        Case(name: "dispute without difficulty", row: "2026-12-09,接诊,烟雨社区,1,未解决,,,纠纷,邻里,2,,否", expected: [
            "2:11: error: intake.check-failed message=矛盾纠纷须填写调解案件难易（简单、一般或复杂），它决定调解案件补贴 place=intake.column place.number=11 place.title=调解案件难易",
        ]),
        Case(name: "resolved but not settled", row: "2026-12-09,接诊,烟雨社区,1,已解决,,,纠纷,邻里,2,简单,否", expected: [
            "2:12: error: intake.check-failed message=结果为已解决，矛盾纠纷是否已化解却填了否 place=intake.column place.number=12 place.title=矛盾纠纷是否已化解",
        ]),
        Case(name: "unresolved but settled", row: "2026-12-09,接诊,烟雨社区,1,未解决,,,纠纷,邻里,2,简单,是", expected: [
            "2:12: error: intake.check-failed message=结果为未解决，矛盾纠纷是否已化解却填了是 place=intake.column place.number=12 place.title=矛盾纠纷是否已化解",
        ]),
        Case(name: "two checks at once", row: "2026-12-09,接诊,烟雨社区,1,已解决,,,纠纷,邻里,2,,否", expected: [
            "2:11: error: intake.check-failed message=矛盾纠纷须填写调解案件难易（简单、一般或复杂），它决定调解案件补贴 place=intake.column place.number=11 place.title=调解案件难易",
            "2:12: error: intake.check-failed message=结果为已解决，矛盾纠纷是否已化解却填了否 place=intake.column place.number=12 place.title=矛盾纠纷是否已化解",
        ]),
    ]

    @Test(arguments: cases)
    func aRowIsCheckedByTheSchemasChecks(_ example: Case) throws {
        let result = try IntakeSupport.read("\(Self.header)\n\(example.row)\n")
        #expect(IntakeSupport.summary(result) == example.expected)
        #expect(result.rows.count == (example.expected.isEmpty ? 1 : 0), "a refused row is not read")
    }

    @Test func aCheckWhoseColumnTheSheetLacksPointsAtTheOutcome() throws {
        let result = try IntakeSupport.read("日期,工作流,诊室,序号,结果,当事人数\n2026-12-09,接诊,烟雨社区,1,已解决,1\n")
        #expect(IntakeSupport.summary(result) == [
            "2:5: error: intake.check-failed message=没有填写案件类型（咨询、纠纷或需求） place=intake.column place.number=5 place.title=结果",
        ])
        let hint = try #require(result.diagnostics.sorted.first?.hint)
        #expect(LoaderWords.english.render(hint).hasPrefix("the case schema's check 'kind_required' refuses such a row"))
    }

    @Test func theChecksAreTheFilesNotTheCode() throws {
        let schema = try #require(try IntakeSupport.loadedSet().caseSchema)
        #expect(schema.checks.map(\.id) == ["kind_required", "dispute_complexity", "resolved_but_not_settled", "unresolved_but_settled"])
    }
}
