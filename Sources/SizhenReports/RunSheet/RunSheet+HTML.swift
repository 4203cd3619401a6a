import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

extension RunSheet {
    /// The run sheet as an HTML fragment (a `<section>`, no styles and no script): a table per
    /// street, then the sessions and what to act on, in the words of `text(messages:)`. The
    /// web application puts it in its page.
    public func html(messages: MessageRenderer) -> String {
        func say(_ word: RunSheetMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String {
            HTMLText.escape(messages.render(word(arguments)))
        }
        func table(_ header: [String], _ rows: [[String]]) -> String {
            var out = "<table>\n<thead><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in rows { out += "<tr>" + row.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n" }
            return out + "</tbody>\n</table>\n"
        }
        var out = "<section class=\"run-sheet\">\n<h2>"
            + say(.title, ["date": .text(date.description), "weekday": .text(date.weekday.chineseName), "district": .text(set.district.name)]) + "</h2>\n"
        if set.calendar.isProvisional(date) { out += "<p class=\"warning\">" + say(.provisional, ["year": .int(date.year)]) + "</p>\n" }
        if streets.isEmpty { out += "<p>" + say(.nothingToday) + "</p>\n" }
        for street in streets {
            out += "<h3>" + HTMLText.escape(street.name) + "</h3>\n"
            let rows = street.items.map { item in
                let occurrence = item.occurrence
                let people = item.assignments.map {
                    messages.render(RunSheetMessage.personInSlot(["person": .text(set.personName($0.personID)),
                                                                 "slot": .message(set.slotWord($0.slot, of: occurrence.workflowID))]))
                } + item.extraStaff.map(set.personName)
                return [Self.hours(occurrence), set.community(occurrence.siteID)?.name ?? occurrence.siteID, set.workflowName(occurrence.workflowID),
                        people.isEmpty ? "—" : people.joined(separator: "、"), note(occurrence, messages: messages)]
            }
            out += table([say(.time), say(.place), say(.what), say(.who), say(.note)], rows)
        }
        if !sessions.isEmpty {
            out += "<h3>" + say(.sessions) + "</h3>\n"
            out += table([say(.caseNumber), say(.what), say(.who)], sessions.map { session in
                [session.caseID, messages.render(set.sessionWord(session.name, of: sessionWorkflows[session.caseID])),
                 session.people.map(set.personName).joined(separator: "、")]
            })
        }
        for (title, events) in [(RunSheetMessage.overdue, overdue), (.escalated, escalated), (.unstaffed, unstaffed)] where !events.isEmpty {
            out += "<h3>" + say(title) + "</h3>\n<ul>\n"
            for event in events { out += "<li>" + say(.caseEvent, ["case": .text(event.caseID ?? "—"), "event": .message(inWords(event))]) + "</li>\n" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    /// The run sheet limited to the sites `includes` admits: their streets' tables, and the
    /// sessions and events of their cases (a case id begins `workflow/site/`). What a street's
    /// account is shown.
    public func limited(to includes: (String) -> Bool) -> RunSheet {
        func caseSite(_ caseID: String?) -> Bool {
            guard let caseID else { return false }
            let parts = caseID.split(separator: "/", maxSplits: 2)
            return parts.count > 1 && includes(String(parts[1]))
        }
        var sheet = self
        sheet.streets = streets.compactMap { street in
            let items = street.items.filter { includes($0.occurrence.siteID) }
            return items.isEmpty ? nil : Street(id: street.id, name: street.name, items: items)
        }
        sheet.sessions = sessions.filter { caseSite($0.caseID) }
        sheet.awaiting = awaiting.filter { caseSite($0.caseID) }
        sheet.overdue = overdue.filter { caseSite($0.caseID) }
        sheet.escalated = escalated.filter { caseSite($0.caseID) }
        sheet.unstaffed = unstaffed.filter { caseSite($0.caseID) }
        sheet.arrived = []
        return sheet
    }
}

extension RunSheet {
    /// The run sheet as JSON for the web application's API: the streets' occurrences with who
    /// goes, the sessions, and the cases to act on, their words rendered by `messages`.
    public func json(messages: MessageRenderer) -> String {
        var out = JSONWriter(capacity: 4096)
        func member(_ name: String, _ value: String, first: Bool = false) {
            if !first { out.raw(",") }
            out.string(name)
            out.raw(":")
            out.string(value)
        }
        out.raw("{")
        member("date", date.description, first: true)
        member("district", set.district.name)
        out.raw(",\"streets\":")
        out.array(streets) { writer, street in
            writer.raw("{\"id\":"); writer.string(street.id)
            writer.raw(",\"name\":"); writer.string(street.name)
            writer.raw(",\"items\":")
            writer.array(street.items) { writer, item in
                let occurrence = item.occurrence
                writer.raw("{\"occurrence\":"); writer.string(occurrence.id)
                writer.raw(",\"hours\":"); writer.string(Self.hours(occurrence))
                writer.raw(",\"site\":"); writer.string(occurrence.siteID)
                writer.raw(",\"place\":"); writer.string(set.community(occurrence.siteID)?.name ?? occurrence.siteID)
                writer.raw(",\"workflow\":"); writer.string(occurrence.workflowID)
                writer.raw(",\"people\":")
                writer.array(item.assignments.map(\.personID) + item.extraStaff) { writer, person in writer.string(person) }
                writer.raw(",\"note\":"); writer.string(note(occurrence, messages: messages))
                writer.raw("}")
            }
            writer.raw("}")
        }
        out.raw(",\"sessions\":")
        out.array(sessions) { writer, session in
            writer.raw("{\"case\":"); writer.string(session.caseID)
            writer.raw(",\"what\":"); writer.string(messages.render(set.sessionWord(session.name, of: sessionWorkflows[session.caseID])))
            writer.raw(",\"people\":")
            writer.array(session.people) { writer, person in writer.string(person) }
            writer.raw("}")
        }
        for (name, events) in [("overdue", overdue), ("escalated", escalated), ("unstaffed", unstaffed)] {
            out.raw(",")
            out.string(name)
            out.raw(":")
            out.array(events) { writer, event in
                writer.raw("{\"case\":"); writer.string(event.caseID ?? "")
                writer.raw(",\"code\":"); writer.string(event.message.code)
                writer.raw(",\"message\":"); writer.string(messages.render(inWords(event)))
                writer.raw("}")
            }
        }
        out.raw("}")
        return out.text
    }
}
