import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

private typealias H = HolidayMessage

@Suite struct HolidayPolicyTests {
    let calendar = China2026.calendar

    func apply(_ policy: HolidayPolicy, _ date: String) throws -> HolidayOutcome {
        var warnings = CalendarWarnings()
        let outcome = try policy.apply(to: d(date), in: calendar, warnings: &warnings)
        #expect(warnings.isEmpty)
        return outcome
    }

    @Test(arguments: HolidayPolicy.allCases)
    func anOrdinaryWorkdayIsKept(policy: HolidayPolicy) throws {
        let outcome = try apply(policy, "2026-12-09")
        #expect(outcome == .kept(DayClassification(date: d("2026-12-09"), kind: .workday)))
        #expect(outcome.date == d("2026-12-09"))
        #expect(outcome.reason == nil)
        #expect(!outcome.isKeptOnRestDay)
    }

    /// Saturday 2026-02-14 is worked for 春节 (调休): a sitting on it is held.
    @Test(arguments: HolidayPolicy.allCases)
    func aMakeupWorkdayIsKept(policy: HolidayPolicy) throws {
        let outcome = try apply(policy, "2026-02-14")
        #expect(outcome == .kept(DayClassification(date: d("2026-02-14"), kind: .makeupWorkday(holiday: "春节"))))
        #expect(outcome.reason == nil)
    }

    @Test(arguments: [
        (HolidayPolicy.keep, "2026-12-12", "2026-12-12"),
        (.skip, "2026-12-12", nil),
        (.nextWorkday, "2026-12-12", "2026-12-14"),
        (.previousWorkday, "2026-12-12", "2026-12-11"),
        (.nearestWorkday, "2026-12-12", "2026-12-11"),  // Friday is 1 day away, Monday 2
        (.nearestWorkday, "2026-12-13", "2026-12-14"),  // Monday is 1 day away, Friday 2
        (.nextWorkday, "2026-10-07", "2026-10-08"),
        (.previousWorkday, "2026-10-07", "2026-09-30"),
        (.nearestWorkday, "2026-10-07", "2026-10-08"),
        (.nearestWorkday, "2026-10-02", "2026-09-30"),
        (.nearestWorkday, "2026-10-04", "2026-10-08"),  // 4 days either way: the later
        (.nearestWorkday, "2026-02-19", "2026-02-24"),  // 5 days either way: the later
        (.nextWorkday, "2026-10-09", "2026-10-09"),
        (.nextWorkday, "2026-02-13", "2026-02-13"),
        (.previousWorkday, "2026-02-22", "2026-02-14"),  // back to the make-up Saturday
        (.nextWorkday, "2026-09-19", "2026-09-20"),  // Saturday to the make-up Sunday
        (.skip, "2026-10-01", nil),
    ] as [(HolidayPolicy, String, String?)])
    func resultingDate(policy: HolidayPolicy, date: String, expected: String?) throws {
        #expect(try apply(policy, date).date == expected.map(d))
    }

    @Test func reasonsAreExact() throws {
        #expect(try apply(.nextWorkday, "2026-10-07").reason == H.movedLater(["from": "2026-10-07", "label": "国庆节", "to": "2026-10-08"]))
        #expect(try apply(.nextWorkday, "2026-12-12").reason == H.movedLater(["from": "2026-12-12", "label": "周六", "to": "2026-12-14"]))
        #expect(try apply(.previousWorkday, "2026-12-13").reason == H.movedEarlier(["from": "2026-12-13", "label": "周日", "to": "2026-12-11"]))
        #expect(try apply(.nearestWorkday, "2026-10-04").reason == H.movedLater(["from": "2026-10-04", "label": "国庆节", "to": "2026-10-08"]))
        #expect(try apply(.previousWorkday, "2026-02-16").reason == H.movedEarlier(["from": "2026-02-16", "label": "春节", "to": "2026-02-14"]))
        #expect(try apply(.skip, "2026-10-07").reason == H.restDay(["date": "2026-10-07", "label": "国庆节"]))
        #expect(try apply(.skip, "2026-12-12").reason == H.restDay(["date": "2026-12-12", "label": "周六"]))
        // A holiday on a weekend is named by the holiday, not the weekday.
        #expect(try apply(.skip, "2026-10-03").reason == H.restDay(["date": "2026-10-03", "label": "国庆节"]))
    }

    @Test func reasonsReadTheSameInEnglishAndSayTheDirectionInChinese() throws {
        let book = MessageBook(SizhenCalendarMessages.catalogues)
        let english = MessageRenderer(book: book, language: .english)
        let chinese = MessageRenderer(book: book, language: .chinese)
        let later = try #require(try apply(.nextWorkday, "2026-10-07").reason)
        let earlier = try #require(try apply(.previousWorkday, "2026-12-13").reason)
        let rest = try #require(try apply(.skip, "2026-10-07").reason)
        #expect(english.render(later) == "moved from 2026-10-07 (国庆节) to 2026-10-08")
        #expect(english.render(earlier) == "moved from 2026-12-13 (周日) to 2026-12-11")
        #expect(chinese.render(later) == "由 2026-10-07（国庆节）顺延到 2026-10-08")
        #expect(chinese.render(earlier) == "由 2026-12-13（周日）提前到 2026-12-11")
        #expect(chinese.render(rest) == "2026-10-07 是休息日（国庆节）")
        #expect(later.json == #"{"code":"holiday.moved-later","args":{"from":"2026-10-07","label":"国庆节","to":"2026-10-08"}}"#)
    }

    @Test func outcomesCarryTheOriginalDay() throws {
        let moved = try apply(.nextWorkday, "2026-10-07")
        #expect(moved == .moved(DayClassification(date: d("2026-10-07"), kind: .holiday("国庆节")), to: d("2026-10-08")))
        #expect(moved.original.date == d("2026-10-07"))
        #expect(moved.description == "moved from 2026-10-07 (国庆节) to 2026-10-08")

        let skipped = try apply(.skip, "2026-10-07")
        #expect(skipped == .skipped(DayClassification(date: d("2026-10-07"), kind: .holiday("国庆节"))))
        #expect(skipped.date == nil)
        #expect(skipped.description == "skipped: 2026-10-07 is a rest day (国庆节)")

        let kept = try apply(.keep, "2026-10-07")
        #expect(kept == .kept(DayClassification(date: d("2026-10-07"), kind: .holiday("国庆节"))))
        #expect(kept.isKeptOnRestDay)
        #expect(kept.date == d("2026-10-07"))
        #expect(kept.reason == H.restDay(["date": "2026-10-07", "label": "国庆节"]))
    }

    @Test func nearestLooksOnlyAsFarAsItMust() throws {
        // 01-04 (make-up Sunday) and 2025-12-31 are both 2 days from 01-02; the later wins,
        // so the uncovered 2025 is never needed.
        #expect(try apply(.nearestWorkday, "2026-01-02").date == d("2026-01-04"))
        // From 01-01, 2025-12-31 is one day away and must be known.
        var warnings = CalendarWarnings()
        #expect(throws: CalendarCoverageError.yearNotCovered(year: 2025, calendarID: "cn", calendarFile: "Workflows/calendars/cn.yaml")) {
            _ = try HolidayPolicy.nearestWorkday.apply(to: d("2026-01-01"), in: calendar, warnings: &warnings)
        }
        #expect(throws: CalendarCoverageError.self) {
            _ = try HolidayPolicy.previousWorkday.apply(to: d("2026-01-02"), in: calendar, warnings: &warnings)
        }
    }

    @Test func fallbackYearsWarn() throws {
        var warnings = CalendarWarnings()
        let outcome = try HolidayPolicy.nextWorkday.apply(to: d("2027-01-02"), in: China2026.lenient, warnings: &warnings)
        #expect(outcome.date == d("2027-01-04"))
        #expect(outcome.original.isFallback)
        #expect(outcome.reason == H.movedLater(["from": "2027-01-02", "label": "周六", "to": "2027-01-04"]))
        #expect(warnings.fallbackCount == 3)  // 01-02 classified, then 01-03 and 01-04 searched
        #expect(warnings.diagnostics.count == 1)
    }

    @Test func parsesEverySpelling() throws {
        #expect(try HolidayPolicy(parsing: "keep") == .keep)
        #expect(try HolidayPolicy(parsing: "skip") == .skip)
        #expect(try HolidayPolicy(parsing: "next_workday") == .nextWorkday)
        #expect(try HolidayPolicy(parsing: "previous_workday") == .previousWorkday)
        #expect(try HolidayPolicy(parsing: "nearest_workday") == .nearestWorkday)
        #expect(HolidayPolicy(rawValue: "nextWorkday") == nil)
    }

    @Test func reportsAnUnknownSpellingWithASuggestion() {
        let location = SourceLocation(file: "Workflows/jiezhen.yaml", line: 7, column: 15)
        do {
            _ = try HolidayPolicy(parsing: "next-workday", at: location)
            Issue.record("parsed an unknown policy")
        } catch {
            #expect(error.isError)
            #expect(error.message == H.unknownPolicy(["policy": "next-workday", "suggestion": "next_workday"]))
            #expect(error.location == location)
            #expect(error.hint == H.policyHint(["policies": .texts(["keep", "skip", "next_workday", "previous_workday", "nearest_workday"])]))
        }
        #expect(throws: Diagnostic.error(H.unknownPolicy(["policy": "postpone"]),
                                         hint: H.policyHint(["policies": .texts(HolidayPolicy.allCases.map(\.rawValue))]))) {
            _ = try HolidayPolicy(parsing: "postpone")
        }
    }
}
