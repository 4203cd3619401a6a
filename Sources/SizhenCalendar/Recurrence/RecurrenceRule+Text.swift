extension RecurrenceRule: CustomStringConvertible {
    /// The rule in canonical RFC 5545 form, parts in the RFC's order and upper case:
    /// `FREQ=MONTHLY;COUNT=10;BYDAY=2WE,4WE`. `INTERVAL=1` and `WKST=MO` (the defaults)
    /// are left out; `UNTIL` is written as a date, `YYYYMMDD`. Parsing it gives back an
    /// equal rule.
    public var description: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if let until {
            parts.append("UNTIL=" + String(until.description.filter { $0 != "-" }))
        }
        if let count { parts.append("COUNT=\(count)") }
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        func list(_ name: String, _ values: [some CustomStringConvertible]) {
            if !values.isEmpty { parts.append(name + "=" + values.map(\.description).joined(separator: ",")) }
        }
        list("BYDAY", byDay)
        list("BYMONTHDAY", byMonthDay)
        list("BYYEARDAY", byYearDay)
        list("BYWEEKNO", byWeekNumber)
        list("BYMONTH", byMonth)
        list("BYSETPOS", bySetPosition)
        if weekStart != .monday { parts.append("WKST=\(weekStart.code)") }
        return parts.joined(separator: ";")
    }
}
