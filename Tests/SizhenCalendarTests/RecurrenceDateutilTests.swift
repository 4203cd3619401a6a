import Foundation
import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

/// Sizhen's expansion against python-dateutil, the reference people check rules with:
/// every case in `Fixtures/rrule-dateutil.txt` (written by `generate_rrule_fixtures.py`)
/// must give exactly dateutil's dates.
@Suite struct RecurrenceDateutilTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var line: Int
        var rule: String
        var start: String
        var dates: [String]
        var testDescription: String { "line \(line): \(rule) from \(start)" }
    }

    static let fixturePath: String = {
        let here = #filePath
        let folder = here[..<here.lastIndex(of: "/")!]
        return folder + "/Fixtures/rrule-dateutil.txt"
    }()

    static func loadCases() throws -> [Case] {
        let text = try String(contentsOfFile: fixturePath, encoding: .utf8)
        var cases: [Case] = []
        var current: Case?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("rule ") {
                current = Case(line: number + 1, rule: String(line.dropFirst(5)), start: "", dates: [])
            } else if line.hasPrefix("start ") {
                current?.start = String(line.dropFirst(6))
            } else if line.hasPrefix("dates") {
                current?.dates = line.dropFirst(5).split(separator: " ").map(String.init)
                if let done = current { cases.append(done) }
                current = nil
            }
        }
        return cases
    }

    static let cases: [Case] = (try? loadCases()) ?? []

    @Test func fixtureHasHundredsOfCasesAndThousandsOfDates() {
        #expect(Self.cases.count >= 400)
        #expect(Self.cases.reduce(0) { $0 + $1.dates.count } >= 15_000)
        #expect(Self.cases.contains { $0.dates.isEmpty }, "never-matching rules are part of the fixture")
    }

    @Test(arguments: cases)
    func matchesDateutil(_ fixture: Case) throws {
        let origin = SourceLocation(file: "fixture", line: fixture.line, column: 6)
        let rule = try RecurrenceRule.parse(fixture.rule, at: origin).get()
        let start = try #require(CivilDate(iso: fixture.start))
        let dates = rule.occurrences(from: start).prefix(60).map(\.description)
        #expect(dates == fixture.dates)
        // The canonical text means the same rule.
        let reparsed = try RecurrenceRule.parse(rule.description, at: origin).get()
        #expect(reparsed == rule)
    }
}
