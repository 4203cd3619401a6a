import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenRecords
import SizhenStore
import Testing

/// A row the SQLite store cannot read back as what it wrote (another program changed it, or
/// the file is damaged) is an error naming the table, column and value, never a default.
@Suite struct SQLiteStoreDecodingTests {
    func store() throws -> SQLiteStore {
        let store = try SQLiteStore(path: ":memory:", access: .writing(.real))
        var changes = ChangeSet()
        changes.save(EngineCase(id: "c#1", workflowID: "jiezhen", occurrenceID: nil, siteID: "s", openedOn: CivilDate(iso: "2026-12-09")!,
                                source: .visitor, fields: ["kind": .string("dispute")]))
        changes.records = [ServiceRecord(id: "r", type: "法律咨询", workflowID: "jiezhen", occurrenceID: nil, siteID: "s", streetID: nil,
                                         date: CivilDate(iso: "2026-12-09")!, staff: [], caseID: "c#1", outcome: "resolved")]
        changes.log(EngineEvent(date: CivilDate(iso: "2026-12-09")!, kind: .caseOpened, caseID: "c#1", message: .legacy("opened")))
        try store.commit(changes)
        return store
    }

    func undecodable(_ body: () throws -> Void) -> (table: String?, column: String?) {
        do {
            try body()
            return (nil, nil)
        } catch let error as StoreError {
            return (error.message.text("table"), error.message.text("column"))
        } catch {
            return ("other: \(error)", nil)
        }
    }

    @Test(arguments: [
        ("UPDATE cases SET status = 'pending'", "cases", "status"),
        ("UPDATE cases SET opened_on = '2026-02-30'", "cases", "opened_on"),
        ("UPDATE cases SET source = 'walk-in'", "cases", "source"),
        ("UPDATE cases SET fields = 'not json'", "cases", "fields"),
    ])
    func aCaseRowThatDoesNotDecodeIsAnError(sql: String, table: String, column: String) throws {
        let store = try store()
        try store.executeForTesting(sql)
        let found = undecodable { _ = try store.engineCase("c#1") }
        #expect(found.table == table && found.column == column, "\(found)")
    }

    @Test func anEventWhoseArgumentsAreNotJSONIsAnError() throws {
        let store = try store()
        try store.executeForTesting("UPDATE events SET args = '{broken'")
        let found = undecodable { _ = try store.story(of: "c#1") }
        #expect(found.table == "events" && found.column == "args")
        try store.executeForTesting("UPDATE events SET args = '{}', kind = 'no_such_kind'")
        #expect(undecodable { _ = try store.story(of: "c#1") }.column == "kind")
    }

    @Test func aRowOfEventsThatDoesNotReadBackIsAnError() throws {
        let store = try store()
        try store.executeForTesting(#"UPDATE events SET more = '{"events":[["step_run","",{"code":"x"}]]}', kinds = 'step_run'"#)
        #expect(undecodable { _ = try store.story(of: "c#1") } == ("events", "more"), "a message without its arguments")
        try store.executeForTesting(#"UPDATE events SET more = '{"events":[["no_such_kind","",{"code":"x","args":{}}]]}'"#)
        #expect(undecodable { _ = try store.story(of: "c#1") } == ("events", "more"), "an unknown kind")
        try store.executeForTesting(#"UPDATE events SET more = '{"events":[["step_run","",{"code":"x","args":{}}]]}', kinds = 'no_such_kind'"#)
        #expect(try store.story(of: "c#1").map(\.event.kind) == [.caseOpened, .stepRun])
        let counted = undecodable { _ = try store.eventCounts(from: CivilDate(iso: "2026-12-01")!, through: CivilDate(iso: "2026-12-31")!) }
        #expect(counted == ("events", "kinds"))
    }

    @Test func aRecordWithAnUnreadableDateIsAnError() throws {
        let store = try store()
        try store.executeForTesting("UPDATE records SET subsidy_yuan = 'fifty'")
        #expect(undecodable { _ = try store.records(RecordFilter()) } == ("records", "subsidy_yuan"))
    }

    @Test func theErrorSaysWhatToDo() throws {
        let error = StoreError.undecodable("x.db", table: "cases", column: "status", value: "pending")
        let words = MessageRenderer(book: MessageBook([StoreMessage.self]))
        #expect(words.render(error.message) == "x.db: the value 'pending' in cases.status cannot be read")
        #expect(error.hint == StoreMessage.undecodableHint())
    }
}
