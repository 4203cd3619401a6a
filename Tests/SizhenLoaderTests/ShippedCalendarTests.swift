import Foundation
import Testing
import SizhenCalendar
@testable import SizhenLoader

/// Checks the shipped Workflows/calendars/cn.yaml day by day against the State Council's
/// notices, transcribed here independently of the file: each notice's days off and its
/// make-up workdays; every other day follows Monday to Friday.
@Suite struct ShippedCalendarTests {
    /// Per year: (holiday name, days off as "MM-DD" ranges) and make-up workdays "MM-DD".
    static let notices: [Int: (off: [(String, String, String)], work: [String])] = [
        // 国办发明电〔2023〕7号
        2024: (off: [("元旦", "01-01", "01-01"), ("春节", "02-10", "02-17"), ("清明节", "04-04", "04-06"),
                     ("劳动节", "05-01", "05-05"), ("端午节", "06-08", "06-10"), ("中秋节", "09-15", "09-17"),
                     ("国庆节", "10-01", "10-07")],
               work: ["02-04", "02-18", "04-07", "04-28", "05-11", "09-14", "09-29", "10-12"]),
        // 国办发明电〔2024〕12号
        2025: (off: [("元旦", "01-01", "01-01"), ("春节", "01-28", "02-04"), ("清明节", "04-04", "04-06"),
                     ("劳动节", "05-01", "05-05"), ("端午节", "05-31", "06-02"), ("国庆节、中秋节", "10-01", "10-08")],
               work: ["01-26", "02-08", "04-27", "09-28", "10-11"]),
        // 国办发明电〔2025〕7号
        2026: (off: [("元旦", "01-01", "01-03"), ("春节", "02-15", "02-23"), ("清明节", "04-04", "04-06"),
                     ("劳动节", "05-01", "05-05"), ("端午节", "06-19", "06-21"), ("中秋节", "09-25", "09-27"),
                     ("国庆节", "10-01", "10-07")],
               work: ["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"]),
    ]

    static func shipped() throws -> WorkdayCalendar {
        let path = CalendarFileTests.repository.appendingPathComponent("Workflows/calendars/cn.yaml").path
        var sources = SourceFiles()
        return try #require(CalendarLoader().load(path, sources: &sources).calendar)
    }

    static func date(_ year: Int, _ monthDay: String) -> CivilDate {
        CivilDate(iso: "\(year)-\(monthDay)")!
    }

    @Test(arguments: [2024, 2025, 2026])
    func everyDayOfTheYearMatchesTheNotice(year: Int) throws {
        let calendar = try Self.shipped()
        let notice = try #require(Self.notices[year])
        var expected: [CivilDate: DayKind] = [:]
        for (name, first, last) in notice.off {
            for day in Self.date(year, first)...Self.date(year, last) { expected[day] = .holiday(name) }
        }
        for monthDay in notice.work {
            expected[Self.date(year, monthDay)] = .makeupWorkday(holiday: nil)
        }
        var warnings = CalendarWarnings()
        var workdays = 0
        for day in CivilDate(year: year, month: 1, day: 1)!...CivilDate(year: year, month: 12, day: 31)! {
            let found = try calendar.classify(day, warnings: &warnings)
            switch expected[day] {
            case .holiday(let name)?:
                #expect(found.kind == .holiday(name), "\(day)")
            case .makeupWorkday?:
                guard case .makeupWorkday = found.kind else { Issue.record("\(day) should be a make-up workday, is \(found.kind)"); continue }
                #expect(day.weekday.isWeekend, "\(day) make-up workday on a weekday")
            default:
                #expect(found.kind == (day.weekday.isWeekend ? .weekend(day.weekday) : .workday), "\(day)")
            }
            if found.isWorkday { workdays += 1 }
        }
        #expect(warnings.isEmpty)
        // Weekdays minus holiday days on weekdays plus make-up days: 2024 262 − 19 + 8,
        // 2025 261 − 18 + 5, 2026 261 − 19 + 6.
        #expect(workdays == [2024: 251, 2025: 248, 2026: 248][year])
    }

    @Test func theIssuesOwnExampleMovesTheSeventhOfOctoberToTheEighth() throws {
        let calendar = try Self.shipped()
        var warnings = CalendarWarnings()
        let outcome = try HolidayPolicy.nextWorkday.apply(to: CivilDate(iso: "2026-10-07")!, in: calendar, warnings: &warnings)
        #expect(outcome.reason.map(TestMessages.english.render) == "moved from 2026-10-07 (国庆节) to 2026-10-08")
    }

    @Test func aYearTheFileDoesNotCoverIsAnErrorNamingTheFile() throws {
        let calendar = try Self.shipped()
        var warnings = CalendarWarnings()
        #expect(throws: CalendarCoverageError.self) { try calendar.classify(CivilDate(iso: "2027-01-04")!, warnings: &warnings) }
        do {
            _ = try calendar.isWorkday(CivilDate(iso: "2027-01-04")!, warnings: &warnings)
        } catch {
            #expect(TestMessages.english.render(error.hint).contains("cn.yaml"))
            #expect(TestMessages.english.render(error.message).contains("2027"))
        }
    }
}
