import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenPostgres
import SizhenRecords
import Testing

/// What the PostgreSQL store checks on opening and under concurrency, against the server
/// `SIZHEN_TEST_POSTGRES` names. Without one these tests show as skipped (and the contract
/// suite runs without its PostgreSQL cases): `Tests/postgres/start.sh` starts a server.
@Suite(.enabled(if: PostgresTestServer.isConfigured, "SIZHEN_TEST_POSTGRES is not set: start a server with Tests/postgres/start.sh"))
struct PostgresStoreTests {
    static let day = CivilDate(iso: "2026-12-09")!

    @Test func theContractSuiteRunsAgainstPostgreSQL() {
        #expect(StoreKind.allCases.contains(.postgres))
    }

    @Test func aDatabaseFromANewerVersionIsRefusedAndLeftAsItIs() throws {
        let url = try PostgresTestServer.shared.newStoreURL()
        let store = try PostgresStore(url: url, access: .writing(.real))
        try store.executeForTesting("INSERT INTO sizhen_migrations (identifier) VALUES ('pg-v99-future')")
        let shown = try PostgresAddress(parsing: url).description
        for access in [StoreAccess.reading, .writing(.real)] {
            #expect(throws: StoreError.newerVersion(shown, migration: "pg-v99-future")) { try PostgresStore(url: url, access: access) }
        }
    }

    /// A district's database from before pg-v3-event-packs (a row an event) takes the migration
    /// on opening and reads its old rows on beside the packs written after them.
    @Test func aDatabaseBeforeEventPacksMigratesAndReadsOn() throws {
        let url = try PostgresTestServer.shared.newStoreURL()
        do {
            let store = try PostgresStore(url: url, access: .writing(.real))
            try store.executeForTesting("""
                ALTER TABLE events DROP COLUMN more; ALTER TABLE events DROP COLUMN kinds;
                DELETE FROM sizhen_migrations WHERE identifier = 'pg-v3-event-packs';
                INSERT INTO events (seq, date, kind, case_id, occurrence, code, args) VALUES
                    (1, '2026-12-09', 'case_opened', 'j/a#1', NULL, 'legacy.text', '{"text":"opened"}'),
                    (2, '2026-12-09', 'step_run', 'j/a#1', NULL, 'legacy.text', '{"text":"step"}')
                """)
        }
        let store = try PostgresStore(url: url, access: .writing(.real))
        var changes = ChangeSet()
        for (kind, text) in [(EngineEvent.Kind.timerFired, "fired"), (.escalated, "escalated")] {
            changes.log(EngineEvent(date: Self.day.adding(days: 1), kind: kind, caseID: "j/a#1", message: .legacy(text)))
        }
        try store.commit(changes)
        let all = try store.events(from: Self.day, through: Self.day.adding(days: 1), kinds: nil)
        #expect(all.map(\.event.message) == ["opened", "step", "fired", "escalated"].map(Message.legacy))
        #expect(all.map(\.sequence) == [1, 2, 3, 4])
        #expect(try store.eventCounts(from: Self.day, through: Self.day.adding(days: 1)) == [.caseOpened: 1, .stepRun: 1, .timerFired: 1, .escalated: 1])
    }

    @Test func theOtherPurposeABlankSchemaAndAnotherProgramsTablesAreRefused() throws {
        let url = try PostgresTestServer.shared.newStoreURL()
        let shown = try PostgresAddress(parsing: url).description
        #expect(throws: StoreError.blank(shown), "reading never creates") { try PostgresStore(url: url, access: .reading) }
        _ = try PostgresStore(url: url, access: .writing(.real))
        #expect(throws: StoreError.wrongPurpose(shown, found: .real)) { try PostgresStore(url: url, access: .writing(.simulation)) }
        #expect(try PostgresStore(url: url, access: .reading).purpose() == .real)

        let foreign = try PostgresTestServer.shared.newStoreURL()
        let schema = try #require(try PostgresAddress(parsing: foreign).schema)
        try PostgresAdmin.execute("CREATE SCHEMA \(schema); CREATE TABLE \(schema).accounts (id int)", at: foreign)
        #expect(throws: StoreError.foreign(try PostgresAddress(parsing: foreign).description, tables: ["accounts"])) {
            try PostgresStore(url: foreign, access: .writing(.real))
        }
    }

    @Test func twoProcessesCommittingOneDayWriteItOnce() async throws {
        let url = try PostgresTestServer.shared.newStoreURL()
        _ = try PostgresStore(url: url, access: .writing(.real))
        // Eight handles, as eight processes would have, commit the same day at once.
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let store = try PostgresStore(url: url, access: .writing(.real))
                    var changes = ChangeSet()
                    changes.records = [ServiceRecord(id: "r\(index)", type: "法律咨询", workflowID: "jiezhen", occurrenceID: nil, siteID: "s",
                                                     streetID: nil, date: Self.day, staff: ["L001"], caseID: "c\(index)", outcome: "resolved",
                                                     subsidyYuan: nil, subsidyTier: nil)]
                    changes.processedDay = Self.day
                    return try store.commit(changes)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 1, "one commit wins; the others write nothing")
        #expect(try PostgresStore(url: url, access: .reading).records(RecordFilter()).count == 1)
    }

    @Test func factsAppendedAtOnceGetOneArrivalEachWithoutGaps() async throws {
        let url = try PostgresTestServer.shared.newStoreURL()
        _ = try PostgresStore(url: url, access: .writing(.real))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                group.addTask {
                    let store = try PostgresStore(url: url, access: .writing(.real))
                    let facts = (0..<5).map { Fact(kind: .visitor, on: Self.day, key: "k\(index)-\($0)", payload: "{}", source: "t") }
                    // The same file twice: imported once.
                    _ = try store.append(facts, imported: ("digest-\(index)", "f.csv", 5), personal: [])
                    _ = try store.append(facts, imported: ("digest-\(index)", "f.csv", 5), personal: [])
                }
            }
            try await group.waitForAll()
        }
        let store = try PostgresStore(url: url, access: .reading)
        #expect(try store.facts(arrivedAfter: 0, limit: 100).map(\.arrival) == Array(1...30))
    }

    @Test func aStoreConnectsAgainAfterTheServerDroppedItsConnection() throws {
        let url = try PostgresTestServer.shared.newStoreURL()
        let store = try PostgresStore(url: url, access: .writing(.real))
        let schema = try #require(try PostgresAddress(parsing: url).schema)
        try PostgresAdmin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sizhen \(schema)' AND pid <> pg_backend_pid()", at: url)
        // The call that finds its connection gone may fail (it cannot know whether the server
        // had its transaction); the next connects again.
        do { _ = try store.purpose() } catch let error as StoreError { #expect(error.message.code == PostgresMessage.connectionLost.rawValue) }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try store.purpose() == .real)
        #expect(try store.commit({ var changes = ChangeSet(); changes.processedDay = Self.day; return changes }()))
    }
}

/// Reading connection URLs, and a server that is not there: no server needed.
struct PostgresAddressTests {
    @Test func anUnreachableServerIsSaidWithoutThePassword() throws {
        let url = "postgres://sizhen:secret@/sizhen?host=/nonexistent-folder"
        do {
            _ = try PostgresStore(url: url, access: .reading)
            Issue.record("opened a store on no server")
        } catch {
            #expect(error.message.code == PostgresMessage.unreachable.rawValue)
            #expect(!error.description.contains("secret"))
        }
    }

    @Test func urlsOfEveryFormAreRead() throws {
        let tcp = try PostgresAddress(parsing: "postgres://ana:pw@db.example:5433/district", defaultUser: "me")
        #expect(tcp.endpoint == .tcp(host: "db.example", port: 5433) && tcp.user == "ana" && tcp.password == "pw" && tcp.database == "district")
        #expect(tcp.description == "postgres://ana@db.example:5433/district", "never the password")
        let socket = try PostgresAddress(parsing: "postgresql:///sizhen?host=/tmp/pgsock", defaultUser: "me")
        #expect(socket.endpoint == .socket(path: "/tmp/pgsock/.s.PGSQL.5432") && socket.user == "me" && socket.database == "sizhen")
        let encoded = try PostgresAddress(parsing: "postgres://%2Ftmp%2Fpgsock:6000/x?schema=office_1", defaultUser: "me")
        #expect(encoded.endpoint == .socket(path: "/tmp/pgsock/.s.PGSQL.6000") && encoded.schema == "office_1")
        #expect(try PostgresAddress(parsing: "postgres://h/", defaultUser: "me").database == "me", "the user's name, as libpq does")
    }

    @Test(arguments: [
        ("postgres://h:99999/x", PostgresMessage.badPort),
        ("postgres://h/x?colour=red", .unknownParameter),
        ("postgres://h/x?sslmode=require", .tlsUnsupported),
        ("postgres://h/x?schema=a;drop", .badSchemaName),
        ("postgres://h/a/b", .badDatabaseName),
    ])
    func aBadURLSaysWhatIsWrong(url: String, why: PostgresMessage) {
        do {
            _ = try PostgresAddress(parsing: url, defaultUser: "me")
            Issue.record("read \(url)")
        } catch {
            #expect(error.message.code == PostgresMessage.badURL.rawValue)
            guard case .message(let reason)? = error.message["why"] else { Issue.record("no reason"); return }
            #expect(reason.code == why.rawValue)
        }
    }

    @Test func aPasswordIsNeverShown() {
        #expect(PostgresAddress.redacted("postgres://ana:s3cret@h/x?password=other") == "postgres://ana:***@h/x?password=***")
    }
}
