/// The period-by-period engine behind `RecurrenceSequence`: a port of python-dateutil's
/// `rrule._iter` for the date frequencies, on `CivilDate` day numbers.
///
/// Each call to `nextPeriod()` fills `selected` with the matching days of one period
/// (a year, month, week or day), after `BYSETPOS`, in ascending order, and moves to the
/// next period. Buffers are reused, so steady-state expansion does not allocate.
///
/// Day indices are counted from 1 January of the *context year*, the year the period
/// starts in; a week that crosses New Year has indices past the year's length, as in
/// dateutil, which matters for `BYWEEKNO`.
struct RecurrenceExpander {
    /// Why expansion stopped producing periods.
    enum End: Sendable, Hashable {
        /// The next period starts after year 9999.
        case yearLimit
        /// A whole 400-year cycle of periods passed without a match: none will ever come.
        case neverMatches
    }

    // The rule, normalised.
    private let frequency: RecurrenceFrequency
    private let interval: Int
    private let weekStart: Int
    private let monthMask: UInt16          // bit m for month m; 0 when no BYMONTH
    private let hasByDay: Bool
    private let plainWeekdayMask: UInt8    // bit w for Weekday raw value w
    private let nthWeekdays: [(weekday: Int, ordinal: Int)]
    private let hasMonthDay: Bool
    private let monthDayMask: UInt64       // bit d for day d
    private let negativeMonthDayMask: UInt64 // bit d for day -d
    private let yearDays: [Bool]           // index d (1...366) for day d
    private let negativeYearDays: [Bool]   // index d for day -d
    private let hasYearDay: Bool
    private let weekNumbers: [Int]
    private let setPositions: [Int]
    private let cycleLength: Int

    // The current period.
    private var year: Int
    private var month: Int
    private var anchor: Int                // first day of a week or the day (DAILY/WEEKLY)

    // The context year.
    private var contextYear = Int.min
    private var yearStart = 0
    private var yearLength = 365
    private var nextYearLength = 365
    private var januaryFirstWeekday = 0
    private var weekNumberMask: [Bool] = []
    private var nthMask: [Bool] = []
    private var nthMarked: [Int] = []
    private var nthKey = (year: Int.min, month: Int.min)

    // Buffers.
    private var matched: [Int] = []
    /// The current period's days (days since 1970-01-01), after `BYSETPOS`, ascending.
    private(set) var selected: [Int] = []
    /// Set once no further period can be produced.
    private(set) var end: End?
    private var emptyPeriods = 0

    init(rule: RecurrenceRule, start: CivilDate) {
        let (startYear, startMonth, startDay) = start.components
        frequency = rule.frequency
        interval = max(1, rule.interval)
        weekStart = rule.weekStart.rawValue

        // Defaults taken from the start date, exactly when dateutil takes them.
        var byMonth = rule.byMonth
        var byMonthDay = rule.byMonthDay
        var byDay = rule.byDay
        if rule.byWeekNumber.isEmpty, rule.byYearDay.isEmpty, rule.byMonthDay.isEmpty, rule.byDay.isEmpty {
            switch rule.frequency {
            case .yearly:
                if byMonth.isEmpty { byMonth = [startMonth] }
                byMonthDay = [startDay]
            case .monthly:
                byMonthDay = [startDay]
            case .weekly:
                byDay = [RecurrenceDay(start.weekday)]
            case .daily:
                break
            }
        }

        var months: UInt16 = 0
        for m in byMonth where (1...12).contains(m) { months |= 1 << UInt16(m) }
        monthMask = byMonth.isEmpty ? 0 : (months == 0 ? 1 : months) // bit 0 never matches

        hasByDay = !byDay.isEmpty
        var plain: UInt8 = 0
        var nth: [(Int, Int)] = []
        let ordinalsAllowed = rule.frequency == .monthly || rule.frequency == .yearly
        for day in byDay {
            if day.ordinal != 0 && ordinalsAllowed {
                nth.append((day.weekday.rawValue, day.ordinal))
            } else {
                plain |= 1 << UInt8(day.weekday.rawValue)
            }
        }
        plainWeekdayMask = plain
        nthWeekdays = nth

        hasMonthDay = !byMonthDay.isEmpty
        var positive: UInt64 = 0
        var negative: UInt64 = 0
        for d in byMonthDay {
            if (1...31).contains(d) { positive |= 1 << UInt64(d) }
            if (-31...(-1)).contains(d) { negative |= 1 << UInt64(-d) }
        }
        monthDayMask = positive
        negativeMonthDayMask = negative

        hasYearDay = !rule.byYearDay.isEmpty
        var yearDays = [Bool](repeating: false, count: hasYearDay ? 367 : 0)
        var negativeYearDays = yearDays
        for d in rule.byYearDay {
            if (1...366).contains(d) { yearDays[d] = true }
            if (-366...(-1)).contains(d) { negativeYearDays[-d] = true }
        }
        self.yearDays = yearDays
        self.negativeYearDays = negativeYearDays

        weekNumbers = rule.byWeekNumber
        setPositions = rule.bySetPosition.filter { $0 != 0 }

        // The Gregorian calendar repeats every 400 years: 146097 days, 20871 weeks, 4800
        // months. Stepping `interval` periods at a time revisits the same positions after
        // cycle / gcd(cycle, interval) periods.
        let cycle = switch rule.frequency {
        case .yearly: 400
        case .monthly: 4800
        case .weekly: 20871
        case .daily: 146_097
        }
        cycleLength = cycle / gcd(cycle, interval) + 1

        year = startYear
        month = startMonth
        anchor = start.daysSinceEpoch
        matched.reserveCapacity(frequency == .yearly ? 366 : 31)
        selected.reserveCapacity(frequency == .yearly ? 366 : 31)
        if startYear > 9999 { end = .yearLimit }
    }

    /// Fills `selected` with the current period's days and moves to the next period; sets
    /// `end` (and leaves `selected` empty) when there is no period left.
    mutating func nextPeriod() {
        matched.removeAll(keepingCapacity: true)
        selected.removeAll(keepingCapacity: true)
        guard end == nil else { return }

        switch frequency {
        case .yearly:
            useContextYear(year)
            fill(from: 0, count: yearLength, month: 1, day: 1)
        case .monthly:
            useContextYear(year)
            let first = CivilDate(uncheckedYear: year, month: month, day: 1).daysSinceEpoch - yearStart
            fill(from: first, count: CivilDate.daysIn(month: month, year: year), month: month, day: 1)
        case .weekly:
            let (y, m, d) = CivilDate(daysSinceEpoch: anchor).components
            useContextYear(y)
            let weekday = weekdayIndex(anchor)
            let length = (weekStart - weekday + 6) % 7 + 1 // through the day before WKST
            fill(from: anchor - yearStart, count: length, month: m, day: d)
        case .daily:
            let (y, m, d) = CivilDate(daysSinceEpoch: anchor).components
            useContextYear(y)
            fill(from: anchor - yearStart, count: 1, month: m, day: d)
        }
        applySetPositions()

        if selected.isEmpty {
            emptyPeriods += 1
            if emptyPeriods > cycleLength { end = .neverMatches }
        } else {
            emptyPeriods = 0
        }
        advance()
    }

    // MARK: - Periods

    private mutating func advance() {
        switch frequency {
        case .yearly:
            year += interval
            if year > 9999 { end = .yearLimit }
        case .monthly:
            let total = month - 1 + interval
            year += total / 12
            month = total % 12 + 1
            if year > 9999 { end = .yearLimit }
        case .weekly:
            let back = (weekdayIndex(anchor) - weekStart + 7) % 7
            anchor = anchor - back + 7 * interval
            if anchor > CivilDate.maximum.daysSinceEpoch { end = .yearLimit }
        case .daily:
            anchor += interval
            if anchor > CivilDate.maximum.daysSinceEpoch { end = .yearLimit }
        }
    }

    /// Tests `count` consecutive days from context index `first` (whose date has `month`
    /// and `day`), appending the matching ones to `matched`.
    @inline(__always)
    private mutating func fill(from first: Int, count: Int, month startMonth: Int, day startDay: Int) {
        var month = startMonth
        var day = startDay
        var monthYear = contextYear + (first >= yearLength ? 1 : 0)
        var monthLength = CivilDate.daysIn(month: month, year: monthYear)
        var weekday = weekdayIndex(yearStart + first)
        for index in first..<(first + count) {
            if matches(index: index, month: month, day: day, monthLength: monthLength, weekday: weekday) {
                matched.append(yearStart + index)
            }
            weekday = weekday == 6 ? 0 : weekday + 1
            day += 1
            if day > monthLength {
                day = 1
                month += 1
                if month > 12 { month = 1; monthYear += 1 }
                monthLength = CivilDate.daysIn(month: month, year: monthYear)
            }
        }
    }

    @inline(__always)
    private func matches(index: Int, month: Int, day: Int, monthLength: Int, weekday: Int) -> Bool {
        if monthMask != 0 && monthMask & (1 << UInt16(month)) == 0 { return false }
        if !weekNumbers.isEmpty && !weekNumberMask[index] { return false }
        if hasByDay {
            let plain = plainWeekdayMask & (1 << UInt8(weekday)) != 0
            // RFC 5545: `BYDAY=MO,1TU` is every Monday and the first Tuesday. (dateutil
            // intersects the two kinds instead, which never matches; we follow the RFC.)
            if !plain && !(nthWeekdays.isEmpty ? false : nthMask[index]) { return false }
        }
        if hasMonthDay
            && monthDayMask & (1 << UInt64(day)) == 0
            && negativeMonthDayMask & (1 << UInt64(monthLength - day + 1)) == 0 {
            return false
        }
        if hasYearDay {
            let forward: Int
            let backward: Int
            if index < yearLength {
                forward = index + 1
                backward = yearLength - index
            } else {
                forward = index - yearLength + 1
                backward = nextYearLength - forward + 1
            }
            if !yearDays[forward] && !negativeYearDays[backward] { return false }
        }
        return true
    }

    private mutating func applySetPositions() {
        guard !setPositions.isEmpty else {
            swap(&matched, &selected)
            return
        }
        let n = matched.count
        for position in setPositions {
            let index = position > 0 ? position - 1 : n + position
            guard index >= 0, index < n else { continue }
            let day = matched[index]
            // Keep ascending order without sorting a new array: insert in place.
            var at = selected.count
            while at > 0 && selected[at - 1] > day { at -= 1 }
            if at > 0 && selected[at - 1] == day { continue }
            selected.insert(day, at: at)
        }
    }

    // MARK: - Context year

    @inline(__always)
    private func weekdayIndex(_ days: Int) -> Int { ((days % 7) + 7 + 3) % 7 }

    private mutating func useContextYear(_ newYear: Int) {
        if newYear != contextYear {
            contextYear = newYear
            yearStart = CivilDate(uncheckedYear: newYear, month: 1, day: 1).daysSinceEpoch
            yearLength = CivilDate.daysIn(year: newYear)
            nextYearLength = CivilDate.daysIn(year: newYear + 1)
            januaryFirstWeekday = weekdayIndex(yearStart)
            if !weekNumbers.isEmpty { buildWeekNumberMask() }
        }
        if !nthWeekdays.isEmpty {
            let key = frequency == .monthly ? (newYear, month) : (newYear, 0)
            if key != nthKey {
                nthKey = key
                buildNthMask()
            }
        }
    }

    /// dateutil's `nwdaymask`: the n-th weekdays of the month (MONTHLY), of each `BYMONTH`
    /// month (YEARLY with BYMONTH) or of the year (YEARLY).
    private mutating func buildNthMask() {
        if nthMask.isEmpty { nthMask = [Bool](repeating: false, count: 380) }
        for index in nthMarked { nthMask[index] = false }
        nthMarked.removeAll(keepingCapacity: true)

        func mark(first: Int, last: Int) {
            for (weekday, ordinal) in nthWeekdays {
                var index: Int
                if ordinal < 0 {
                    index = last + (ordinal + 1) * 7
                    index -= ((januaryFirstWeekday + index) % 7 - weekday + 14) % 7
                } else {
                    index = first + (ordinal - 1) * 7
                    index += (7 - (januaryFirstWeekday + index) % 7 + weekday + 14) % 7
                }
                if first <= index && index <= last {
                    nthMask[index] = true
                    nthMarked.append(index)
                }
            }
        }
        func monthRange(_ m: Int) -> (Int, Int) {
            let first = CivilDate(uncheckedYear: contextYear, month: m, day: 1).daysSinceEpoch - yearStart
            return (first, first + CivilDate.daysIn(month: m, year: contextYear) - 1)
        }
        if frequency == .monthly {
            let (first, last) = monthRange(month)
            mark(first: first, last: last)
        } else if monthMask != 0 {
            for m in 1...12 where monthMask & (1 << UInt16(m)) != 0 {
                let (first, last) = monthRange(m)
                mark(first: first, last: last)
            }
        } else {
            mark(first: 0, last: yearLength - 1)
        }
    }

    /// dateutil's `wnomask`, ported line by line (including its treatment of the weeks
    /// that straddle New Year), so that `BYWEEKNO` agrees with the reference.
    private mutating func buildWeekNumberMask() {
        weekNumberMask = [Bool](repeating: false, count: yearLength + 15)
        let wkst = weekStart
        let yearWeekday = januaryFirstWeekday
        func weekdayAt(_ i: Int) -> Int { (yearWeekday + i) % 7 }
        let firstWeekStart = (7 - yearWeekday + wkst) % 7
        var weekOneStart = firstWeekStart
        let weekYearLength: Int
        if weekOneStart >= 4 {
            weekOneStart = 0
            weekYearLength = yearLength + (yearWeekday - wkst + 7) % 7
        } else {
            weekYearLength = yearLength - weekOneStart
        }
        let weekCount = weekYearLength / 7 + (weekYearLength % 7) / 4

        func markWeek(from start: Int) {
            var i = start
            for _ in 0..<7 {
                guard i >= 0, i < weekNumberMask.count else { return }
                weekNumberMask[i] = true
                i += 1
                if weekdayAt(i) == wkst { break }
            }
        }
        for requested in weekNumbers {
            var n = requested
            if n < 0 { n += weekCount + 1 }
            guard n > 0, n <= weekCount else { continue }
            var i: Int
            if n > 1 {
                i = weekOneStart + (n - 1) * 7
                if weekOneStart != firstWeekStart { i -= 7 - firstWeekStart }
            } else {
                i = weekOneStart
            }
            markWeek(from: i)
        }
        if weekNumbers.contains(1) {
            var i = weekOneStart + weekCount * 7
            if weekOneStart != firstWeekStart { i -= 7 - firstWeekStart }
            if i < yearLength { markWeek(from: i) }
        }
        if weekOneStart != 0 {
            let lastYearWeeks: Int
            if !weekNumbers.contains(-1) {
                let lastYearWeekday = weekdayIndex(CivilDate(uncheckedYear: contextYear - 1, month: 1, day: 1).daysSinceEpoch)
                let lastWeekOneStart = (7 - lastYearWeekday + wkst) % 7
                let lastYearLength = CivilDate.daysIn(year: contextYear - 1)
                if lastWeekOneStart >= 4 {
                    lastYearWeeks = 52 + ((lastYearLength + (lastYearWeekday - wkst + 7) % 7) % 7) / 4
                } else {
                    // dateutil uses this year's length here; kept for agreement.
                    lastYearWeeks = 52 + ((yearLength - weekOneStart) % 7) / 4
                }
            } else {
                lastYearWeeks = -1
            }
            if weekNumbers.contains(lastYearWeeks) {
                for i in 0..<weekOneStart { weekNumberMask[i] = true }
            }
        }
    }
}

private func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
}
