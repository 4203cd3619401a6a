import Testing
import SizhenDiagnostics
@testable import SizhenCalendar

@Suite struct WorkdayArithmeticTests {
    let calendar = China2026.calendar

    @Test(arguments: [
        ("2026-09-30", "2026-10-08"),  // across 国庆节
        ("2026-10-09", "2026-10-10"),  // onto a make-up Saturday
        ("2026-02-13", "2026-02-14"),
        ("2026-02-14", "2026-02-24"),  // across 春节
        ("2026-12-11", "2026-12-14"),  // an ordinary weekend
        ("2026-12-09", "2026-12-10"),
    ])
    func nextWorkdayAfter(date: String, expected: String) throws {
        var warnings = CalendarWarnings()
        #expect(try calendar.nextWorkday(after: d(date), warnings: &warnings) == d(expected))
    }

    @Test(arguments: [
        ("2026-10-08", "2026-09-30"),
        ("2026-02-24", "2026-02-14"),
        ("2026-10-12", "2026-10-10"),
        ("2026-12-14", "2026-12-11"),
        ("2026-01-05", "2026-01-04"),  // a make-up Sunday
    ])
    func previousWorkdayBefore(date: String, expected: String) throws {
        var warnings = CalendarWarnings()
        #expect(try calendar.previousWorkday(before: d(date), warnings: &warnings) == d(expected))
    }

    @Test func onOrAfterAndOnOrBeforeKeepAWorkday() throws {
        var warnings = CalendarWarnings()
        #expect(try calendar.nextWorkday(onOrAfter: d("2026-10-08"), warnings: &warnings) == d("2026-10-08"))
        #expect(try calendar.nextWorkday(onOrAfter: d("2026-10-03"), warnings: &warnings) == d("2026-10-08"))
        #expect(try calendar.previousWorkday(onOrBefore: d("2026-02-14"), warnings: &warnings) == d("2026-02-14"))
        #expect(try calendar.previousWorkday(onOrBefore: d("2026-05-04"), warnings: &warnings) == d("2026-04-30"))
    }

    @Test func addingWorkdays() throws {
        var warnings = CalendarWarnings()
        // Found on Friday 2026-02-13: the make-up Saturday counts, then 春节 is skipped.
        #expect(try calendar.adding(workdays: 3, to: d("2026-02-13"), warnings: &warnings) == d("2026-02-25"))
        #expect(try calendar.adding(workdays: 1, to: d("2026-02-13"), warnings: &warnings) == d("2026-02-14"))
        // Starting on a rest day, the first workday counts as 1.
        #expect(try calendar.adding(workdays: 1, to: d("2026-10-01"), warnings: &warnings) == d("2026-10-08"))
        #expect(try calendar.adding(workdays: 5, to: d("2026-09-28"), warnings: &warnings) == d("2026-10-10"))
        // Zero: the date itself when it is a workday, else the next workday.
        #expect(try calendar.adding(workdays: 0, to: d("2026-02-14"), warnings: &warnings) == d("2026-02-14"))
        #expect(try calendar.adding(workdays: 0, to: d("2026-02-15"), warnings: &warnings) == d("2026-02-24"))
        #expect(try calendar.adding(workdays: 0, to: d("2026-12-12"), warnings: &warnings) == d("2026-12-14"))
        // Negative: backwards, the date itself not counted.
        #expect(try calendar.adding(workdays: -1, to: d("2026-02-24"), warnings: &warnings) == d("2026-02-14"))
        #expect(try calendar.adding(workdays: -2, to: d("2026-02-24"), warnings: &warnings) == d("2026-02-13"))
        #expect(try calendar.adding(workdays: -3, to: d("2026-10-08"), warnings: &warnings) == d("2026-09-28"))
        #expect(warnings.isEmpty)
    }

    @Test func workdayCountIsHalfOpen() throws {
        var warnings = CalendarWarnings()
        // [02-13, 02-25): 02-13 Fri, 02-14 make-up Sat, 02-24 Tue.
        #expect(try calendar.workdayCount(from: d("2026-02-13"), to: d("2026-02-25"), warnings: &warnings) == 3)
        #expect(try calendar.workdayCount(from: d("2026-02-25"), to: d("2026-02-13"), warnings: &warnings) == -3)
        #expect(try calendar.workdayCount(from: d("2026-02-13"), to: d("2026-02-13"), warnings: &warnings) == 0)
        #expect(try calendar.workdayCount(from: d("2026-02-13"), to: d("2026-02-14"), warnings: &warnings) == 1)
        // February 2026: 20 weekdays, 6 of them in 春节, plus make-up 02-14 and 02-28.
        #expect(try calendar.workdayCount(from: d("2026-02-01"), to: d("2026-03-01"), warnings: &warnings) == 16)
        // October: 22 weekdays, 5 in 国庆节, plus make-up 10-10.
        #expect(try calendar.workdayCount(from: d("2026-10-01"), to: d("2026-11-01"), warnings: &warnings) == 18)
        #expect(try calendar.workdayCount(from: d("2026-10-01"), to: d("2026-10-08"), warnings: &warnings) == 0)
    }

    /// For every workday of 2026 and every n from 0 to 10 that stays in 2026, counting the
    /// workdays from the date to the date plus n workdays gives back n.
    @Test func countingUndoesAdding() throws {
        var warnings = CalendarWarnings()
        var checked = 0
        for date in d("2026-01-01")...d("2026-11-30") where try calendar.isWorkday(date, warnings: &warnings) {
            for n in 0...10 {
                let later = try calendar.adding(workdays: n, to: date, warnings: &warnings)
                #expect(try calendar.isWorkday(later, warnings: &warnings))
                #expect(try calendar.workdayCount(from: date, to: later, warnings: &warnings) == n)
                #expect(try calendar.adding(workdays: -n, to: later, warnings: &warnings) == date)
                checked += 1
            }
        }
        #expect(checked == 225 * 11)  // 248 minus the 23 workdays of December (Tue 1st … Thu 31st)
    }

    @Test func crossingIntoAnUncoveredYearThrows() {
        var warnings = CalendarWarnings()
        let expected = CalendarCoverageError.yearNotCovered(year: 2027, calendarID: "cn", calendarFile: "Workflows/calendars/cn.yaml")
        #expect(throws: expected) { _ = try calendar.adding(workdays: 1, to: d("2026-12-31"), warnings: &warnings) }
        #expect(throws: expected) { _ = try calendar.nextWorkday(after: d("2026-12-31"), warnings: &warnings) }
        #expect(throws: expected) { _ = try calendar.workdayCount(from: d("2026-12-01"), to: d("2027-01-02"), warnings: &warnings) }
        // 2026 opens with 元旦, so the previous workday lies in 2025.
        #expect(throws: CalendarCoverageError.yearNotCovered(year: 2025, calendarID: "cn", calendarFile: "Workflows/calendars/cn.yaml")) {
            _ = try calendar.previousWorkday(onOrBefore: d("2026-01-03"), warnings: &warnings)
        }
        #expect(warnings.isEmpty)
    }

    @Test func crossingIntoAnUncoveredYearWithFallbackWarns() throws {
        var warnings = CalendarWarnings()
        let lenient = China2026.lenient
        #expect(try lenient.adding(workdays: 1, to: d("2026-12-31"), warnings: &warnings) == d("2027-01-01"))
        #expect(warnings.fallbackCount == 1)
        // 01-01 Fri, 01-04 Mon, 01-05 Tue; 01-02 and 01-03 were looked at too.
        #expect(try lenient.adding(workdays: 3, to: d("2026-12-31"), warnings: &warnings) == d("2027-01-05"))
        #expect(warnings.fallbackCount == 6)
        #expect(try lenient.workdayCount(from: d("2026-12-31"), to: d("2027-01-08"), warnings: &warnings) == 6)
        #expect(warnings.fallbackUses.map(\.year) == [2027])
        #expect(warnings.diagnostics.count == 1)
        #expect(warnings.diagnostics.first?.severity == .warning)
    }

    @Test func aCalendarOfOnlyRestDaysStopsSearching() {
        var warnings = CalendarWarnings()
        let allWeekend = WorkdayCalendar(
            id: "never", name: "never", weekend: Set(Weekday.allCases), missingYears: .weekends, years: [])
        #expect(throws: CalendarCoverageError.noWorkday(calendarID: "never", from: d("2026-12-09"), searchedDays: 366, forward: true)) {
            _ = try allWeekend.nextWorkday(after: d("2026-12-09"), warnings: &warnings)
        }
        #expect(throws: CalendarCoverageError.noWorkday(calendarID: "never", from: d("2026-12-09"), searchedDays: 366, forward: false)) {
            _ = try allWeekend.adding(workdays: -2, to: d("2026-12-09"), warnings: &warnings)
        }
        #expect(warnings.fallbackCount == 2 * 366)

        // Years of nothing but holidays: the search gives up instead of walking on.
        let holidays = (2026...2030).map { year in
            CalendarYear(year: year, status: .estimated, source: "test", holidays: [
                HolidaySpan(name: "假", first: CivilDate(year: year, month: 1, day: 1)!, last: CivilDate(year: year, month: 12, day: 31)!),
            ], makeupWorkdays: [])
        }
        let closed = WorkdayCalendar(id: "closed", name: "closed", years: holidays)
        #expect(throws: CalendarCoverageError.noWorkday(calendarID: "closed", from: d("2027-06-01"), searchedDays: 366, forward: true)) {
            _ = try closed.nextWorkday(onOrAfter: d("2027-06-01"), warnings: &warnings)
        }
        let error = CalendarCoverageError.noWorkday(calendarID: "closed", from: d("2027-06-01"), searchedDays: 366, forward: true)
        #expect(error.message == CalendarMessage.noWorkdayAfter(["calendar": "closed", "days": 366, "date": "2027-06-01"]))
        #expect(error.hint == CalendarMessage.noWorkdayHint())

        // A single year of holidays with `missing_years: error` reaches the next year and throws.
        let oneYear = WorkdayCalendar(id: "one", name: "one", years: [holidays[0]])
        #expect(throws: CalendarCoverageError.yearNotCovered(year: 2027, calendarID: "one", calendarFile: "Workflows/calendars/one.yaml")) {
            _ = try oneYear.nextWorkday(after: d("2026-01-01"), warnings: &warnings)
        }
    }

    @Test func noWeekendMeansEveryOrdinaryDayIsWorked() throws {
        var warnings = CalendarWarnings()
        let sevenDays = WorkdayCalendar(id: "7", name: "seven", weekend: [], years: [China2026.year])
        #expect(try sevenDays.workdayCount(from: d("2026-01-01"), to: d("2027-01-01"), warnings: &warnings) == 365 - 33)
    }
}
