import Testing
@testable import SizhenLoader

/// RFC 4180 splitting: quotes, doubled quotes, commas and line breaks inside quotes, CRLF or
/// LF, a last line with or without a line break, and the physical line of every cell.
@Suite struct IntakeCSVParserTests {
    private func texts(_ output: CSVParser.Output) -> [[String]] { output.records.map { $0.cells.map(\.text) } }

    @Test(arguments: ["a,b\nc,d\n", "a,b\r\nc,d\r\n", "a,b\nc,d", "a,b\r\nc,d", "a,b\rc,d\r"])
    func lineEndsOfEveryKind(text: String) {
        let output = CSVParser.parse(text)
        #expect(texts(output) == [["a", "b"], ["c", "d"]])
        #expect(output.records.map(\.line) == [1, 2])
        #expect(output.problems.isEmpty)
    }

    @Test func quotedCellsHoldCommasQuotesAndLineBreaks() {
        let output = CSVParser.parse("x,\"a, b\",\"say \"\"hi\"\"\"\r\n\"line 1\r\nline 2\nline 3\",y,\"\"\nlast,,")
        #expect(texts(output) == [["x", "a, b", "say \"hi\""], ["line 1\nline 2\nline 3", "y", ""], ["last", "", ""]])
        #expect(output.records.map(\.line) == [1, 2, 5], "a quoted line break advances the physical line")
        #expect(output.records[1].cells.map(\.line) == [2, 4, 4], "a cell after a multi-line cell starts on its last line")
    }

    @Test func blankLinesAndEmptyRowsAreLeftOut() {
        let output = CSVParser.parse("a,b\n\n,,\n  \nc,d\n\n")
        #expect(texts(output) == [["a", "b"], ["  "], ["c", "d"]], "a cell of spaces is not blank here; the reader trims it")
        #expect(output.records.map(\.line) == [1, 4, 5])
    }

    @Test func aQuoteInsideAnUnquotedCellIsText() {
        #expect(texts(CSVParser.parse("5\"2,b")) == [["5\"2", "b"]])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        let output = CSVParser.parse("a,b\nc,\"never\nclosed,d\n")
        #expect(output.problems == [.unterminatedQuote(line: 2, column: 2)])
    }

    @Test func textAfterAClosingQuoteIsReported() {
        let output = CSVParser.parse("a,\"b\"c,d\n")
        #expect(output.problems == [.textAfterQuote(line: 1, column: 2)])
        #expect(texts(output) == [["a", "bc", "d"]])
    }

    @Test func parsingStopsAfterTheLimitOnlyWhenMoreThanBlankLinesFollow() {
        let full = CSVParser.parse("h\n1\n2\n3\n", maxRecords: 3)
        #expect(full.isTruncated)
        #expect(full.truncatedAtLine == 4)
        let blankTail = CSVParser.parse("h\n1\n2\n\n,,\n", maxRecords: 3)
        #expect(!blankTail.isTruncated)
        #expect(blankTail.records.count == 3)
    }

    @Test func aLongFileParsesInLinearTime() {
        // 200,000 records: a quadratic parser would not finish in a test's lifetime.
        let text = String(repeating: "2026-12-09,接诊,烟雨社区,\"多行\n备注\",1\n", count: 200_000)
        let output = CSVParser.parse(text)
        #expect(output.records.count == 200_000)
        #expect(output.records.last?.line == 399_999)
    }
}
