// Release-build benchmarks that print figures (not tests):
//
//     swift run -c release sizhen-benchmarks
//
// Each benchmark repeats its work for at least a second (BenchmarkSupport's `measure`) and
// prints the rate. The wall clock is read there, never in the library.
import BenchmarkSupport
import SizhenCalendar

/// Ten years of a calendar shaped like China's: 2026's arrangement repeated on the same
/// month and day each year (estimated), so that a policy meets holidays and 调休 throughout.
func tenYearCalendar() -> WorkdayCalendar {
    let spans: [(String, Int, Int, Int, Int)] = [
        ("元旦", 1, 1, 1, 3), ("春节", 2, 15, 2, 23), ("清明节", 4, 4, 4, 6), ("劳动节", 5, 1, 5, 5),
        ("端午节", 6, 19, 6, 21), ("中秋节", 9, 25, 9, 27), ("国庆节", 10, 1, 10, 7),
    ]
    let makeup: [(Int, Int)] = [(1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10)]
    let years = (2026...2035).map { year in
        CalendarYear(
            year: year, status: .estimated, source: "benchmark",
            holidays: spans.map { HolidaySpan(name: $0.0, first: CivilDate(year: year, month: $0.1, day: $0.2)!,
                                              last: CivilDate(year: year, month: $0.3, day: $0.4)!) },
            makeupWorkdays: makeup.compactMap { month, day in
                let date = CivilDate(year: year, month: month, day: day)!
                return date.weekday.isWeekend ? MakeupWorkday(date: date) : nil
            })
    }
    return WorkdayCalendar(id: "bench", name: "benchmark", years: years)
}

let calendar = tenYearCalendar()
let start = CivilDate(year: 2026, month: 1, day: 1)!
let end = CivilDate(year: 2035, month: 12, day: 31)!
guard case .success(let twiceMonthly) = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE,4WE", at: .init(file: "bench", line: 1, column: 1)),
      case .success(let lastWorkday) = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", at: .init(file: "bench", line: 1, column: 1)),
      case .success(let daily) = RecurrenceRule.parse("FREQ=DAILY", at: .init(file: "bench", line: 1, column: 1))
else { fatalError("benchmark rules must parse") }

print("sizhen calendar benchmarks (release build expected), window \(start) … \(end)")
measure("rrule FREQ=MONTHLY;BYDAY=2WE,4WE, 10 years, expansion only") {
    var n = 0
    for date in twiceMonthly.occurrences(from: start) {
        if date > end { break }
        n += 1
    }
    return n
}
for policy in [HolidayPolicy.nextWorkday, .nearestWorkday, .skip] {
    measure("schedule FREQ=MONTHLY;BYDAY=2WE,4WE, 10 years, on_holiday \(policy.rawValue)") {
        let expansion = try! ScheduleExpander(rule: twiceMonthly, policy: policy, calendar: calendar).expand(from: start, through: end)
        return expansion.occurrences.count + expansion.skipped.count
    }
}
measure("schedule last weekday of the month (BYSETPOS=-1), 10 years, next_workday") {
    let expansion = try! ScheduleExpander(rule: lastWorkday, policy: .nextWorkday, calendar: calendar).expand(from: start, through: end)
    return expansion.occurrences.count + expansion.skipped.count
}
measure("schedule FREQ=DAILY, 10 years, next_workday (collisions merged)") {
    let expansion = try! ScheduleExpander(rule: daily, policy: .nextWorkday, calendar: calendar).expand(from: start, through: end)
    return expansion.occurrences.count + expansion.skipped.count
}
