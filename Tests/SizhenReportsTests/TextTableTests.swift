import Testing
import SizhenDiagnostics
@testable import SizhenReports

/// A table's cells come from files and sheets: they line up with Chinese and never act on the
/// terminal.
@Suite struct TextTableTests {
    @Test func cellsAreShownInertAndColumnsStillLineUp() {
        var table = TextTable(header: ["SITE", "NOTE"])
        table.append(["烟雨社区\u{1b}]0;owned\u{7}", "a\u{202e}b"])
        table.append(["x\ty", "\u{9b}2J\nnext"])
        let text = table.render()
        #expect(!text.unicodeScalars.contains { $0 != "\n" && QuotedText.needsEscape($0) }, "\(text.debugDescription)")
        #expect(text == """
            SITE                         NOTE
            烟雨社区\\u{1b}]0;owned\\u{7}  a\\u{202e}b
            x\\u{9}y                      \\u{9b}2J\\u{a}next

            """)
    }

    @Test func chineseAndOrdinaryTextAreUntouched() {
        var table = TextTable(header: ["DATE", "WHY"])
        table.append(["2026-12-09", "“国庆节”顺延…"])
        #expect(table.render() == "DATE        WHY\n2026-12-09  “国庆节”顺延…\n")
    }
}
