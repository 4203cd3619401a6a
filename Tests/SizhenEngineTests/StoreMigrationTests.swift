import Foundation
import GRDB
import Testing
import SizhenCalendar
import SizhenEngine
import SizhenDiagnostics
import SizhenRecords
@testable import SizhenStore

/// A database written before the day-ordered tables (migration v4) opens with every record
/// and event kept, in order, and the event log still append-only.
@Suite struct StoreMigrationTests {
    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-migration-\(UUID().uuidString).db").path
    }

    @Test func version3DatabaseMigratesWithItsRecordsAndEvents() throws {
        let path = temporaryPath()
        defer { SQLiteStore.removeFiles(at: path) }
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v3-plan-json")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO cases (id, workflow, occurrence, site, opened_on, source, fields, status, staff, excluded)
                    VALUES ('jiezhen/a/2026-12-09/1#1', 'jiezhen', 'jiezhen/a/2026-12-09/1', 'a', '2026-12-09', 'visitor', '{}', 'referred', 'p1', ''),
                           ('jiezhen/a/2026-12-09/1#1>stuck', 'huizhen', NULL, 'a', '2026-12-24', 'escalation', '{}', 'open', '', 'p1'),
                           ('jiezhen/a/2026-12-09/1#10', 'jiezhen', 'jiezhen/a/2026-12-09/1', 'a', '2026-12-09', 'visitor', '{}', 'resolved', 'p1', '');
                    INSERT INTO records (id, type, workflow, occurrence, site, street, date, staff, case_id, outcome)
                    VALUES ('jiezhen/b/2026-12-02/1#1:consult', '法律咨询', 'jiezhen', 'jiezhen/b/2026-12-02/1', 'b', 's', '2026-12-02', 'p2', 'jiezhen/b/2026-12-02/1#1', 'resolved'),
                           ('jiezhen/a/2026-12-09/1#1:consult', '法律咨询', 'jiezhen', 'jiezhen/a/2026-12-09/1', 'a', 's', '2026-12-09', 'p1', 'jiezhen/a/2026-12-09/1#1', 'unresolved');
                    INSERT INTO events (date, kind, case_id, message) VALUES
                        ('2026-12-09', 'case_opened', 'jiezhen/a/2026-12-09/1#1', 'opened'),
                        ('2026-12-09', 'case_opened', 'jiezhen/a/2026-12-09/1#10', 'another case, not escalated from the first'),
                        ('2026-12-09', 'timer_set', 'jiezhen/a/2026-12-09/1#1', 'timer'),
                        ('2026-12-24', 'escalated', 'jiezhen/a/2026-12-09/1#1', 'escalated'),
                        ('2026-12-24', 'case_opened', 'jiezhen/a/2026-12-09/1#1>stuck', 'panel case opened');
                    """)
            }
        }
        let store = try SQLiteStore(path: path, access: .writing(.real))
        #expect(try store.records(RecordFilter()).map(\.id) == ["jiezhen/b/2026-12-02/1#1:consult", "jiezhen/a/2026-12-09/1#1:consult"])
        let story = try store.story(of: "jiezhen/a/2026-12-09/1#1")
        #expect(story.map(\.event.message) == ["opened", "timer", "escalated", "panel case opened"].map(Message.legacy),
                "the prose of an old log is kept whole under legacy.text")
        #expect(story.map(\.sequence) == [1, 3, 4, 5])
        #expect(try store.story(of: "jiezhen/a/2026-12-09/1#10").map(\.event.message) == [.legacy("another case, not escalated from the first")])
        // New events follow the old ones; the facts (not the derived log) refuse changes.
        var changes = ChangeSet()
        changes.log(EngineEvent(date: CivilDate(iso: "2026-12-25")!, kind: .overdue, caseID: "jiezhen/a/2026-12-09/1#1>stuck", message: .legacy("late")))
        try store.commit(changes)
        #expect(try store.story(of: "jiezhen/a/2026-12-09/1#1").last.map { $0.sequence } == 6)
        #expect(try store.story(of: "jiezhen/a/2026-12-09/1#1").last?.event.message == .legacy("late"))
        _ = try store.append([Fact(kind: .void, on: CivilDate(iso: "2026-12-26")!, key: "x#1", payload: "{}", source: "test")], imported: nil, personal: [])
        #expect(throws: (any Error).self) { try store.write { db in try db.execute(sql: "UPDATE facts SET payload = 'x'") } }
        #expect(throws: (any Error).self) { try store.write { db in try db.execute(sql: "DELETE FROM facts") } }
        #expect(try store.derivationState().frozenThrough == nil, "a version 3 database had processed no day")
        #expect(try store.integrityCheck() == "ok")
    }

    /// A log written a row an event (before v11-event-packs) reads on beside the packs written
    /// after it: numbered on from its last, counted and told together.
    @Test func aLogOfOneEventARowReadsOnBesideEventPacks() throws {
        let path = temporaryPath()
        defer { SQLiteStore.removeFiles(at: path) }
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v10-accounts")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO cases (id, workflow, occurrence, site, opened_on, source, fields, status, staff, excluded)
                    VALUES ('j/a/2026-12-09/1#1', 'jiezhen', 'j/a/2026-12-09/1', 'a', '2026-12-09', 'visitor', '{}', 'open', 'p1', '');
                    INSERT INTO events (date, kind, case_id, code, args) VALUES
                        ('2026-12-09', 'case_opened', 'j/a/2026-12-09/1#1', 'legacy.text', '{"text":"opened"}'),
                        ('2026-12-09', 'step_run', 'j/a/2026-12-09/1#1', 'legacy.text', '{"text":"step"}');
                    """)
            }
        }
        let store = try SQLiteStore(path: path, access: .writing(.real))
        var changes = ChangeSet()
        for (kind, text) in [(EngineEvent.Kind.timerFired, "fired"), (.escalated, "escalated"), (.caseClosed, "closed")] {
            changes.log(EngineEvent(date: CivilDate(iso: "2026-12-24")!, kind: kind, caseID: "j/a/2026-12-09/1#1", message: .legacy(text)))
        }
        try store.commit(changes)
        let story = try store.story(of: "j/a/2026-12-09/1#1")
        #expect(story.map(\.event.message) == ["opened", "step", "fired", "escalated", "closed"].map(Message.legacy))
        #expect(story.map(\.sequence) == [1, 2, 3, 4, 5])
        #expect(try store.eventCounts(from: CivilDate(iso: "2026-12-01")!, through: CivilDate(iso: "2026-12-31")!)
                == [.caseOpened: 1, .stepRun: 1, .timerFired: 1, .escalated: 1, .caseClosed: 1])
        #expect(try store.events(from: CivilDate(iso: "2026-12-01")!, through: CivilDate(iso: "2026-12-31")!, kinds: [.stepRun, .escalated])
                    .map(\.sequence) == [2, 4])
        #expect(try store.integrityCheck() == "ok")
    }

    /// A database an earlier version processed days in keeps them as they were (frozen); a
    /// simulation's, emptied for a new run, forgets them with everything else.
    @Test func daysProcessedBeforeFactsAreFrozenUntilASimulationStartsAfresh() throws {
        for purpose in [StorePurpose.real, .simulation] {
            let path = temporaryPath()
            defer { SQLiteStore.removeFiles(at: path) }
            do {
                let queue = try DatabaseQueue(path: path)
                try SQLiteStore.migrator.migrate(queue, upTo: "v5-message-codes")
                try queue.write { db in
                    try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('purpose', ?)", arguments: [purpose.rawValue])
                    try db.execute(sql: "INSERT INTO days (date) VALUES ('2026-12-01'), ('2026-12-02')")
                }
            }
            let store = try SQLiteStore(path: path, access: .writing(purpose))
            #expect(try store.derivationState().frozenThrough == CivilDate(iso: "2026-12-02"))
            #expect(try store.derivationState().from == CivilDate(iso: "2026-12-03"), "never derived again")
            if purpose == .simulation {
                try store.startSimulation()
                #expect(try store.derivationState().frozenThrough == nil && store.lastProcessedDay() == nil)
            }
        }
    }

    @Test func version4ReasonsAndPlansBecomeMessagesKeepingTheirProse() throws {
        let path = temporaryPath()
        defer { SQLiteStore.removeFiles(at: path) }
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v4-day-ordered")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO months (month, planned_at_event, plan) VALUES ('2026-12', 0,
                        '{"month":"2026-12","assignments":[{"occurrence":"o","workflow":"jiezhen","site":"a","date":"2026-12-09","start":"s","end":"e","slot":"sitter","person":"L001","reason":"paired lawyer of 烟雨社区"}],"unfilled":[],"released":[]}');
                    INSERT INTO occurrences (id, month, workflow, site, date, start, "end", rule_date, reason)
                        VALUES ('o', '2026-12', 'jiezhen', 'a', '2026-12-09', 's', 'e', '2026-12-08', 'holiday, moved to the next workday');
                    INSERT INTO assignments (occurrence, slot, position, person, reason) VALUES ('o', 'sitter', 0, 'L001', 'paired lawyer of 烟雨社区');
                    INSERT INTO unfilled (occurrence, slot, position, reason) VALUES ('o', 'helper', 0, 'lawyer: nobody holds the role');
                    INSERT INTO skipped (workflow, site, date, month, reason) VALUES ('jiezhen', 'a', '2026-12-23', '2026-12', 'a holiday');
                    """)
            }
        }
        let store = try SQLiteStore(path: path, access: .writing(.real))
        let month = YearMonth(iso: "2026-12")!
        #expect(try store.assignmentRows(in: month).map(\.reason) == [.legacy("paired lawyer of 烟雨社区")])
        #expect(try store.unfilled(in: month).map(\.reason) == [.legacy("lawyer: nobody holds the role")])
        #expect(try store.skipped(in: month).map(\.reason) == [.legacy("a holiday")])
        #expect(try store.occurrences(in: month).map(\.reason) == [.legacy("holiday, moved to the next workday")])
        #expect(try store.storedPlan(month)?.assignments.map(\.reason) == [.legacy("paired lawyer of 烟雨社区")])
    }

    /// Commands opening one new file at the same moment all migrate it, once and in order (by
    /// rowid: `v10-…` sorts before `v2-…` as text), and all write to it.
    @Test func manyOpeningOneNewFileAtOnceAllSucceed() async throws {
        for _ in 0..<12 {
            let path = temporaryPath()
            defer { SQLiteStore.removeFiles(at: path) }
            let outcomes = await withTaskGroup(of: String.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        do {
                            let store = try SQLiteStore(path: path, access: .writing(.real))
                            var changes = ChangeSet()
                            changes.processedDay = CivilDate(iso: "2026-12-01")!.adding(days: index)
                            try store.commit(changes)
                            return try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
                                .joined(separator: ",")
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(outcomes) == [SQLiteStore.migrator.migrations.joined(separator: ",")], "\(outcomes)")
            // One file for all of them: every command's day is in it.
            #expect(try SQLiteStore(path: path, access: .writing(.real)).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM days") } == 6)
        }
    }
}
