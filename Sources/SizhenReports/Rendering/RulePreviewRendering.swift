import SizhenCalendar
import SizhenDiagnostics

/// How `schedule` prints an expansion: an aligned table for people, or JSON of exactly
/// `{"occurrences":[{"date","weekday","moved_from","reason"}],"skipped":[{"date","reason"}]}`.
public enum RulePreviewRendering {
    /// The dates as an aligned table, in the words of `messages`.
    public static func table(_ expansion: ScheduleExpansion, rule: RecurrenceRule, policy: HolidayPolicy, calendar: WorkdayCalendar,
                             messages: MessageRenderer) -> String {
        func say(_ word: ScheduleMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }
        // The calendar's id, name and holiday names come from a file: escaped by the message.
        var out = say(.ruleTitle, ["rule": .text(rule.description), "policy": .message(ScheduleMessage.policy(policy)),
                                   "calendar": .text(calendar.id), "name": .text(calendar.name)]) + "\n\n"
        var table = TextTable(header: [say(.date), say(.day), say(.note)])
        for occurrence in expansion.occurrences {
            var notes = occurrence.reason.map { [messages.render($0)] } ?? []
            if let note = ScheduleMessage.makeupNote(occurrence.dayKind) { notes.append(messages.render(note)) }
            table.append([occurrence.date.description, messages.render(ScheduleMessage.weekday(of: occurrence.date)), notes.joined(separator: messages.clauseSeparator)])
        }
        out += table.render()
        let moved = expansion.occurrences.count { $0.isMoved }
        out += "\n" + say(.counts, ["count": .int(expansion.occurrences.count), "moved": .int(moved), "skipped": .int(expansion.skipped.count)]) + "\n"
        if !expansion.skipped.isEmpty {
            var skipped = TextTable(header: [say(.skipped), say(.day), say(.reason)])
            for item in expansion.skipped {
                skipped.append([item.date.description, messages.render(ScheduleMessage.weekday(of: item.date)), messages.render(item.reason)])
            }
            out += "\n" + skipped.render()
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
