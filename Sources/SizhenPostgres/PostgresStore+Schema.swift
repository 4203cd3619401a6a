extension PostgresStore {
    /// One change of the schema, by name: named and append-only (a later change adds "pg-v2-…",
    /// never edits one of these), recorded in `sizhen_migrations` in the transaction that makes
    /// it, as the SQLite store records its own in `grdb_migrations`.
    struct Migration: Sendable {
        let identifier: String
        let sql: String
    }

    /// Every migration, in order. The first makes the schema the SQLite store reached by its
    /// ninth: the PostgreSQL store began there, with no earlier versions' databases to upgrade.
    ///
    /// Every text column is `COLLATE "C"`: the stores promise code-point order ("j/a#1" <
    /// "j/a#10" < "j/a#1>major"), which a database's linguistic collation does not give, and
    /// dates as ISO text then compare as dates.
    static let migrations: [Migration] = [
        Migration(identifier: "pg-v1-schema", sql: """
            CREATE TABLE meta (key TEXT COLLATE "C" PRIMARY KEY, value TEXT COLLATE "C" NOT NULL);
            CREATE TABLE months (month TEXT COLLATE "C" PRIMARY KEY, planned_at_event BIGINT NOT NULL, plan TEXT);
            CREATE TABLE occurrences (
                id TEXT COLLATE "C" PRIMARY KEY, month TEXT COLLATE "C" NOT NULL, workflow TEXT COLLATE "C" NOT NULL,
                site TEXT COLLATE "C" NOT NULL, date TEXT COLLATE "C" NOT NULL, start TEXT COLLATE "C" NOT NULL,
                "end" TEXT COLLATE "C" NOT NULL, rule_date TEXT COLLATE "C" NOT NULL, reason TEXT,
                status TEXT COLLATE "C" NOT NULL DEFAULT 'planned', held_on TEXT COLLATE "C", extra BIGINT NOT NULL DEFAULT 0);
            CREATE INDEX occurrences_by_date ON occurrences(date);
            CREATE INDEX occurrences_by_month ON occurrences(month);
            CREATE INDEX occurrences_by_held_on ON occurrences(held_on) WHERE held_on IS NOT NULL;
            CREATE TABLE assignments (
                occurrence TEXT COLLATE "C" NOT NULL REFERENCES occurrences(id), slot TEXT COLLATE "C" NOT NULL, position BIGINT NOT NULL,
                person TEXT COLLATE "C" NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (occurrence, slot, position));
            CREATE TABLE unfilled (
                occurrence TEXT COLLATE "C" NOT NULL REFERENCES occurrences(id), slot TEXT COLLATE "C" NOT NULL, position BIGINT NOT NULL,
                reason TEXT NOT NULL, PRIMARY KEY (occurrence, slot, position));
            CREATE TABLE skipped (
                workflow TEXT COLLATE "C" NOT NULL, site TEXT COLLATE "C" NOT NULL, date TEXT COLLATE "C" NOT NULL,
                month TEXT COLLATE "C" NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (workflow, site, date));
            CREATE TABLE cases (
                id TEXT COLLATE "C" PRIMARY KEY, workflow TEXT COLLATE "C" NOT NULL, occurrence TEXT COLLATE "C", site TEXT COLLATE "C" NOT NULL,
                opened_on TEXT COLLATE "C" NOT NULL, source TEXT COLLATE "C" NOT NULL, parent TEXT COLLATE "C", fields TEXT NOT NULL,
                status TEXT COLLATE "C" NOT NULL, staff TEXT COLLATE "C" NOT NULL, excluded TEXT COLLATE "C" NOT NULL,
                deadline TEXT COLLATE "C", closed_on TEXT COLLATE "C");
            CREATE INDEX open_cases ON cases(status) WHERE status = 'open';
            CREATE INDEX cases_by_opening ON cases(opened_on);
            CREATE TABLE timers (
                id TEXT COLLATE "C" PRIMARY KEY, case_id TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C" NOT NULL,
                due TEXT COLLATE "C" NOT NULL, people TEXT COLLATE "C" NOT NULL, done BIGINT NOT NULL DEFAULT 0,
                set_on TEXT COLLATE "C", done_on TEXT COLLATE "C");
            CREATE INDEX pending_timers ON timers(due) WHERE done = 0;
            CREATE INDEX timers_by_set ON timers(set_on);
            CREATE INDEX timers_by_done ON timers(done_on) WHERE done_on IS NOT NULL;
            CREATE TABLE records (
                id TEXT COLLATE "C" NOT NULL, type TEXT COLLATE "C" NOT NULL, workflow TEXT COLLATE "C" NOT NULL, occurrence TEXT COLLATE "C",
                site TEXT COLLATE "C" NOT NULL, street TEXT COLLATE "C", date TEXT COLLATE "C" NOT NULL, staff TEXT COLLATE "C" NOT NULL,
                case_id TEXT COLLATE "C" NOT NULL, outcome TEXT COLLATE "C" NOT NULL, subsidy_yuan BIGINT, subsidy_tier TEXT COLLATE "C",
                PRIMARY KEY (date, id));
            -- Sequence numbers are given by the store, under its write lock: the log reads in
            -- the order written, without the gaps a sequence leaves after a rollback.
            CREATE TABLE events (
                seq BIGINT PRIMARY KEY, date TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL, case_id TEXT COLLATE "C",
                occurrence TEXT COLLATE "C", code TEXT COLLATE "C" NOT NULL, args TEXT NOT NULL);
            CREATE INDEX events_by_day_case ON events(date, case_id);
            CREATE TABLE days (date TEXT COLLATE "C" PRIMARY KEY);
            CREATE TABLE imports (digest TEXT COLLATE "C" PRIMARY KEY, file TEXT NOT NULL, rows BIGINT NOT NULL);
            CREATE TABLE intake (case_id TEXT COLLATE "C" PRIMARY KEY, name TEXT, phone TEXT, id_number TEXT, note TEXT);
            CREATE TABLE facts (
                arrival BIGINT PRIMARY KEY, kind TEXT COLLATE "C" NOT NULL, on_date TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL,
                payload TEXT COLLATE "C" NOT NULL, source TEXT NOT NULL);
            CREATE INDEX facts_by_day ON facts(on_date);
            CREATE INDEX facts_by_key ON facts(key, kind, arrival);
            CREATE TABLE checkpoints (day TEXT COLLATE "C" PRIMARY KEY, cases TEXT NOT NULL, timers TEXT NOT NULL, bookings TEXT NOT NULL);
            CREATE TABLE closings (
                month TEXT COLLATE "C" PRIMARY KEY, arrival BIGINT NOT NULL, digest TEXT NOT NULL, outputs TEXT NOT NULL, records TEXT NOT NULL);
            CREATE TABLE substitutions (
                occurrence TEXT COLLATE "C" NOT NULL, slot TEXT COLLATE "C" NOT NULL, position BIGINT NOT NULL, date TEXT COLLATE "C",
                person TEXT COLLATE "C" NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (occurrence, slot, position));
            CREATE INDEX substitutions_by_date ON substitutions(date);
            -- Facts are append-only and a closed month is never changed: only a simulation's
            -- store, emptied for a new run, deletes them.
            CREATE FUNCTION sizhen_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND (SELECT value FROM meta WHERE key = 'purpose') = 'simulation' THEN RETURN OLD; END IF;
                RAISE EXCEPTION '%', TG_ARGV[0];
            END $$;
            CREATE TRIGGER facts_append_only BEFORE UPDATE OR DELETE ON facts
                FOR EACH ROW EXECUTE FUNCTION sizhen_refuse_change('facts are append-only');
            CREATE TRIGGER closings_never_change BEFORE UPDATE OR DELETE ON closings
                FOR EACH ROW EXECUTE FUNCTION sizhen_refuse_change('a closed month is never changed');
            """),
        // The web application (`sizhen serve`), as the SQLite store's v10-accounts: accounts and
        // their server-side sessions (a token's digest, never the token), and the account that
        // submitted each fact through it (NULL for the command line's).
        Migration(identifier: "pg-v2-accounts", sql: """
            CREATE TABLE accounts (
                name TEXT COLLATE "C" PRIMARY KEY, role TEXT COLLATE "C" NOT NULL, street TEXT COLLATE "C", site TEXT COLLATE "C",
                password_hash TEXT NOT NULL, created BIGINT NOT NULL);
            CREATE TABLE sessions (
                token_digest TEXT COLLATE "C" PRIMARY KEY, account TEXT COLLATE "C" NOT NULL REFERENCES accounts(name) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL, expires BIGINT NOT NULL);
            CREATE INDEX sessions_by_expiry ON sessions(expires);
            ALTER TABLE facts ADD COLUMN account TEXT COLLATE "C";
            """),
        // As the SQLite store's v11-event-packs: the events one case has on one day share a row
        // (`EventPack`); the rows written before are rows of one event.
        Migration(identifier: "pg-v3-event-packs", sql: """
            ALTER TABLE events ADD COLUMN more TEXT;
            ALTER TABLE events ADD COLUMN kinds TEXT COLLATE "C";
            """),
    ]
}
