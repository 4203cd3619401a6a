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
