import Testing
@testable import SizhenDiagnostics

@Suite struct DiagnosticRendererTests {
    let source = "version: 1\nkind: calendar\n名称: 中国 holidys\n\tx: 1\n"

    func renderer(limit: Int = 100) -> DiagnosticRenderer {
        let text = source
        return DiagnosticRenderer(limit: limit, usesColour: false) { path in path == "cn.yaml" ? text : nil }
    }

    @Test func rendersLocationSourceLineAndCaret() {
        let diagnostics = Diagnostics([
            .error(.legacy("unknown key 'kindd'"), at: SourceLocation(file: "cn.yaml", line: 2, column: 1), hint: .legacy("remove it")),
        ])
        #expect(renderer().render(diagnostics) == """
            cn.yaml:2:1: error: unknown key 'kindd'
                kind: calendar
                ^
              hint: remove it
            1 error

            """)
    }

    @Test func caretCountsWideCharactersAsTwoColumnsAndKeepsTabs() {
        let wide = renderer().render(.error(.legacy("bad"), at: SourceLocation(file: "cn.yaml", line: 3, column: 8)))
        #expect(wide.hasSuffix("    名称: 中国 holidys\n               ^\n"))
        let tab = renderer().render(.error(.legacy("tab"), at: SourceLocation(file: "cn.yaml", line: 4, column: 2)))
        #expect(tab.hasSuffix("    \tx: 1\n    \t^\n"))
    }

    @Test func sortsByLocationAndCapsTheCount() {
        var diagnostics = Diagnostics()
        for line in (1...5).reversed() {
            diagnostics.append(.warning(.legacy("w\(line)"), at: SourceLocation(file: "other.yaml", line: line, column: 1)))
        }
        let text = renderer(limit: 3).render(diagnostics)
        #expect(text == """
            other.yaml:1:1: warning: w1
            other.yaml:2:1: warning: w2
            other.yaml:3:1: warning: w3
            … and 2 more not shown
            5 warnings

            """)
    }

    @Test func colourOnlyWhenAsked() {
        let plain = DiagnosticRenderer().render(.error(.legacy("x")))
        let coloured = DiagnosticRenderer(usesColour: true).render(.error(.legacy("x")))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    }

    @Test func suggestsCloseSpellingsOnly() {
        #expect(Suggestions.closest(to: "holidys", in: ["holidays", "workdays", "status"]) == "holidays")
        #expect(Suggestions.closest(to: "zzzz", in: ["holidays", "workdays"]) == nil)
        #expect(Suggestions.didYouMean("MONTLY", in: ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]) == "; did you mean 'MONTHLY'?")
    }
}
