import Foundation
import GRDB
import Testing
import SizhenCalendar
import SizhenEngine
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
        let store = try SQLiteStore(path: path)
        #expect(try store.records().map(\.id) == ["jiezhen/b/2026-12-02/1#1:consult", "jiezhen/a/2026-12-09/1#1:consult"])
        let story = try store.story(of: "jiezhen/a/2026-12-09/1#1")
        #expect(story.map(\.event.message) == ["opened", "timer", "escalated", "panel case opened"])
        #expect(story.map(\.sequence) == [1, 3, 4, 5])
        #expect(try store.story(of: "jiezhen/a/2026-12-09/1#10").map(\.event.message) == ["another case, not escalated from the first"])
        // New events follow the old ones; the log refuses changes.
        var changes = ChangeSet()
        changes.log(EngineEvent(date: CivilDate(iso: "2026-12-25")!, kind: .overdue, caseID: "jiezhen/a/2026-12-09/1#1>stuck", message: "late"))
        try store.commit(changes)
        #expect(try store.story(of: "jiezhen/a/2026-12-09/1#1").last.map { [$0.sequence] + [$0.event.message.count] } == [6, 4])
        #expect(throws: (any Error).self) { try store.write { db in try db.execute(sql: "UPDATE events SET message = 'x'") } }
        #expect(throws: (any Error).self) { try store.write { db in try db.execute(sql: "DELETE FROM events") } }
        #expect(try store.integrityCheck() == "ok")
    }

    /// Commands opening one new file at the same moment all migrate it, once, and all write to it.
    @Test func manyOpeningOneNewFileAtOnceAllSucceed() async throws {
        for _ in 0..<12 {
            let path = temporaryPath()
            defer { SQLiteStore.removeFiles(at: path) }
            let outcomes = await withTaskGroup(of: String.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        do {
                            let store = try SQLiteStore(path: path)
                            var changes = ChangeSet()
                            changes.processedDay = CivilDate(iso: "2026-12-01")!.adding(days: index)
                            try store.commit(changes)
                            return try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
                                .joined(separator: ",")
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(outcomes) == ["v1-state,v2-skipped,v3-plan-json,v4-day-ordered"], "\(outcomes)")
            // One file for all of them: every command's day is in it.
            #expect(try SQLiteStore(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM days") } == 6)
        }
    }
}
