import GRDB

extension SQLiteStore {
    /// One change of the schema, by name: named and append-only (a later change adds "v6-…",
    /// never edits one of these), and recorded in `grdb_migrations` in the transaction that
    /// makes it, as GRDB's migrator does, so that databases of every version read alike.
    struct Migration: Sendable {
        let identifier: String
        let sql: String
    }

    /// Every migration, in order. `SQLiteStore.open` applies the missing ones in the same
    /// transaction that checks the database's purpose and version (see `SQLiteStore+Opening`).
    static let migrations: [Migration] = [
        Migration(identifier: "v1-state", sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE months (month TEXT PRIMARY KEY, planned_at_event INTEGER NOT NULL);
            CREATE TABLE occurrences (
                id TEXT PRIMARY KEY, month TEXT NOT NULL, workflow TEXT NOT NULL, site TEXT NOT NULL,
                date TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL, rule_date TEXT NOT NULL, reason TEXT,
                status TEXT NOT NULL DEFAULT 'planned');
            CREATE INDEX occurrences_by_date ON occurrences(date);
            CREATE TABLE assignments (
                occurrence TEXT NOT NULL REFERENCES occurrences(id), slot TEXT NOT NULL, position INTEGER NOT NULL,
                person TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (occurrence, slot, position));
            CREATE TABLE unfilled (
                occurrence TEXT NOT NULL REFERENCES occurrences(id), slot TEXT NOT NULL, position INTEGER NOT NULL,
                reason TEXT NOT NULL, PRIMARY KEY (occurrence, slot, position));
            CREATE TABLE cases (
                id TEXT PRIMARY KEY, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, opened_on TEXT NOT NULL,
                source TEXT NOT NULL, parent TEXT, fields TEXT NOT NULL, status TEXT NOT NULL, staff TEXT NOT NULL,
                excluded TEXT NOT NULL, deadline TEXT, closed_on TEXT);
            CREATE INDEX open_cases ON cases(status) WHERE status = 'open';
            CREATE TABLE timers (
                id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, due TEXT NOT NULL,
                people TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX pending_timers ON timers(due) WHERE done = 0;
            CREATE TABLE records (
                id TEXT PRIMARY KEY, type TEXT NOT NULL, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, street TEXT,
                date TEXT NOT NULL, staff TEXT NOT NULL, case_id TEXT NOT NULL, outcome TEXT NOT NULL,
                subsidy_yuan INTEGER, subsidy_tier TEXT);
            CREATE INDEX records_by_date ON records(date);
            CREATE TABLE events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, date TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT, occurrence TEXT,
                message TEXT NOT NULL);
            CREATE INDEX events_by_case ON events(case_id);
            CREATE TABLE days (date TEXT PRIMARY KEY);
            CREATE TABLE imports (digest TEXT PRIMARY KEY, file TEXT NOT NULL, rows INTEGER NOT NULL);
            CREATE TABLE intake (
                case_id TEXT PRIMARY KEY, name TEXT, phone TEXT, id_number TEXT, note TEXT);
            -- The event log is append-only.
            CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            """),
        Migration(identifier: "v2-skipped", sql: """
            CREATE TABLE skipped (
                workflow TEXT NOT NULL, site TEXT NOT NULL, date TEXT NOT NULL, month TEXT NOT NULL, reason TEXT NOT NULL,
                PRIMARY KEY (workflow, site, date));
            """),
        Migration(identifier: "v3-plan-json", sql: "ALTER TABLE months ADD COLUMN plan TEXT"),
        // A day's rows go to the end of each B-tree instead of all over it. Record and event
        // ids begin with the workflow and site, so indexes keyed by id alone took a day's
        // inserts into every page of the index: the cost of a day grew with the whole
        // database. Records are now kept in (date, id) order, which is also the order they
        // are read in; the event log keeps its sequence as the row id (no AUTOINCREMENT
        // table) and is indexed by (date, case), which a case's story walks day by day.
        Migration(identifier: "v4-day-ordered", sql: """
            CREATE TABLE records_v4 (
                id TEXT NOT NULL, type TEXT NOT NULL, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, street TEXT,
                date TEXT NOT NULL, staff TEXT NOT NULL, case_id TEXT NOT NULL, outcome TEXT NOT NULL,
                subsidy_yuan INTEGER, subsidy_tier TEXT, PRIMARY KEY (date, id)) WITHOUT ROWID;
            INSERT INTO records_v4 (id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier)
                SELECT id, type, workflow, occurrence, site, street, date, staff, case_id, outcome, subsidy_yuan, subsidy_tier FROM records;
            DROP TABLE records;
            ALTER TABLE records_v4 RENAME TO records;
            CREATE TABLE events_v4 (
                seq INTEGER PRIMARY KEY, date TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT, occurrence TEXT, message TEXT NOT NULL);
            INSERT INTO events_v4 (seq, date, kind, case_id, occurrence, message)
                SELECT seq, date, kind, case_id, occurrence, message FROM events ORDER BY seq;
            DROP TABLE events;
            ALTER TABLE events_v4 RENAME TO events;
            CREATE INDEX events_by_day_case ON events(date, case_id);
            CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            """),
        // Events, reasons and plans are stored as message codes with arguments, rendered in
        // the reader's language when shown. The prose of an existing log is kept whole as
        // the argument of `legacy.text`, so that nothing an earlier version wrote is lost.
        Migration(identifier: "v5-message-codes", sql: """
            DROP TRIGGER events_no_update;
            DROP TRIGGER events_no_delete;
            CREATE TABLE events_v5 (
                seq INTEGER PRIMARY KEY, date TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT, occurrence TEXT,
                code TEXT NOT NULL, args TEXT NOT NULL);
            INSERT INTO events_v5 (seq, date, kind, case_id, occurrence, code, args)
                SELECT seq, date, kind, case_id, occurrence, 'legacy.text', json_object('text', message) FROM events ORDER BY seq;
            DROP TABLE events;
            ALTER TABLE events_v5 RENAME TO events;
            CREATE INDEX events_by_day_case ON events(date, case_id);
            CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
            UPDATE assignments SET reason = json_object('code', 'legacy.text', 'args', json_object('text', reason));
            UPDATE unfilled SET reason = json_object('code', 'legacy.text', 'args', json_object('text', reason));
            UPDATE skipped SET reason = json_object('code', 'legacy.text', 'args', json_object('text', reason));
            UPDATE occurrences SET reason = json_object('code', 'legacy.text', 'args', json_object('text', reason)) WHERE reason IS NOT NULL;
            """),
        // Facts first: what the clinics reported is kept, append-only, in `facts`; the cases,
        // records, timers and the event log are derived from them and replaced when a late
        // fact re-derives a day, so the event log's triggers move to the facts. Timers keep
        // the day they were set and done, so that a re-derivation puts them back as they
        // stood; checkpoints keep where the engine stood at the start of each month. The days
        // an earlier version processed were not derived from facts: they stay as they are
        // (`frozen_through`), and facts about them are refused.
        Migration(identifier: "v6-facts", sql: """
            DROP TRIGGER events_no_update;
            DROP TRIGGER events_no_delete;
            CREATE TABLE facts (
                arrival INTEGER PRIMARY KEY, kind TEXT NOT NULL, on_date TEXT NOT NULL, key TEXT NOT NULL, payload TEXT NOT NULL,
                source TEXT NOT NULL);
            CREATE INDEX facts_by_day ON facts(on_date);
            CREATE INDEX facts_by_key ON facts(key, kind, arrival);
            CREATE TRIGGER facts_no_update BEFORE UPDATE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only'); END;
            CREATE TRIGGER facts_no_delete BEFORE DELETE ON facts
                WHEN (SELECT value FROM meta WHERE key = 'purpose') IS NOT 'simulation'
                BEGIN SELECT RAISE(ABORT, 'facts are append-only'); END;
            ALTER TABLE timers ADD COLUMN set_on TEXT;
            ALTER TABLE timers ADD COLUMN done_on TEXT;
            CREATE TABLE checkpoints (day TEXT PRIMARY KEY, cases TEXT NOT NULL, timers TEXT NOT NULL, bookings TEXT NOT NULL);
            INSERT INTO meta (key, value) SELECT 'frozen_through', date FROM days ORDER BY date DESC LIMIT 1;
            """),
        // A closed month's report, frozen in every format, with the records it counted and the
        // last fact it included; never changed once written.
        Migration(identifier: "v7-closings", sql: """
            CREATE TABLE closings (
                month TEXT PRIMARY KEY, arrival INTEGER NOT NULL, digest TEXT NOT NULL, outputs TEXT NOT NULL, records TEXT NOT NULL);
            CREATE TRIGGER closings_no_update BEFORE UPDATE ON closings BEGIN SELECT RAISE(ABORT, 'a closed month is never changed'); END;
            CREATE TRIGGER closings_no_delete BEFORE DELETE ON closings
                WHEN (SELECT value FROM meta WHERE key = 'purpose') IS NOT 'simulation'
                BEGIN SELECT RAISE(ABORT, 'a closed month is never changed'); END;
            """),
        // The planned seats a substitute took on a derived day, as planned: a re-derivation puts
        // them back before deriving the day again, so the published plan is never lost. And
        // the indexes by which a re-derivation finds what it replaces.
        Migration(identifier: "v8-substitutions", sql: """
            CREATE TABLE substitutions (
                occurrence TEXT NOT NULL, slot TEXT NOT NULL, position INTEGER NOT NULL, date TEXT, person TEXT NOT NULL, reason TEXT NOT NULL,
                PRIMARY KEY (occurrence, slot, position));
            CREATE INDEX substitutions_by_date ON substitutions(date);
            -- What a re-derivation from a day replaces, found by the day rather than by a scan.
            CREATE INDEX cases_by_opening ON cases(opened_on);
            CREATE INDEX timers_by_set ON timers(set_on);
            CREATE INDEX timers_by_done ON timers(done_on) WHERE done_on IS NOT NULL;
            """),
        // Sittings the sheets moved to another day (改期: the day held) or added besides the
        // plan (加开: derived rows, replaced with the rest of a derived day).
        Migration(identifier: "v9-sitting-changes", sql: """
            ALTER TABLE occurrences ADD COLUMN held_on TEXT;
            ALTER TABLE occurrences ADD COLUMN extra INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX occurrences_by_held_on ON occurrences(held_on) WHERE held_on IS NOT NULL;
            """),
        // The web application (`sizhen serve`): its accounts and their server-side sessions,
        // kept with the district's state so that one backup holds both; and the account that
        // submitted each fact through it (NULL for the command line's and the earlier ones).
        // A session row holds the digest of its token, never the token.
        Migration(identifier: "v10-accounts", sql: """
            CREATE TABLE accounts (
                name TEXT PRIMARY KEY, role TEXT NOT NULL, street TEXT, site TEXT, password_hash TEXT NOT NULL, created INTEGER NOT NULL);
            CREATE TABLE sessions (
                token_digest TEXT PRIMARY KEY, account TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE, csrf_token TEXT NOT NULL,
                expires INTEGER NOT NULL);
            CREATE INDEX sessions_by_expiry ON sessions(expires);
            ALTER TABLE facts ADD COLUMN account TEXT;
            """),
        // The events one case has on one day share a row (`EventPack`): the first in the row's
        // own columns, the rest in `more`, their kinds in `kinds`, and `seq` the last one's
        // number. Rows written before stay as they are: a row of one event.
        Migration(identifier: "v11-event-packs", sql: """
            ALTER TABLE events ADD COLUMN more TEXT;
            ALTER TABLE events ADD COLUMN kinds TEXT;
            """),
    ]

    /// The same migrations as GRDB's migrator: for tests that make a database as an earlier
    /// version left it (`migrate(_:upTo:)`).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        return migrator
    }
}
