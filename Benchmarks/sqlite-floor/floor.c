/*
 * The floor under engine-benchmarks: how fast SQLite alone, driven from C with prepared
 * statements (no engine, no Swift, no GRDB), stores the rows a month of cases writes, in
 * Sizhen's own schema (migration v4: records in (date, id) order, events indexed by (date,
 * case)), one transaction per day, WAL with synchronous=NORMAL, on disk.
 *
 * Per case, as engine-benchmarks measures the demand model's month: one case row (upserted),
 * RECORDS records per 10 cases and EVENTS audit events per 10 cases. Ids are shaped like the
 * engine's (workflow/site/date/n#k), so a day's cases spread over the sites as they do.
 *
 *     ./run.sh [CASES [SITES]]        # default 35355 cases over 10000 sites (a month of 10,000 communities)
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void check(sqlite3 *db, int code, int expected) {
    if (code != expected) {
        fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        exit(1);
    }
}

#define TEXT(s, k, v) sqlite3_bind_text(s, k, v, -1, SQLITE_TRANSIENT)

/* Runs one month; returns cases per second. events10 = events per 10 cases. */
static double month(const char *path, int cases, int sites, int records10, int events10, int *rows) {
    char name[512];
    const char *suffixes[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) { snprintf(name, sizeof name, "%s%s", path, suffixes[i]); remove(name); }
    sqlite3 *db;
    check(db, sqlite3_open(path, &db), SQLITE_OK);
    check(db, sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", 0, 0, 0), SQLITE_OK);
    check(db, sqlite3_exec(db,
        "CREATE TABLE cases (id TEXT PRIMARY KEY, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, opened_on TEXT NOT NULL,"
        " source TEXT NOT NULL, parent TEXT, fields TEXT NOT NULL, status TEXT NOT NULL, staff TEXT NOT NULL, excluded TEXT NOT NULL,"
        " deadline TEXT, closed_on TEXT);"
        "CREATE INDEX open_cases ON cases(status) WHERE status = 'open';"
        "CREATE TABLE records (id TEXT NOT NULL, type TEXT NOT NULL, workflow TEXT NOT NULL, occurrence TEXT, site TEXT NOT NULL, street TEXT,"
        " date TEXT NOT NULL, staff TEXT NOT NULL, case_id TEXT NOT NULL, outcome TEXT NOT NULL, subsidy_yuan INTEGER, subsidy_tier TEXT,"
        " PRIMARY KEY (date, id)) WITHOUT ROWID;"
        "CREATE TABLE events (seq INTEGER PRIMARY KEY, date TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT, occurrence TEXT, message TEXT NOT NULL);"
        "CREATE INDEX events_by_day_case ON events(date, case_id);", 0, 0, 0), SQLITE_OK);
    sqlite3_stmt *insertCase, *insertRecord, *insertEvent;
    check(db, sqlite3_prepare_v2(db, "INSERT INTO cases VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET fields = excluded.fields, status = excluded.status, staff = excluded.staff,"
        " excluded = excluded.excluded, deadline = excluded.deadline, closed_on = excluded.closed_on", -1, &insertCase, 0), SQLITE_OK);
    check(db, sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", -1, &insertRecord, 0), SQLITE_OK);
    check(db, sqlite3_prepare_v2(db, "INSERT INTO events (date, kind, case_id, occurrence, message) VALUES (?,?,?,?,?)", -1, &insertEvent, 0), SQLITE_OK);
    const char *fields = "{\"kind\":\"dispute\",\"category\":\"邻里\",\"parties\":2,\"major\":false,\"complexity\":\"simple\",\"risk_criminal\":false,\"resolved\":true}";
    const char *message = "step mediation skipped: case.kind == \"dispute\" is false";
    int perDay = cases / 31;
    char id[160], recordID[200], occurrence[160], date[16];
    *rows = 0;
    double start = now();
    for (int day = 1; day <= 31; day++) {
        snprintf(date, sizeof date, "2026-12-%02d", day);
        check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0), SQLITE_OK);
        for (int i = 0; i < perDay; i++) {
            int site = (int)(((long)i * 7919) % sites);
            snprintf(occurrence, sizeof occurrence, "jiezhen/street%d-site%d/%s/1", site / 9, site, date);
            snprintf(id, sizeof id, "%s#%d", occurrence, i % 7 + 1);
            TEXT(insertCase, 1, id); TEXT(insertCase, 2, "jiezhen"); TEXT(insertCase, 3, occurrence); TEXT(insertCase, 4, "site");
            TEXT(insertCase, 5, date); TEXT(insertCase, 6, "visitor"); sqlite3_bind_null(insertCase, 7); TEXT(insertCase, 8, fields);
            TEXT(insertCase, 9, "resolved"); TEXT(insertCase, 10, "lawyer-0001;worker-0002"); TEXT(insertCase, 11, "");
            sqlite3_bind_null(insertCase, 12); TEXT(insertCase, 13, date);
            check(db, sqlite3_step(insertCase), SQLITE_DONE); sqlite3_reset(insertCase); (*rows)++;
            /* records10 and events10 per ten cases, spread evenly. */
            int records = (i + 1) * records10 / 10 - i * records10 / 10;
            for (int r = 0; r < records; r++) {
                snprintf(recordID, sizeof recordID, "%s:step%d", id, r);
                TEXT(insertRecord, 1, recordID); TEXT(insertRecord, 2, "法律咨询"); TEXT(insertRecord, 3, "jiezhen"); TEXT(insertRecord, 4, occurrence);
                TEXT(insertRecord, 5, "site"); TEXT(insertRecord, 6, "street"); TEXT(insertRecord, 7, date); TEXT(insertRecord, 8, "lawyer-0001;worker-0002");
                TEXT(insertRecord, 9, id); TEXT(insertRecord, 10, "resolved"); sqlite3_bind_null(insertRecord, 11); sqlite3_bind_null(insertRecord, 12);
                check(db, sqlite3_step(insertRecord), SQLITE_DONE); sqlite3_reset(insertRecord); (*rows)++;
            }
            int events = (i + 1) * events10 / 10 - i * events10 / 10;
            for (int e = 0; e < events; e++) {
                TEXT(insertEvent, 1, date); TEXT(insertEvent, 2, "step_skipped"); TEXT(insertEvent, 3, id); sqlite3_bind_null(insertEvent, 4);
                TEXT(insertEvent, 5, message);
                check(db, sqlite3_step(insertEvent), SQLITE_DONE); sqlite3_reset(insertEvent); (*rows)++;
            }
        }
        check(db, sqlite3_exec(db, "COMMIT", 0, 0, 0), SQLITE_OK);
    }
    double elapsed = now() - start;
    sqlite3_finalize(insertCase); sqlite3_finalize(insertRecord); sqlite3_finalize(insertEvent);
    sqlite3_close(db);
    for (int i = 0; i < 3; i++) { snprintf(name, sizeof name, "%s%s", path, suffixes[i]); remove(name); }
    return perDay * 31 / elapsed;
}

int main(int argc, char **argv) {
    int cases = argc > 1 ? atoi(argv[1]) : 35355, sites = argc > 2 ? atoi(argv[2]) : 10000;
    const char *path = "/tmp/sizhen-sqlite-floor.db";
    printf("SQLite %s alone, C with prepared statements, %d cases over %d sites, one transaction per day, WAL, on disk\n",
           sqlite3_libversion(), cases, sites);
    int shapes[][2] = {{14, 50}, {14, 10}, {14, 0}, {0, 0}};
    const char *names[] = {"as the engine writes (1.4 records, 5 events a case)", "one audit row a case", "no audit events", "the case rows alone"};
    for (int i = 0; i < 4; i++) {
        int rows;
        double rate = month(path, cases, sites, shapes[i][0], shapes[i][1], &rows);
        printf("  %-52s %8.0f cases/s  (%.1f rows a case, %.0f rows/s)\n", names[i], rate, rows / (double)(cases / 31 * 31), rate * rows / (cases / 31 * 31));
    }
    return 0;
}
