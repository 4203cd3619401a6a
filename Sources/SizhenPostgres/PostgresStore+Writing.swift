import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenRules

extension PostgresStore {
    @discardableResult
    public func commit(_ changes: ChangeSet) throws -> Bool {
        try write { link in
            // Checked under the write lock: a second process that did the same work while
            // waiting for the lock writes nothing.
            if let day = changes.processedDay, try Self.exists(link, "SELECT 1 FROM days WHERE date = $1", day.description) { return false }
            if let imported = changes.imported, try Self.exists(link, "SELECT 1 FROM imports WHERE digest = $1", imported.digest) { return false }
            try Self.apply(changes, on: link, caseType: self.caseType)
            return true
        }
    }

    static func exists(_ link: PostgresLink, _ sql: String, _ value: String) throws -> Bool {
        try !link.run(sql + " LIMIT 1", binds(value)).isEmpty
    }

    static let upsertCases = BulkStatement(head: """
        INSERT INTO cases (id, workflow, occurrence, site, opened_on, source, parent, fields, status, staff, excluded, deadline, closed_on)
        """, columns: 13, tail: """
        ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, status = excluded.status, staff = excluded.staff,
            excluded = excluded.excluded, deadline = excluded.deadline, closed_on = excluded.closed_on
        """)
    static let insertRecords = BulkStatement(head: """
        INSERT INTO records (id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier)
        """, columns: 12, tail: "ON CONFLICT DO NOTHING")
    static let insertTimers = BulkStatement(head: "INSERT INTO timers (id, case_id, kind, name, due, people, set_on)", columns: 7,
                                            tail: "ON CONFLICT DO NOTHING")
    static let insertEvents = BulkStatement(head: "INSERT INTO events (seq, date, kind, case_id, occurrence, code, args, more, kinds)", columns: 9)
    static let insertExtras = BulkStatement(head: """
        INSERT INTO occurrences (id, month, workflow, site, date, start, "end", rule_date, reason, status, extra)
        """, columns: 8, tail: "ON CONFLICT DO NOTHING", constants: "NULL, 'planned', 1")
    static let insertOccurrences = BulkStatement(head: """
        INSERT INTO occurrences (id, month, workflow, site, date, start, "end", rule_date, reason)
        """, columns: 9, tail: "ON CONFLICT DO NOTHING")
    static let upsertAssignments = BulkStatement(head: "INSERT INTO assignments (occurrence, slot, position, person, reason)", columns: 5, tail: """
        ON CONFLICT (occurrence, slot, position) DO UPDATE SET person = excluded.person, reason = excluded.reason
        """)
    static let upsertUnfilled = BulkStatement(head: "INSERT INTO unfilled (occurrence, slot, position, reason)", columns: 4, tail: """
        ON CONFLICT (occurrence, slot, position) DO UPDATE SET reason = excluded.reason
        """)
    static let insertSkipped = BulkStatement(head: "INSERT INTO skipped (workflow, site, date, month, reason)", columns: 5,
                                             tail: "ON CONFLICT DO NOTHING")

    static func apply(_ changes: ChangeSet, on link: PostgresLink, caseType: ObjectType?) throws {
        let day = changes.processedDay?.description
        // In the order the engine first saved them (deterministic, like everything it does);
        // one statement may not change a row twice, so a case listed twice goes once.
        var seen: Set<String> = []
        let cases = changes.caseOrder.filter { seen.insert($0).inserted }.compactMap { changes.cases[$0] }
        try upsertCases.run(cases, on: link) { row, c in row.bind(c, caseType: caseType) }
        try insertRecords.run(changes.records, on: link) { row, r in row.bind(r) }
        try insertTimers.run(changes.timersAdded, on: link) { row, t in row.bind(t, setOn: changes.processedDay) }
        if !changes.timersDone.isEmpty {
            try link.run("UPDATE timers SET done = 1, done_on = $1 WHERE id = ANY($2)", binds(day, changes.timersDone.map { $0 }))
        }
        // A sitting added besides the plan, before it is marked held.
        try insertExtras.run(changes.occurrencesAdded, on: link) { row, o in
            row.text(o.id); row.text(o.month.description); row.text(o.workflowID); row.text(o.siteID); row.text(o.date.description)
            row.text(o.start); row.text(o.end); row.text(o.ruleDate.description)
        }
        if !changes.occurrencesHeld.isEmpty {
            try link.run("UPDATE occurrences SET status = 'held' WHERE id = ANY($1)", binds(changes.occurrencesHeld.map { $0 }))
        }
        if !changes.occurrencesNotHeld.isEmpty {
            try link.run("UPDATE occurrences SET status = 'not_held' WHERE id = ANY($1)", binds(changes.occurrencesNotHeld.map { $0 }))
        }
        if !changes.occurrencesMoved.isEmpty {
            try link.run("UPDATE occurrences SET held_on = $1 WHERE id = ANY($2)", binds(day, changes.occurrencesMoved.map { $0 }))
        }
        try log(changes.events, on: link)
        for change in changes.reassigned {
            // The seat as planned, kept the first time a substitute takes it.
            try link.run("""
                INSERT INTO substitutions (occurrence, slot, position, date, person, reason)
                SELECT occurrence, slot, position, $1, person, reason FROM assignments WHERE occurrence = $2 AND person = $3
                ON CONFLICT DO NOTHING
                """, binds(day, change.occurrenceID, change.absent))
            if let replacement = change.replacement {
                try link.run("UPDATE assignments SET person = $1, reason = $2 WHERE occurrence = $3 AND person = $4",
                             binds(replacement, change.reason.json, change.occurrenceID, change.absent))
            } else {
                // The seat the absent person held, now nobody's.
                try link.run("""
                    WITH gone AS (DELETE FROM assignments WHERE occurrence = $1 AND person = $2 RETURNING occurrence, slot, position)
                    INSERT INTO unfilled (occurrence, slot, position, reason) SELECT occurrence, slot, position, $3 FROM gone
                    ON CONFLICT (occurrence, slot, position) DO UPDATE SET reason = excluded.reason
                    """, binds(change.occurrenceID, change.absent, change.reason.json))
            }
        }
        if let imported = changes.imported {
            try link.run("INSERT INTO imports (digest, file, rows) VALUES ($1, $2, $3)", binds(imported.digest, imported.file, imported.rows))
        }
        try insertPersonal(changes.personal.map { ($0.caseID, $0.data, $0.note) }, replacing: false, on: link)
        if let day {
            try link.run("INSERT INTO days (date) VALUES ($1) ON CONFLICT DO NOTHING", binds(day))
        }
    }

    /// Appends events to the log as packs (`EventPack`), numbered after the last one (under the
    /// write lock, so no other writer numbers at the same time).
    static func log(_ events: [EngineEvent], on link: PostgresLink) throws {
        guard !events.isEmpty else { return }
        var last = try link.run("SELECT coalesce(max(seq), 0) AS last FROM events").first.map { try StoredRow(row: $0, table: "events", shown: "").int("last") } ?? 0
        try insertEvents.run(EventPack.packs(events), on: link) { row, pack in
            last += pack.count
            row.bind(pack, last: last)
        }
    }

    /// Residents' personal data, each case once (the last given): replacing what is stored, or
    /// only where nothing is.
    static func insertPersonal(_ entries: [(caseID: String, data: PersonalData?, note: String?)], replacing: Bool, on link: PostgresLink) throws {
        var latest: [String: (data: PersonalData?, note: String?)] = [:]
        var order: [String] = []
        for entry in entries where entry.data != nil || entry.note != nil {
            if latest.updateValue((entry.data, entry.note), forKey: entry.caseID) == nil { order.append(entry.caseID) }
        }
        let statement = BulkStatement(head: "INSERT INTO intake (case_id, name, phone, id_number, note)", columns: 5, tail: replacing ? """
            ON CONFLICT (case_id) DO UPDATE SET name = excluded.name, phone = excluded.phone, id_number = excluded.id_number, note = excluded.note
            """ : "ON CONFLICT DO NOTHING")
        try statement.run(order, on: link) { row, id in
            let entry = latest[id]
            row.text(id); row.text(entry?.data?.name); row.text(entry?.data?.phone); row.text(entry?.data?.idNumber); row.text(entry?.note)
        }
    }

    // MARK: Facts

    public func append(_ facts: [Fact], imported: (digest: String, file: String, rows: Int)?,
                       personal: [(caseID: String, data: PersonalData?, note: String?)]) throws -> FactAppend? {
        try write { link -> FactAppend? in
            if let imported {
                guard try !Self.exists(link, "SELECT 1 FROM imports WHERE digest = $1", imported.digest) else { return nil }
                try link.run("INSERT INTO imports (digest, file, rows) VALUES ($1, $2, $3)", Self.binds(imported.digest, imported.file, imported.rows))
            }
            // The latest stored fact of each key and kind, read at once.
            var latest: [FactAppend.Key: (payload: String, on: CivilDate)] = [:]
            let keys = Array(Set(facts.map(\.key))).sorted()
            for row in try link.run("""
                SELECT DISTINCT ON (key, kind) key, kind, payload, on_date FROM facts WHERE key = ANY($1) ORDER BY key, kind, arrival DESC
                """, Self.binds(keys)) {
                let columns = StoredRow(row: row, table: "facts", shown: shown)
                latest[FactAppend.Key(kind: try columns.value("kind", as: Fact.Kind.self), key: try columns.text("key"))]
                    = (try columns.text("payload"), try columns.date("on_date"))
            }
            let (result, added) = FactAppend.sorting(facts, latest: latest)
            let last = try link.run("SELECT coalesce(max(arrival), 0) AS last FROM facts").first.map { try StoredRow(row: $0, table: "facts", shown: shown).int("last") } ?? 0
            try BulkStatement(head: "INSERT INTO facts (arrival, kind, on_date, key, payload, source, account)", columns: 7)
                .run(Array(added.enumerated()), on: link) { row, item in
                    row.int(last + item.offset + 1); row.text(item.element.kind.rawValue); row.text(item.element.on.description)
                    row.text(item.element.key); row.text(item.element.payload); row.text(item.element.source); row.text(item.element.account)
                }
            let voided = added.filter { $0.kind == .void }.map(\.key)
            if !voided.isEmpty { try link.run("DELETE FROM intake WHERE case_id = ANY($1)", Self.binds(voided)) }
            try Self.insertPersonal(personal, replacing: true, on: link)
            return result
        }
    }

    public func request(through day: CivilDate) throws {
        try write { link in
            try link.run("""
                INSERT INTO meta (key, value) VALUES ('requested', $1) ON CONFLICT (key) DO UPDATE SET value = greatest(meta.value, excluded.value)
                """, Self.binds(day.description))
        }
    }

    public func markShown(through arrival: Int) throws {
        try write { link in
            try link.run("""
                INSERT INTO meta (key, value) VALUES ('shown_arrival', $1)
                ON CONFLICT (key) DO UPDATE SET value = greatest(meta.value::bigint, excluded.value::bigint)::text
                """, Self.binds(String(arrival)))
        }
    }

    @discardableResult
    public func writeDerived(_ derived: DerivedDays) throws -> Bool {
        let checkpoints = try derived.checkpoints.map { checkpoint in (checkpoint.day, try CheckpointJSON.encode(checkpoint, caseType: caseType)) }
        return try write { link in
            let last = try link.run("SELECT coalesce(max(arrival), 0) AS last FROM facts").first.map { try StoredRow(row: $0, table: "facts", shown: shown).int("last") }
            guard last == derived.basedOn else { return false }
            let from = Self.binds(derived.from.description)
            // What was derived from `from` on goes; the cases open the day before stand as they stood.
            try link.run("DELETE FROM records WHERE date >= $1", from)
            try link.run("DELETE FROM events WHERE date >= $1 AND kind NOT IN ('month_planned', 'month_replanned')", from)
            try link.run("DELETE FROM cases WHERE opened_on >= $1", from)
            try link.run("DELETE FROM timers WHERE set_on >= $1", from)
            try link.run("UPDATE timers SET done = 0, done_on = NULL WHERE done_on >= $1", from)
            try link.run("UPDATE occurrences SET status = 'planned' WHERE coalesce(held_on, date) >= $1 AND status != 'planned'", from)
            try link.run("UPDATE occurrences SET held_on = NULL WHERE held_on >= $1", from)
            try link.run("DELETE FROM occurrences WHERE extra = 1 AND date >= $1", from)
            // The seats substitutes took from `from` on go back to the plan.
            try link.run("""
                DELETE FROM unfilled WHERE (occurrence, slot, position) IN (SELECT occurrence, slot, position FROM substitutions WHERE date >= $1)
                """, from)
            try link.run("""
                INSERT INTO assignments (occurrence, slot, position, person, reason)
                SELECT occurrence, slot, position, person, reason FROM substitutions WHERE date >= $1
                ON CONFLICT (occurrence, slot, position) DO UPDATE SET person = excluded.person, reason = excluded.reason
                """, from)
            try link.run("DELETE FROM substitutions WHERE date >= $1", from)
            try link.run("DELETE FROM days WHERE date >= $1", from)
            try link.run("DELETE FROM checkpoints WHERE day > $1", from)
            var reverted = ChangeSet()
            for engineCase in derived.reverted { reverted.save(engineCase) }
            try Self.apply(reverted, on: link, caseType: self.caseType)
            for day in derived.days { try Self.apply(day, on: link, caseType: self.caseType) }
            try BulkStatement(head: "INSERT INTO checkpoints (day, cases, timers, bookings)", columns: 4, tail: """
                ON CONFLICT (day) DO UPDATE SET cases = excluded.cases, timers = excluded.timers, bookings = excluded.bookings
                """, batch: 50).run(checkpoints, on: link) { row, item in
                row.text(item.0.description); row.text(item.1.cases); row.text(item.1.timers); row.text(item.1.bookings)
            }
            try link.run("""
                INSERT INTO meta (key, value) VALUES ('derived_arrival', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, Self.binds(String(derived.basedOn)))
            return true
        }
    }

    @discardableResult
    public func close(_ closing: MonthClosing) throws -> Bool {
        let (outputs, records) = try closing.storedJSON()
        return try write { link in
            guard try !Self.exists(link, "SELECT 1 FROM closings WHERE month = $1", closing.month.description) else { return false }
            try link.run("INSERT INTO closings (month, arrival, digest, outputs, records) VALUES ($1, $2, $3, $4, $5)",
                         Self.binds(closing.month.description, closing.arrival, closing.digest, outputs, records))
            return true
        }
    }

    public func storeMonth(_ plan: MonthPlan) throws {
        let planJSON = try Self.json(plan.plan)
        try write { link in
            guard try !Self.exists(link, "SELECT 1 FROM months WHERE month = $1", plan.month.description) else { return }
            try Self.insertPlanOccurrences(plan, from: nil, on: link)
            try Self.insertSeats(plan, from: nil, on: link)
            let seq = try link.run("SELECT coalesce(max(seq), 0) AS last FROM events").first.map { try StoredRow(row: $0, table: "events", shown: shown).int("last") } ?? 0
            try link.run("INSERT INTO months (month, planned_at_event, plan) VALUES ($1, $2, $3)", Self.binds(plan.month.description, seq, planJSON))
            try Self.log([EngineEvent(date: plan.month.firstDay, kind: .monthPlanned, message: plan.plannedMessage)], on: link)
        }
    }

    public func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws {
        let planJSON = try Self.json(plan.plan)
        try write { link in
            let bounds = Self.binds(plan.month.description, firstDay.description)
            try link.run("DELETE FROM assignments WHERE occurrence IN (SELECT id FROM occurrences WHERE month = $1 AND date >= $2)", bounds)
            try link.run("DELETE FROM unfilled WHERE occurrence IN (SELECT id FROM occurrences WHERE month = $1 AND date >= $2)", bounds)
            // The occurrences themselves: a calendar or a file changed since publishing may have
            // skipped, moved or added some. Those a sheet moved or added stay: their facts refer
            // to them (and a sheet only speaks of days derived, which are before `firstDay`).
            try link.run("DELETE FROM occurrences WHERE month = $1 AND date >= $2 AND held_on IS NULL AND extra = 0", bounds)
            try link.run("DELETE FROM skipped WHERE month = $1 AND date >= $2", bounds)
            try Self.insertPlanOccurrences(plan, from: firstDay, on: link)
            try Self.insertSeats(plan, from: firstDay, on: link)
            try link.run("UPDATE months SET plan = $1 WHERE month = $2", Self.binds(planJSON, plan.month.description))
            try Self.log([EngineEvent(date: firstDay, kind: .monthReplanned, message: plan.replannedMessage(from: firstDay))], on: link)
        }
    }

    /// The plan's occurrences and skipped dates from `firstDay` on (all of them without a first
    /// day); one already stored is kept as it is.
    static func insertPlanOccurrences(_ plan: MonthPlan, from firstDay: CivilDate?, on link: PostgresLink) throws {
        try insertOccurrences.run(plan.occurrences.filter { o in firstDay.map { o.date >= $0 } ?? true }, on: link) { row, o in
            row.text(o.id); row.text(plan.month.description); row.text(o.workflowID); row.text(o.siteID); row.text(o.date.description)
            row.text(o.interval.startRFC3339); row.text(o.interval.endRFC3339); row.text(o.ruleDate.description)
            row.text(o.movedFrom == nil ? nil : o.reason?.json)
        }
        try insertSkipped.run(plan.skipped.filter { s in firstDay.map { s.date >= $0 } ?? true }, on: link) { row, s in
            row.text(s.workflowID); row.text(s.siteID); row.text(s.date.description); row.text(plan.month.description); row.text(s.reason.json)
        }
    }

    /// The assignments and unfilled slots of the plan's occurrences held from `firstDay` on (all
    /// of them without a first day), each seat once (the last given, as a replacing insert keeps).
    static func insertSeats(_ plan: MonthPlan, from firstDay: CivilDate?, on link: PostgresLink) throws {
        let dates = Dictionary(plan.occurrences.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        let kept: (String) -> Bool = { id in firstDay.map { first in dates[id].map { $0 >= first } ?? false } ?? true }
        try upsertAssignments.run(lastOfEachSeat(plan.assignments.filter { kept($0.occurrenceID) }) { "\($0.occurrenceID)\u{0}\($0.slot)\u{0}\($0.position)" },
                                  on: link) { row, a in
            row.text(a.occurrenceID); row.text(a.slot); row.int(a.position); row.text(a.personID); row.text(a.reason.json)
        }
        try upsertUnfilled.run(lastOfEachSeat(plan.unfilled.filter { kept($0.occurrenceID) }) { "\($0.occurrenceID)\u{0}\($0.slot)\u{0}\($0.position)" },
                               on: link) { row, u in
            row.text(u.occurrenceID); row.text(u.slot); row.int(u.position); row.text(u.reason.json)
        }
    }

    /// The last of the items of each key, in the order of their first: one statement may not
    /// change a row twice.
    static func lastOfEachSeat<Item>(_ items: [Item], key: (Item) -> String) -> [Item] {
        var index: [String: Int] = [:]
        var kept: [Item] = []
        for item in items {
            let id = key(item)
            if let at = index[id] { kept[at] = item } else { index[id] = kept.count; kept.append(item) }
        }
        return kept
    }

    /// A plan as the JSON the `months` table keeps.
    static func json(_ plan: Plan?) throws -> String? {
        guard let plan else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(plan), as: UTF8.self)
    }
}
