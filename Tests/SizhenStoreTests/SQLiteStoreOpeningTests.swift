import Foundation
import GRDB
import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
@testable import SizhenStore
import Testing

/// Opening a SQLite store checks the file before anything is written to it, on real files in
/// a temporary folder: another program's database, a database of the other purpose or of a
/// newer version, and what is not a regular file are refused and left byte for byte as they
/// were; reading never creates, upgrades nor writes; the purpose is fixed when the database
/// is created.
@Suite struct SQLiteStoreOpeningTests {
    static let accesses: [StoreAccess] = [.reading, .writing(.real), .writing(.simulation)]

    /// A new empty folder, removed by `body`'s end.
    func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// What opening `path` for `access` threw, if anything (the store is closed at once).
    func refusal(_ path: String, _ access: StoreAccess) -> StoreError? {
        do {
            _ = try SQLiteStore(path: path, access: access)
            return nil
        } catch {
            return error
        }
    }

    func listing(_ folder: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Another program's database, in its journal mode.
    func foreignDatabase(at path: String, journalMode: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = \(journalMode)")
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me')")
        }
        try queue.close()
    }

    /// A real store holding one processed day.
    func realStore(at path: String) throws {
        let store = try SQLiteStore(path: path, access: .writing(.real))
        var changes = ChangeSet()
        changes.processedDay = CivilDate(iso: "2026-12-01")!
        try store.commit(changes)
    }

    @Test(arguments: ["delete", "wal"])
    func anotherProgramsDatabaseIsLeftByteForByte(journalMode: String) throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("notes.db").path
            try foreignDatabase(at: path, journalMode: journalMode)
            let before = try bytes(path)
            let files = try listing(folder)
            for access in Self.accesses {
                let error = refusal(path, access)
                #expect(error?.message.code == StoreMessage.foreign.rawValue, "\(access): \(String(describing: error))")
                #expect(error?.message["tables"] == .texts(["notes"]))
                #expect(try bytes(path) == before, "\(access) changed the file")
                #expect(try listing(folder) == files, "\(access) left files beside it")
            }
        }
    }

    @Test func anEmptyDatabaseMarkedByAnotherProgramIsItsToo() throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("marked.db").path
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 7") }
            try queue.close()
            let before = try bytes(path)
            for access in Self.accesses {
                #expect(refusal(path, access)?.message.code == StoreMessage.foreign.rawValue)
            }
            #expect(try bytes(path) == before)
        }
    }

    @Test func aDatabaseOfTheOtherPurposeIsRefusedAndKept() throws {
        try inFolder { folder in
            let real = folder.appendingPathComponent("real.db").path
            try realStore(at: real)
            let simulation = folder.appendingPathComponent("simulation.db").path
            try SQLiteStore(path: simulation, access: .writing(.simulation)).startSimulation()
            let (realBytes, simulationBytes) = (try bytes(real), try bytes(simulation))
            #expect(refusal(real, .writing(.simulation))?.message.code == StoreMessage.holdsRealRecords.rawValue)
            #expect(refusal(simulation, .writing(.real))?.message.code == StoreMessage.holdsSimulation.rawValue)
            #expect(try bytes(real) == realBytes && bytes(simulation) == simulationBytes)
            // Reading takes either.
            #expect(try SQLiteStore(path: real, access: .reading).purpose() == .real)
            #expect(try SQLiteStore(path: real, access: .reading).lastProcessedDay() == CivilDate(iso: "2026-12-01"))
            #expect(try SQLiteStore(path: simulation, access: .reading).purpose() == .simulation)
        }
    }

    @Test func aDatabaseWithAMigrationThisVersionDoesNotKnowIsRefusedNamingIt() throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("newer.db").path
            try realStore(at: path)
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future'), ('v8-also-new')")
                // What a newer version might have done: a column this version reads is gone.
                try db.execute(sql: "ALTER TABLE records DROP COLUMN outcome")
            }
            try queue.close()
            let before = try bytes(path)
            for access in Self.accesses {
                let error = refusal(path, access)
                #expect(error?.message.code == StoreMessage.newerVersion.rawValue, "\(access)")
                #expect(error?.message.text("migration") == "v8-also-new", "the first unknown one, by name")
            }
            #expect(try bytes(path) == before)
        }
    }

    @Test func readingNeverCreatesNorUpgradesAFile() throws {
        try inFolder { folder in
            let missing = folder.appendingPathComponent("missing.db").path
            #expect(refusal(missing, .reading)?.message.code == StoreMessage.missing.rawValue)
            #expect(try listing(folder).isEmpty, "nothing created")
            // An empty file (a command killed before it wrote anything) holds nothing to read.
            let blank = folder.appendingPathComponent("blank.db").path
            #expect(FileManager.default.createFile(atPath: blank, contents: nil))
            #expect(refusal(blank, .reading)?.message.code == StoreMessage.blank.rawValue)
            #expect(try bytes(blank).isEmpty)
            // An earlier version's database is read only once a writing command upgraded it.
            let older = folder.appendingPathComponent("older.db").path
            let queue = try DatabaseQueue(path: older)
            try SQLiteStore.migrator.migrate(queue, upTo: "v3-plan-json")
            try queue.close()
            let before = try bytes(older)
            let error = refusal(older, .reading)
            #expect(error?.message.code == StoreMessage.olderVersion.rawValue)
            #expect(error?.message.text("migration") == "v4-day-ordered")
            #expect(try bytes(older) == before)
            _ = try SQLiteStore(path: older, access: .writing(.real))
            #expect(refusal(older, .reading) == nil)
            #expect(try SQLiteStore(path: older, access: .reading).purpose() == .real, "an earlier version's empty database is the first writer's")
        }
    }

    @Test func aStoreOpenedForReadingWritesNothing() throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("real.db").path
            try realStore(at: path)
            let store = try SQLiteStore(path: path, access: .reading)
            var changes = ChangeSet()
            changes.processedDay = CivilDate(iso: "2026-12-02")!
            #expect(throws: StoreError.self) { try store.commit(changes) }
            #expect(try store.lastProcessedDay() == CivilDate(iso: "2026-12-01"))
        }
    }

    @Test(arguments: ["device", "folder", "pipe"])
    func whatIsNotARegularFileIsRefusedBeforeSQLiteOpensIt(kind: String) throws {
        try inFolder { folder in
            let path: String
            let expected: StoreMessage
            switch kind {
            case "device": (path, expected) = ("/dev/null", .kindDevice)
            case "folder": (path, expected) = (folder.appendingPathComponent("a-folder").path, .kindDirectory)
            default: (path, expected) = (folder.appendingPathComponent("a-pipe").path, .kindPipe)
            }
            if kind == "folder" { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
            if kind == "pipe" { #expect(mkfifo(path, 0o600) == 0) }
            let files = try listing(folder)
            for access in Self.accesses {
                let error = refusal(path, access)
                #expect(error?.message.code == StoreMessage.notAFile.rawValue, "\(access): \(String(describing: error))")
                #expect(error?.message.message("kind")?.code == expected.rawValue)
            }
            #expect(try listing(folder) == files, "nothing beside it")
            #expect(!FileManager.default.fileExists(atPath: path + "-journal") && !FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    @Test func anEmptyPathIsRefused() {
        for access in Self.accesses {
            #expect(refusal("", access)?.message.code == StoreMessage.emptyPath.rawValue)
        }
    }

    @Test func anEmptyFileIsTakenByTheFirstCommandThatWritesItAnUnmarkedDatabaseOnlyByARealOne() throws {
        try inFolder { folder in
            // A file a command killed after creating it left behind.
            let blank = folder.appendingPathComponent("blank.db").path
            #expect(FileManager.default.createFile(atPath: blank, contents: nil))
            _ = try SQLiteStore(path: blank, access: .writing(.simulation))
            #expect(try SQLiteStore(path: blank, access: .reading).purpose() == .simulation)
            #expect(refusal(blank, .writing(.real))?.message.code == StoreMessage.holdsSimulation.rawValue)
            // An earlier version's database with no purpose recorded is the real month's: a
            // simulation does not take it even empty, the real commands do.
            let empty = folder.appendingPathComponent("empty.db").path
            let queue = try DatabaseQueue(path: empty)
            try SQLiteStore.migrator.migrate(queue)
            try queue.close()
            #expect(try SQLiteStore(path: empty, access: .reading).purpose() == nil)
            let before = try bytes(empty)
            #expect(refusal(empty, .writing(.simulation))?.message.code == StoreMessage.unmarked.rawValue)
            #expect(try bytes(empty) == before)
            _ = try SQLiteStore(path: empty, access: .writing(.real))
            #expect(try SQLiteStore(path: empty, access: .reading).purpose() == .real)
            let used = folder.appendingPathComponent("used.db").path
            let usedQueue = try DatabaseQueue(path: used)
            try SQLiteStore.migrator.migrate(usedQueue)
            try usedQueue.write { db in try db.execute(sql: "INSERT INTO days (date) VALUES ('2026-12-01')") }
            try usedQueue.close()
            #expect(refusal(used, .writing(.simulation))?.message.code == StoreMessage.holdsRealRecords.rawValue)
            _ = try SQLiteStore(path: used, access: .writing(.real))
            #expect(try SQLiteStore(path: used, access: .reading).purpose() == .real)
        }
    }

    /// Commands of both purposes opening one new file at once: the purpose is written with the
    /// schema, so each either gets a store of its purpose or is refused; none is told its
    /// purpose and given the other.
    @Test func openingOneNewFileForBothPurposesAtOnceGivesItOnePurpose() async throws {
        for _ in 0..<10 {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-purpose-race-\(UUID().uuidString).db").path
            defer { SQLiteStore.removeFiles(at: path) }
            let outcomes = await withTaskGroup(of: (StorePurpose, String).self) { group in
                for index in 0..<6 {
                    let wanted: StorePurpose = index.isMultiple(of: 2) ? .real : .simulation
                    group.addTask {
                        do {
                            let store = try SQLiteStore(path: path, access: .writing(wanted))
                            return (wanted, try store.purpose()?.rawValue ?? "none")
                        } catch let error as StoreError {
                            return (wanted, error.message.code)
                        } catch {
                            return (wanted, "\(error)")
                        }
                    }
                }
                return await group.reduce(into: [(StorePurpose, String)]()) { $0.append($1) }
            }
            let stored = try #require(try SQLiteStore(path: path, access: .reading).purpose())
            let refusal = stored == .real ? StoreMessage.holdsRealRecords : StoreMessage.holdsSimulation
            for (wanted, outcome) in outcomes {
                #expect(outcome == (wanted == stored ? stored.rawValue : refusal.rawValue), "\(outcomes)")
            }
        }
    }

    @Test func aSimulationStartedOverByAnotherRunStopsTheFirst() throws {
        try inFolder { folder in
            let path = folder.appendingPathComponent("simulation.db").path
            let first = try SQLiteStore(path: path, access: .writing(.simulation))
            try first.startSimulation()
            var day = ChangeSet()
            day.processedDay = CivilDate(iso: "2026-12-01")!
            try first.commit(day)
            let second = try SQLiteStore(path: path, access: .writing(.simulation))
            try second.startSimulation()
            day.processedDay = CivilDate(iso: "2026-12-02")!
            #expect(throws: StoreError.simulationReplaced(path)) { try first.commit(day) }
            #expect(throws: StoreError.simulationReplaced(path)) { try first.lastProcessedDay() }
            #expect(try second.commit(day))
            #expect(try second.lastProcessedDay() == CivilDate(iso: "2026-12-02"), "the second run's, unmixed")
        }
    }

    @Test func aFullDiskSaysTheDiskIsFull() throws {
        try inFolder { folder in
            let store = try SQLiteStore(path: folder.appendingPathComponent("full.db").path, access: .writing(.real))
            // SQLite answers SQLITE_FULL when the file may not grow, as on a full disk.
            try store.writer.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
            }
            var changes = ChangeSet()
            changes.records = (0..<2_000).map { index in
                ServiceRecord(id: "r\(index)", type: "法律咨询", workflowID: "jiezhen", occurrenceID: nil, siteID: "s", streetID: nil,
                              date: CivilDate(iso: "2026-12-09")!, staff: [], caseID: "c#\(index)", outcome: String(repeating: "x", count: 200))
            }
            #expect(throws: StoreError.diskFull()) { try store.commit(changes) }
            #expect(try store.records(RecordFilter()).isEmpty, "nothing was changed")
        }
    }

    @Test func aBusyDatabaseIsSaidAsItWas() {
        let path = "x.db"
        let snapshot = DatabaseError(resultCode: .SQLITE_BUSY_SNAPSHOT)
        let busy = DatabaseError(resultCode: .SQLITE_BUSY)
        // A stale snapshot comes at once: another command changed the database meanwhile.
        #expect(SQLiteStore.storeError(snapshot, path: path, access: .writing(.real), waited: 0.02) == .changedMeanwhile(path))
        #expect(SQLiteStore.storeError(busy, path: path, access: .writing(.real), waited: 0.02) == .changedMeanwhile(path))
        // Only after waiting the whole timeout is the database "busy for 10 seconds".
        #expect(SQLiteStore.storeError(busy, path: path, access: .writing(.real), waited: SQLiteStore.busyTimeout)
                == .busy(path, seconds: Int(SQLiteStore.busyTimeout)))
        #expect(SQLiteStore.storeError(DatabaseError(resultCode: .SQLITE_FULL), path: path, access: .writing(.real), waited: 0) == .diskFull())
    }
}
