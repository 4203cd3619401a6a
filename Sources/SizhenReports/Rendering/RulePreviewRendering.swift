import SizhenCalendar
import SizhenDiagnostics

/// How `schedule` prints an expansion: an aligned table for people, or JSON of exactly
/// `{"occurrences":[{"date","weekday","moved_from","reason"}],"skipped":[{"date","reason"}]}`.
public enum RulePreviewRendering {
    /// The dates as an aligned table.
    public static func table(_ expansion: ScheduleExpansion, rule: RecurrenceRule, policy: HolidayPolicy, calendar: WorkdayCalendar) -> String {
        // The calendar's id, name and holiday names come from a file: escaped like a message's.
        var out = "\(rule) · on_holiday: \(policy.rawValue) · calendar: \(QuotedText.escaped(calendar.id)) (\(QuotedText.escaped(calendar.name)))\n\n"
        out += "DATE        DAY      NOTE\n"
        for occurrence in expansion.occurrences {
            let day = occurrence.date.weekday
            var line = "\(occurrence.date)  \(day.code) \(day.chineseName)"
            var notes = occurrence.reason.map { [SizhenCalendarMessages.english.render($0)] } ?? []
            if case .makeupWorkday(let holiday) = occurrence.dayKind {
                notes.append("调休 make-up workday" + (holiday.map { " (\(QuotedText.escaped($0)))" } ?? ""))
            }
            if !notes.isEmpty { line += "  " + notes.joined(separator: "; ") }
            out += line + "\n"
        }
        let moved = expansion.occurrences.count { $0.isMoved }
        out += "\n\(expansion.occurrences.count) occurrence\(expansion.occurrences.count == 1 ? "" : "s"), \(moved) moved, \(expansion.skipped.count) skipped\n"
        if !expansion.skipped.isEmpty {
            out += "\nSKIPPED     DAY      REASON\n"
            for skipped in expansion.skipped {
                let day = skipped.date.weekday
                out += "\(skipped.date)  \(day.code) \(day.chineseName)  \(SizhenCalendarMessages.english.render(skipped.reason))\n"
            }
        }
        return out
    }

    /// The dates as JSON.
    public static func json(_ expansion: ScheduleExpansion) -> String {
        let occurrences = expansion.occurrences.map { occurrence in
            JSONText.object([
                ("date", JSONText.string(occurrence.date.description)),
                ("weekday", JSONText.string(occurrence.date.weekday.code)),
                ("moved_from", occurrence.movedFrom.map { JSONText.string($0.description) }),
                ("reason", occurrence.isMoved ? occurrence.reason.map { JSONText.string(SizhenCalendarMessages.english.render($0)) } : nil),
            ])
        }
        let skipped = expansion.skipped.map { skipped in
            JSONText.object([
                ("date", JSONText.string(skipped.date.description)),
                ("reason", JSONText.string(SizhenCalendarMessages.english.render(skipped.reason))),
            ])
        }
        return JSONText.object([("occurrences", JSONText.array(occurrences)), ("skipped", JSONText.array(skipped))])
    }
}
