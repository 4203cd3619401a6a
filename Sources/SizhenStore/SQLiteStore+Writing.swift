import Foundation
import GRDB
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords
import SizhenRules

extension SQLiteStore {
    @discardableResult
    public func commit(_ changes: ChangeSet) throws -> Bool {
        try write { db in
            // Checked inside the write transaction: a second command that did the same work
            // while waiting for the lock writes nothing.
            if let day = changes.processedDay,
               try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM days WHERE date = ?)", arguments: [day.description]) == true {
                return false
            }
            if let imported = changes.imported,
               try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM imports WHERE digest = ?)", arguments: [imported.digest]) == true {
                return false
            }
            try Self.apply(changes, in: db, caseType: self.caseType)
            return true
        }
    }

    static let upsertCases = BulkInsert(head: """
        INSERT INTO cases (id, workflow, occurrence, site, opened_on, source, parent, fields, status, staff, excluded, deadline, closed_on)
        """, columns: 13, tail: """
        ON CONFLICT(id) DO UPDATE SET fields = excluded.fields, status = excluded.status, staff = excluded.staff,
            excluded = excluded.excluded, deadline = excluded.deadline, closed_on = excluded.closed_on
        """)
    static let insertRecords = BulkInsert(head: """
        INSERT OR IGNORE INTO records (id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier)
        """, columns: 12)
    static let insertTimers = BulkInsert(head: "INSERT OR IGNORE INTO timers (id, case_id, kind, name, due, people, set_on)", columns: 7)
    static let insertEvents = BulkInsert(head: "INSERT INTO events (seq, date, kind, case_id, occurrence, code, args, more, kinds)", columns: 9)

    /// Appends events to the log as packs (`EventPack`), numbered after the last one.
    static func log(_ events: [EngineEvent], in db: Database) throws {
        guard !events.isEmpty else { return }
        var last = try Int.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM events") ?? 0
        try insertEvents.run(EventPack.packs(events), in: db) { row, pack in
            last += pack.count
            row.bind(pack, last: last)
        }
    }

    static func apply(_ changes: ChangeSet, in db: Database, caseType: ObjectType?) throws {
        // In the order the engine first saved them (deterministic, like everything it does).
        try upsertCases.run(changes.caseOrder.compactMap { changes.cases[$0] }, in: db) { row, c in row.bind(c, caseType: caseType) }
        try insertRecords.run(changes.records, in: db) { row, r in row.bind(r) }
        try insertTimers.run(changes.timersAdded, in: db) { row, t in row.bind(t, setOn: changes.processedDay) }
        let finishTimer = try db.cachedStatement(sql: "UPDATE timers SET done = 1, done_on = ? WHERE id = ?")
        for id in changes.timersDone { try finishTimer.execute(arguments: [changes.processedDay?.description, id]) }
        // A sitting added besides the plan, before it is marked held.
        for o in changes.occurrencesAdded {
            try db.execute(sql: """
                INSERT OR IGNORE INTO occurrences (id, month, workflow, site, date, start, "end", rule_date, reason, status, extra)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'planned', 1)
                """, arguments: [o.id, o.month.description, o.workflowID, o.siteID, o.date.description, o.start, o.end, o.ruleDate.description])
        }
        let hold = try db.cachedStatement(sql: "UPDATE occurrences SET status = 'held' WHERE id = ?")
        for id in changes.occurrencesHeld { try hold.execute(arguments: [id]) }
        let notHeld = try db.cachedStatement(sql: "UPDATE occurrences SET status = 'not_held' WHERE id = ?")
        for id in changes.occurrencesNotHeld { try notHeld.execute(arguments: [id]) }
        let move = try db.cachedStatement(sql: "UPDATE occurrences SET held_on = ? WHERE id = ?")
        for id in changes.occurrencesMoved { try move.execute(arguments: [changes.processedDay?.description, id]) }
        try log(changes.events, in: db)
        for change in changes.reassigned {
            // The seat as planned, kept the first time a substitute takes it.
            try db.execute(sql: """
                INSERT OR IGNORE INTO substitutions (occurrence, slot, position, date, person, reason)
                SELECT occurrence, slot, position, ?, person, reason FROM assignments WHERE occurrence = ? AND person = ?
                """, arguments: [changes.processedDay?.description, change.occurrenceID, change.absent])
            if let replacement = change.replacement {
                try db.execute(sql: "UPDATE assignments SET person = ?, reason = ? WHERE occurrence = ? AND person = ?",
                               arguments: [replacement, change.reason.json, change.occurrenceID, change.absent])
            } else if let row = try Row.fetchOne(db, sql: "SELECT slot, position FROM assignments WHERE occurrence = ? AND person = ?",
                                                 arguments: [change.occurrenceID, change.absent]) {
                let reader = RowReader(row: row, table: "assignments", path: "")
                let slot = try reader.text("slot"), position = try reader.int("position")
                try db.execute(sql: "DELETE FROM assignments WHERE occurrence = ? AND person = ?", arguments: [change.occurrenceID, change.absent])
                try db.execute(sql: "INSERT OR REPLACE INTO unfilled (occurrence, slot, position, reason) VALUES (?, ?, ?, ?)",
                               arguments: [change.occurrenceID, slot, position, change.reason.json])
            }
        }
        if let imported = changes.imported {
            try db.execute(sql: "INSERT INTO imports (digest, file, rows) VALUES (?, ?, ?)", arguments: [imported.digest, imported.file, imported.rows])
        }
        let insertPersonal = try db.cachedStatement(sql: "INSERT OR IGNORE INTO intake (case_id, name, phone, id_number, note) VALUES (?, ?, ?, ?, ?)")
        for entry in changes.personal where entry.data != nil || entry.note != nil {
            try insertPersonal.execute(arguments: [entry.caseID, entry.data?.name, entry.data?.phone, entry.data?.idNumber, entry.note])
        }
        if let day = changes.processedDay {
            try db.execute(sql: "INSERT OR IGNORE INTO days (date) VALUES (?)", arguments: [day.description])
        }
    }

    // MARK: Facts

    public func append(_ facts: [Fact], imported: (digest: String, file: String, rows: Int)?,
                       personal: [(caseID: String, data: PersonalData?, note: String?)]) throws -> FactAppend? {
        try write { db -> FactAppend? in
            if let imported {
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM imports WHERE digest = ?)", arguments: [imported.digest]) != true else {
                    return nil
                }
                try db.execute(sql: "INSERT INTO imports (digest, file, rows) VALUES (?, ?, ?)", arguments: [imported.digest, imported.file, imported.rows])
            }
            // The latest stored fact of each key and kind, read at once (a batch of keys a statement).
            let (result, added) = FactAppend.sorting(facts, latest: try Self.latestFacts(keys: Set(facts.map(\.key)), in: db, path: path))
            // Numbered in the order given (SQLite numbers each row after the last).
            try Self.insertFacts.run(added, in: db) { row, fact in
                row.text(fact.kind.rawValue); row.text(fact.on.description); row.text(fact.key); row.text(fact.payload); row.text(fact.source)
                row.text(fact.account)
            }
            let forget = try db.cachedStatement(sql: "DELETE FROM intake WHERE case_id = ?")
            for fact in added where fact.kind == .void { try forget.execute(arguments: [fact.key]) }
            let insertPersonal = try db.cachedStatement(sql: "INSERT OR REPLACE INTO intake (case_id, name, phone, id_number, note) VALUES (?, ?, ?, ?, ?)")
            for entry in personal where entry.data != nil || entry.note != nil {
                try insertPersonal.execute(arguments: [entry.caseID, entry.data?.name, entry.data?.phone, entry.data?.idNumber, entry.note])
            }
            return result
        }
    }

    static let insertFacts = BulkInsert(head: "INSERT INTO facts (kind, on_date, key, payload, source, account)", columns: 6)

    /// The latest stored fact of each kind for each of `keys`: its payload and day.
    static func latestFacts(keys: Set<String>, in db: Database, path: String) throws -> [FactAppend.Key: (payload: String, on: CivilDate)] {
        var latest: [FactAppend.Key: (arrival: Int, payload: String, on: CivilDate)] = [:]
        var pending = keys.sorted()[...]
        while !pending.isEmpty {
            let batch = pending.prefix(500)
            pending = pending.dropFirst(batch.count)
            let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
            let rows = try Row.fetchCursor(db, sql: "SELECT arrival, kind, key, payload, on_date FROM facts WHERE key IN (\(marks))",
                                           arguments: StatementArguments(Array(batch)))
            while let row = try rows.next() {
                let columns = RowReader(row: row, table: "facts", path: path)
                let id = FactAppend.Key(kind: try columns.value("kind", as: Fact.Kind.self), key: try columns.text("key"))
                let arrival = try columns.int("arrival")
                if let known = latest[id], known.arrival > arrival { continue }
                latest[id] = (arrival, try columns.text("payload"), try columns.date("on_date"))
            }
        }
        return latest.mapValues { ($0.payload, $0.on) }
    }

    public func request(through day: CivilDate) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO meta (key, value) VALUES ('requested', ?) ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)
                """, arguments: [day.description])
        }
    }

    public func markShown(through arrival: Int) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO meta (key, value) VALUES ('shown_arrival', ?)
                ON CONFLICT(key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))
                """, arguments: [String(arrival)])
        }
    }

    @discardableResult
    public func writeDerived(_ derived: DerivedDays) throws -> Bool {
        let checkpoints = try derived.checkpoints.map { checkpoint in (checkpoint.day, try CheckpointJSON.encode(checkpoint, caseType: caseType)) }
        return try write { db in
            guard try Int.fetchOne(db, sql: "SELECT coalesce(max(arrival), 0) FROM facts") == derived.basedOn else { return false }
            let from = derived.from.description
            // What was derived from `from` on goes; the cases open the day before stand as they stood.
            try db.execute(sql: "DELETE FROM records WHERE date >= ?", arguments: [from])
            try db.execute(sql: "DELETE FROM events WHERE date >= ? AND kind NOT IN ('month_planned', 'month_replanned')", arguments: [from])
            try db.execute(sql: "DELETE FROM cases WHERE opened_on >= ?", arguments: [from])
            try db.execute(sql: "DELETE FROM timers WHERE set_on >= ?", arguments: [from])
            try db.execute(sql: "UPDATE timers SET done = 0, done_on = NULL WHERE done_on >= ?", arguments: [from])
            try db.execute(sql: "UPDATE occurrences SET status = 'planned' WHERE coalesce(held_on, date) >= ? AND status != 'planned'", arguments: [from])
            try db.execute(sql: "UPDATE occurrences SET held_on = NULL WHERE held_on >= ?", arguments: [from])
            try db.execute(sql: "DELETE FROM occurrences WHERE extra = 1 AND date >= ?", arguments: [from])
            // The seats substitutes took from `from` on go back to the plan.
            try db.execute(sql: """
                DELETE FROM unfilled WHERE (occurrence, slot, position) IN (SELECT occurrence, slot, position FROM substitutions WHERE date >= ?)
                """, arguments: [from])
            try db.execute(sql: """
                INSERT OR REPLACE INTO assignments (occurrence, slot, position, person, reason)
                SELECT occurrence, slot, position, person, reason FROM substitutions WHERE date >= ?
                """, arguments: [from])
            try db.execute(sql: "DELETE FROM substitutions WHERE date >= ?", arguments: [from])
            try db.execute(sql: "DELETE FROM days WHERE date >= ?", arguments: [from])
            try db.execute(sql: "DELETE FROM checkpoints WHERE day > ?", arguments: [from])
            var reverted = ChangeSet()
            for engineCase in derived.reverted { reverted.save(engineCase) }
            try Self.apply(reverted, in: db, caseType: self.caseType)
            for day in derived.days { try Self.apply(day, in: db, caseType: self.caseType) }
            let insertCheckpoint = try db.cachedStatement(sql: "INSERT OR REPLACE INTO checkpoints (day, cases, timers, bookings) VALUES (?, ?, ?, ?)")
            for (day, parts) in checkpoints {
                try insertCheckpoint.execute(arguments: [day.description, parts.cases, parts.timers, parts.bookings])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('derived_arrival', ?)", arguments: [String(derived.basedOn)])
            return true
        }
    }

    @discardableResult
    public func close(_ closing: MonthClosing) throws -> Bool {
        let (outputs, records) = try closing.storedJSON()
        return try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM closings WHERE month = ?)", arguments: [closing.month.description]) != true
            else { return false }
            try db.execute(sql: "INSERT INTO closings (month, arrival, digest, outputs, records) VALUES (?, ?, ?, ?, ?)",
                           arguments: [closing.month.description, closing.arrival, closing.digest, outputs, records])
            return true
        }
    }

    public func storeMonth(_ plan: MonthPlan) throws {
        let planJSON = try Self.json(plan.plan)
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM months WHERE month = ?)", arguments: [plan.month.description]) != true else { return }
            try Self.insertOccurrences(plan, from: nil, in: db)
            try Self.insertSeats(plan, from: nil, in: db)
            let seq = try Int.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM events") ?? 0
            try db.execute(sql: "INSERT INTO months (month, planned_at_event, plan) VALUES (?, ?, ?)", arguments: [plan.month.description, seq, planJSON])
            try Self.log(EngineEvent(date: plan.month.firstDay, kind: .monthPlanned, message: plan.plannedMessage), in: db)
        }
    }

    public func replaceAssignments(_ plan: MonthPlan, from firstDay: CivilDate) throws {
        let planJSON = try Self.json(plan.plan)
        try write { db in
            let from = firstDay.description
            try db.execute(sql: """
                DELETE FROM assignments WHERE occurrence IN (SELECT id FROM occurrences WHERE month = ? AND date >= ?)
                """, arguments: [plan.month.description, from])
            try db.execute(sql: """
                DELETE FROM unfilled WHERE occurrence IN (SELECT id FROM occurrences WHERE month = ? AND date >= ?)
                """, arguments: [plan.month.description, from])
            // The occurrences themselves: a calendar or a file changed since publishing may have
            // skipped, moved or added some. Those a sheet moved or added stay: their facts refer
            // to them (and a sheet only speaks of days derived, which are before `firstDay`).
            try db.execute(sql: "DELETE FROM occurrences WHERE month = ? AND date >= ? AND held_on IS NULL AND extra = 0",
                           arguments: [plan.month.description, from])
            try db.execute(sql: "DELETE FROM skipped WHERE month = ? AND date >= ?", arguments: [plan.month.description, from])
            try Self.insertOccurrences(plan, from: firstDay, in: db)
            try Self.insertSeats(plan, from: firstDay, in: db)
            try db.execute(sql: "UPDATE months SET plan = ? WHERE month = ?", arguments: [planJSON, plan.month.description])
            try Self.log(EngineEvent(date: firstDay, kind: .monthReplanned, message: plan.replannedMessage(from: firstDay)), in: db)
        }
    }

    /// The plan's occurrences and skipped dates from `firstDay` on (all of them without a first
    /// day); one already stored is kept as it is.
    static func insertOccurrences(_ plan: MonthPlan, from firstDay: CivilDate?, in db: Database) throws {
        let insertOccurrence = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO occurrences (id, month, workflow, site, date, start, "end", rule_date, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for o in plan.occurrences where firstDay.map({ o.date >= $0 }) ?? true {
            try insertOccurrence.execute(arguments: [o.id, plan.month.description, o.workflowID, o.siteID, o.date.description,
                                                     o.interval.startRFC3339, o.interval.endRFC3339, o.ruleDate.description,
                                                     o.movedFrom == nil ? nil : o.reason?.json])
        }
        let insertSkipped = try db.cachedStatement(sql: "INSERT OR IGNORE INTO skipped (workflow, site, date, month, reason) VALUES (?, ?, ?, ?, ?)")
        for s in plan.skipped where firstDay.map({ s.date >= $0 }) ?? true {
            try insertSkipped.execute(arguments: [s.workflowID, s.siteID, s.date.description, plan.month.description, s.reason.json])
        }
    }

    /// The assignments and unfilled slots of the plan's occurrences held from `firstDay` on (all
    /// of them without a first day).
    static func insertSeats(_ plan: MonthPlan, from firstDay: CivilDate?, in db: Database) throws {
        let dates = Dictionary(plan.occurrences.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        let kept: (String) -> Bool = { id in firstDay.map { first in dates[id].map { $0 >= first } ?? false } ?? true }
        let insertAssignment = try db.cachedStatement(sql: "INSERT OR REPLACE INTO assignments (occurrence, slot, position, person, reason) VALUES (?, ?, ?, ?, ?)")
        for a in plan.assignments where kept(a.occurrenceID) {
            try insertAssignment.execute(arguments: [a.occurrenceID, a.slot, a.position, a.personID, a.reason.json])
        }
        let insertUnfilled = try db.cachedStatement(sql: "INSERT OR REPLACE INTO unfilled (occurrence, slot, position, reason) VALUES (?, ?, ?, ?)")
        for u in plan.unfilled where kept(u.occurrenceID) {
            try insertUnfilled.execute(arguments: [u.occurrenceID, u.slot, u.position, u.reason.json])
        }
    }

    static func log(_ event: EngineEvent, in db: Database) throws { try log([event], in: db) }

    /// A plan as the JSON the `months` table keeps.
    static func json(_ plan: Plan?) throws -> String? {
        guard let plan else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(plan), as: UTF8.self)
    }
}
