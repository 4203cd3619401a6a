import Foundation
import Testing
import SizhenCalendar
import SizhenDiagnostics
@testable import SizhenLoader

/// Runs every fixture under Fixtures/calendars: each carries its expected diagnostics as
/// `# expect-error: LINE:COL CODE ARGS` / `# expect-warning: …` comments (Fixtures/README.md);
/// a fixture without any must load cleanly.
@Suite struct CalendarFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/calendars")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test(arguments: fixtureNames)
    func fixtureGivesExactlyItsExpectedDiagnostics(name: String) throws {
        let path = Self.fixtures.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = Expectation.parse(text)
        var sources = SourceFiles()
        let (calendar, diagnostics) = CalendarLoader().load(path, sources: &sources)
        let found = diagnostics.sorted
        for expectation in expected {
            #expect(found.contains { expectation.isMet(by: $0) }, "missing \(expectation) in \(name); found \(found.map(Expectation.init))")
        }
        #expect(found.count == expected.count, "\(name): expected \(expected.count) diagnostics, found \(found.map(Expectation.init))")
        #expect((calendar != nil) == !expected.contains { $0.severity == .error })
    }

    @Test func shippedChinaCalendarLoadsCleanWithThreeOfficialYears() throws {
        let path = Self.repository.appendingPathComponent("Workflows/calendars/cn.yaml").path
        var sources = SourceFiles()
        let (loaded, diagnostics) = CalendarLoader().load(path, sources: &sources)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted.map { SizhenLoaderMessages.describe($0) })")
        let calendar = try #require(loaded)
        #expect(calendar.id == "cn")
        #expect(calendar.missingYears == .error)
        #expect(calendar.years.keys.sorted() == [2024, 2025, 2026])
        #expect(calendar.years.values.allSatisfy { $0.status == .official })
        let y2026 = try #require(calendar.years[2026])
        #expect(y2026.source.hasPrefix("国办发明电〔2025〕7号"))
        #expect(y2026.holidays.map(\.name) == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"])
        #expect(y2026.holidays.reduce(0) { $0 + $1.first.distance(to: $1.last) + 1 } == 33)
        #expect(y2026.makeupWorkdays.map(\.date.description) == ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])
        #expect(y2026.makeupWorkdays.allSatisfy { $0.date.weekday.isWeekend })
    }

    @Test func missingFileIsAClearError() {
        var sources = SourceFiles()
        let (calendar, diagnostics) = CalendarLoader().load("/nonexistent/cal.yaml", sources: &sources)
        #expect(calendar == nil)
        let problem = diagnostics.sorted.first?.message
        #expect(problem?.code == FileMessage.noSuchFile.rawValue)
        #expect(problem?.text("path") == "/nonexistent/cal.yaml")
    }
}

/// One expected diagnostic, read from a fixture comment: `# expect-error: LINE:COL CODE ARGS`
/// (see Fixtures/README.md), or a diagnostic found, with every argument.
struct Expectation: CustomStringConvertible {
    var severity: Severity
    var line: Int
    var column: Int
    /// The code and arguments, as `LoaderWords.compact` writes them.
    var message: String

    /// A diagnostic found, for comparison with what a fixture expects.
    init(_ diagnostic: Diagnostic) {
        self.init(severity: diagnostic.severity, line: diagnostic.location?.line ?? 0, column: diagnostic.location?.column ?? 0,
                  message: LoaderWords.compact(diagnostic.message))
    }

    init(severity: Severity, line: Int, column: Int, message: String) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

    /// Whether the diagnostic `found` is at this place with this code and these arguments.
    func isMet(by found: Diagnostic) -> Bool {
        severity == found.severity && line == found.location?.line && column == found.location?.column
            && LoaderWords.matches(found.message, message)
    }

    var description: String { "\(severity.rawValue) \(line):\(column) \(message)" }

    static func parse(_ text: String) -> [Expectation] {
        text.split(separator: "\n").compactMap { line in
            for severity in [Severity.error, .warning] {
                let marker = "# expect-\(severity.rawValue): "
                guard let range = line.range(of: marker) else { continue }
                let rest = line[range.upperBound...]
                guard let space = rest.firstIndex(of: " ") else { return nil }
                let place = rest[..<space].split(separator: ":").compactMap { Int($0) }
                guard place.count == 2 else { return nil }
                return Expectation(severity: severity, line: place[0], column: place[1], message: String(rest[rest.index(after: space)...]))
            }
            return nil
        }
    }
}

/// The `draft:` rules of a calendar file: read as declared, and each mistake at its place.
@Suite struct CalendarDraftRulesTests {
    static func decode(_ draft: String) -> (calendar: WorkdayCalendar?, summary: [String]) {
        let text = """
            version: 1
            kind: calendar
            id: cn
            draft:
            \(draft)
            years:
              - { year: 2026, status: official, source: 通知 }

            """
        let (calendar, diagnostics) = CalendarLoader().decode(bytes: Array(text.utf8), file: "cn.yaml")
        return (calendar, diagnostics.sorted.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.code)" })
    }

    @Test func theShippedRulesReadAsDeclared() throws {
        let calendar = try #require(WorkflowSetLoader().load(folder: IntakeSupport.workflows.path).set?.calendar)
        #expect(calendar.draftRules.map(\.name) == ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"])
        #expect(calendar.draftRules[1] == HolidayRule(name: "春节", anchor: .lunar(month: 1, day: 1), offset: -1, days: 4))
        #expect(calendar.draftRules[2].anchor == .solarTerm(.qingming))
        #expect(calendar.draftRules.map(\.days).reduce(0, +) == 13, "the 13 statutory days off")
    }

    @Test func eachMistakeIsReportedAtItsPlace() {
        let found = Self.decode("""
              - { name: 元旦, date: 1-1-1 }
              - { name: 端午, lunar: 13-05 }
              - { name: 清明节, solar_term: 冬至 }
              - { name: 国庆节, date: 10-01, lunar: 08-15 }
              - { name: 劳动节, date: 05-01, days: 0 }
              - { name: 春节, lunar: 01-01, offset: -40 }
              - { name: 中秋节, lunar: 08-15 }
              - { name: 中秋节, lunar: 08-16 }
              - { name: 腊八, lunar: 12-08, when: always }
            """)
        #expect(found.calendar == nil)
        #expect(found.summary == [
            "5:23 calendar-file.bad-month-day",
            "6:24 calendar-file.bad-month-day",
            "7:30 calendar-file.unknown-solar-term",
            "8:5 calendar-file.one-anchor",
            "9:37 decode.out-of-range",
            "10:39 decode.out-of-range",
            "12:5 calendar-file.duplicate-rule",
            "13:31 decode.unknown-key",
        ])
    }
}
