import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// A day's run sheet, read back from the store so that it is the same every time it is asked
/// for: the occurrences by street with who goes, the sessions, and what is overdue, newly
/// escalated or not staffed.
public struct RunSheet: Sendable {
    /// One occurrence of the day.
    public struct Item: Sendable {
        public var occurrence: OccurrenceRef
        /// Who is assigned, by slot.
        public var assignments: [AssignmentRow]
        /// Who sat at a sitting held besides the plan (加开), as its report names them.
        public var extraStaff: [String] = []
    }

    /// A street's occurrences (the district's own, for district-wide work, last).
    public struct Street: Sendable {
        public var id: String
        public var name: String
        public var items: [Item]
    }

    /// The day.
    public var date: CivilDate
    /// The files, for names.
    public var set: WorkflowSet
    /// The streets with occurrences that day, in file order.
    public var streets: [Street]
    /// The sessions (panels, home visits) due that day.
    public var sessions: [EngineTimer]
    /// The workflow of each session's case, by case id: what names the session (送法到家, 会诊).
    public var sessionWorkflows: [String: String] = [:]
    /// Sessions booked for an earlier day (in the last 62) that no sheet has reported yet.
    public var awaiting: [EngineTimer] = []
    /// Events of the day to act on: overdue, newly escalated, not staffed.
    public var overdue: [EngineEvent]
    /// See `overdue`.
    public var escalated: [EngineEvent]
    /// See `overdue`.
    public var unstaffed: [EngineEvent]

    /// What was reported since the last run sheet, by where it came from: each derived from its
    /// day on, whatever the day it arrived.
    public var arrived: [Arrival] = []

    /// Which state of the files and the database the sheet was read in, when a front end keeps
    /// sheets (`RunSheetCache`): two sheets of one revision are the same sheet, so what is
    /// rendered from one can be kept for the other. Nil when the sheet was not kept.
    public var revision: String?

    /// The facts that came from one source (a sheet, a command) since the last run sheet.
    public struct Arrival: Sendable, Hashable {
        /// The sheet's file name, or the command.
        public var source: String
        /// How many of each kind (`visitor`, `sitting`, `void`, `published`), by kind.
        public var counts: [Fact.Kind: Int]
        /// The days they are about.
        public var days: ClosedRange<CivilDate>

        /// The facts grouped by source (a sheet's lines together), in the order they first arrived;
        /// a plan's publication is not told here (`plan` prints what it changed).
        public static func of(_ facts: [Fact]) -> [Arrival] {
            var order: [String] = []
            var found: [String: Arrival] = [:]
            for fact in facts where fact.kind != .published {
                let source = fact.source.split(separator: ":", maxSplits: 1).first.map(String.init) ?? fact.source
                if var known = found[source] {
                    known.counts[fact.kind, default: 0] += 1
                    known.days = min(known.days.lowerBound, fact.on)...max(known.days.upperBound, fact.on)
                    found[source] = known
                } else {
                    order.append(source)
                    found[source] = Arrival(source: source, counts: [fact.kind: 1], days: fact.on...fact.on)
                }
            }
            return order.compactMap { found[$0] }
        }
    }

    /// Whether the day has no occurrence at all.
    public var isEmpty: Bool { streets.isEmpty }

    /// The run sheet of `date` as `store` holds it.
    public init(date: CivilDate, set: WorkflowSet, store: any StoreReading) throws {
        self.date = date
        self.set = set
        let occurrences = try store.occurrences(on: date)
        var assignments = Dictionary(grouping: try store.assignmentRows(on: date), by: \.occurrenceID)
        // A sitting moved here keeps the seats published for the day it was planned on.
        let movedHere = occurrences.filter { $0.heldOn == date && $0.date != date }
        for planned in Set(movedHere.map(\.date)).sorted() {
            let ids = Set(movedHere.filter { $0.date == planned }.map(\.id))
            for row in try store.assignmentRows(on: planned) where ids.contains(row.occurrenceID) { assignments[row.occurrenceID, default: []].append(row) }
        }
        var byStreet: [String: [Item]] = [:]
        for occurrence in occurrences {
            let street = set.community(occurrence.siteID)?.streetID ?? set.district.id
            var item = Item(occurrence: occurrence, assignments: assignments[occurrence.id] ?? [])
            // A sitting held besides the plan has no seats: those who sat are in its report.
            if occurrence.isExtra, let report = try store.facts(key: occurrence.id).last(where: { $0.kind == .sitting }).flatMap({ Fact.Sitting.read($0.payload) }) {
                item.extraStaff = report.staff
            }
            byStreet[street, default: []].append(item)
        }
        let order = set.district.streets.map { ($0.id, $0.name) } + [(set.district.id, set.district.name)]
        streets = order.compactMap { id, name in byStreet[id].map { Street(id: id, name: name, items: $0) } }
        sessions = try store.sessions(from: date, through: date).map(\.timer)
        awaiting = try store.sessions(from: date.adding(days: -62), through: date.adding(days: -1)).filter { !$0.isDone }.map(\.timer)
        for session in sessions + awaiting where sessionWorkflows[session.caseID] == nil {
            sessionWorkflows[session.caseID] = try store.engineCase(session.caseID)?.workflowID
        }
        let events = try store.events(from: date, through: date, kinds: [.overdue, .escalated, .unfilled]).map(\.event)
        overdue = events.filter { $0.kind == .overdue }
        escalated = events.filter { $0.kind == .escalated }
        unstaffed = events.filter { $0.kind == .unfilled }
    }
}

extension RunSheet {
    /// What the NOTE column says of an occurrence: moved by a sheet (改期) or added (加开), else
    /// why the holiday policy moved it.
    func note(_ occurrence: OccurrenceRef, messages: MessageRenderer) -> String {
        if occurrence.isExtra { return messages.render(RunSheetMessage.extra()) }
        if let day = occurrence.heldOn, day != date { return messages.render(RunSheetMessage.movedTo(["date": .text(day.description)])) }
        if occurrence.heldOn == date { return messages.render(RunSheetMessage.movedFrom(["date": .text(occurrence.date.description)])) }
        return occurrence.reason.map(messages.render) ?? ""
    }

    /// The run sheet as text: a table per street, the sessions, then what to act on.
    public func text(messages: MessageRenderer) -> String {
        func say(_ word: RunSheetMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String {
            messages.render(word(arguments))
        }
        var out = say(.title, ["date": .text(date.description), "weekday": .text(date.weekday.chineseName), "district": .text(set.district.name)]) + "\n"
        if set.calendar.isProvisional(date) { out += say(.provisional, ["year": .int(date.year)]) + "\n" }
        if !arrived.isEmpty {
            out += "\n" + say(.reportedSince) + "\n"
            let words: [(Fact.Kind, RunSheetMessage)] = [(.visitor, .visitorRows), (.sitting, .sittingReports), (.session, .sessionRows), (.void, .voids)]
            for arrival in arrived {
                let counts = words.compactMap { kind, word in arrival.counts[kind].map { say(word, ["count": .int($0)]) } }
                let days = arrival.days.lowerBound == arrival.days.upperBound ? "\(arrival.days.lowerBound)"
                    : "\(arrival.days.lowerBound)…\(arrival.days.upperBound)"
                out += "  " + say(.arrival, ["source": .text(QuotedText.escaped(arrival.source)), "counts": .text(counts.joined(separator: ", ")),
                                             "days": .text(days)]) + "\n"
            }
        }
        if streets.isEmpty { out += "\n" + say(.nothingToday) + "\n" }
        for street in streets {
            out += "\n" + street.name + "\n"
            var table = TextTable(header: [say(.time), say(.place), say(.what), say(.who), say(.note)])
            for item in street.items {
                let occurrence = item.occurrence
                let people = item.assignments.map {
                    say(.personInSlot, ["person": .text(set.personName($0.personID)), "slot": .message(set.slotWord($0.slot, of: occurrence.workflowID))])
                } + item.extraStaff.map(set.personName)
                table.append([Self.hours(occurrence), set.community(occurrence.siteID)?.name ?? occurrence.siteID, set.workflowName(occurrence.workflowID),
                              people.isEmpty ? "—" : people.joined(separator: "、"), note(occurrence, messages: messages)])
            }
            out += Self.indent(table.render())
        }
        if !sessions.isEmpty {
            out += "\n" + say(.sessions) + "\n"
            var table = TextTable(header: [say(.caseNumber), say(.what), say(.who)])
            for session in sessions {
                table.append([session.caseID, messages.render(set.sessionWord(session.name, of: sessionWorkflows[session.caseID])),
                              session.people.map(set.personName).joined(separator: "、")])
            }
            out += Self.indent(table.render())
        }
        if !awaiting.isEmpty {
            out += "\n" + say(.awaiting) + "\n"
            var table = TextTable(header: [say(.booked), say(.caseNumber), say(.what), say(.who)])
            for session in awaiting {
                table.append([session.due.description, session.caseID, messages.render(set.sessionWord(session.name, of: sessionWorkflows[session.caseID])),
                              session.people.map(set.personName).joined(separator: "、")])
            }
            out += Self.indent(table.render())
        }
        for (title, events) in [(RunSheetMessage.overdue, overdue), (.escalated, escalated), (.unstaffed, unstaffed)] where !events.isEmpty {
            out += "\n" + say(title) + "\n"
            for event in events { out += "  " + say(.caseEvent, ["case": .text(event.caseID ?? "—"), "event": .message(inWords(event))]) + "\n" }
        }
        return out
    }

    /// An escalation's event with its rule in the words its file gives (`description`), when it
    /// gives some: a run sheet is read by clinic staff, not by the rules' authors (`explain`
    /// shows the expression).
    func inWords(_ event: EngineEvent) -> Message {
        guard event.message.code == "engine.escalated", let id = event.message.text("escalation") else { return event.message }
        let workflowID = event.caseID?.split(separator: "/").first.map(String.init)
        let escalations = set.workflows.filter { $0.id == workflowID } + set.workflows.filter { $0.id != workflowID }
        guard let words = escalations.lazy.compactMap({ $0.escalations.first { $0.id == id }?.description }).first else { return event.message }
        return event.message.with("rule", .text(words))
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }

    /// `2026-12-09T09:00:00+08:00` → `09:00`, for an occurrence's hours.
    static func hours(_ occurrence: OccurrenceRef) -> String {
        func time(_ text: String) -> String {
            guard let t = text.firstIndex(of: "T") else { return text }
            return String(text[text.index(after: t)...].prefix(5))
        }
        return time(occurrence.start) + "-" + time(occurrence.end)
    }
}
