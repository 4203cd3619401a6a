import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SizhenOperations
import SizhenStore
import Testing
@testable import SizhenServer

/// The sheets as forms (`/sheets/{kind}`) and their JSON twin: the account's sites only, rows
/// recorded by the intake's own import, problems at their row and column with every value
/// kept, hostile values refused or recorded as typed, a request id answered once.
@Suite struct SheetFormTests {
    /// The visitors form of the repository's district, to name the fields `r{row}c{column}`.
    static func visitorsForm(_ fixture: ServerFixture) throws -> SheetForm {
        try #require(SheetFormOperation(workspace: fixture.workspace, kind: .visitors).run().value)
    }

    /// A form body: each row's cells by column title.
    static func body(_ form: SheetForm, csrf: String?, request: String, rows: [Int: [String: String]]) -> String {
        var fields = [("request", request), ("rows", "8")] + (csrf.map { [("csrf", $0)] } ?? [])
        for (row, cells) in rows.sorted(by: { $0.key < $1.key }) {
            for (title, text) in cells.sorted(by: { $0.key < $1.key }) {
                fields.append(("r\(row)c\((form.columnIndex(named: title) ?? 99) + 1)", text))
            }
        }
        return fields.map { FormFields.encode($0.0) + "=" + FormFields.encode($0.1) }.joined(separator: "&")
    }

    /// A consultation at 烟雨社区's 接诊 of 2026-12-09.
    static func visitor(_ ordinal: Int, outcome: String = "已解决", site: String = "烟雨社区", extra: [String: String] = [:]) -> [String: String] {
        ["日期": "2026-12-09", "工作流": "接诊", "诊室": site, "序号": "\(ordinal)", "结果": outcome, "接待人员": "L016", "案件类型": "咨询",
         "纠纷或咨询的领域": "劳动", "当事人数": "1"].merging(extra) { $1 }
    }

    static func post(_ client: any TestClientProtocol, _ session: Session, _ text: String, path: String = "/sheets/visitors",
                     withCookie: Bool = true) async throws -> (HTTPResponse.Status, String) {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if withCookie { headers[.cookie] = session.cookie }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: text)) { ($0.status, String(response: $0)) }
    }

    static func records(_ client: any TestClientProtocol, _ session: Session) async throws -> [[String: Any]] {
        try await client.execute(uri: "/api/records?month=2026-12", method: .get, headers: session.headers) { response in
            (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]]) ?? []
        }
    }

    static let id1 = String(repeating: "1", count: 32), id2 = String(repeating: "2", count: 32), id3 = String(repeating: "3", count: 32)

    @Test func theFormOffersTheAccountsSitesOnlyAndTheTemplatesColumns() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            let page = try await client.execute(uri: "/sheets/visitors", method: .get, headers: recorder.headers) { response in
                #expect(response.status == .ok)
                return String(response: response)
            }
            #expect(page.contains("<option value=\"烟雨社区\">") && !page.contains("东路社区") && !page.contains("重庆市南岸区"))
            #expect(page.contains("name=\"csrf\" value=\"\(recorder.csrf)\"") && page.contains("name=\"request\" value=\""))
            #expect(page.contains("<th>日期</th><th>工作流</th><th>诊室</th><th>序号</th><th>结果</th><th>接待人员</th>"))
            #expect(page.contains("<th>案件类型</th>") && page.contains("type=\"date\"") && page.contains("<option value=\"已转介\">"))
            #expect(page.contains("name=\"r8c1\"") && !page.contains("name=\"r9c1\"") && !page.contains("<script"))
            try await client.execute(uri: "/sheets/visitors?rows=500", method: .get, headers: recorder.headers) { response in
                let page = String(response: response)
                #expect(page.contains("name=\"r50c1\"") && !page.contains("name=\"r51c1\""))
            }
            try await client.execute(uri: "/sheets/panels", method: .get, headers: recorder.headers) { response in
                #expect(String(response: response).contains("<th>日期</th><th>案件编号</th><th>人员</th><th>意见</th><th>备注</th>"))
            }
            for path in ["/sheets/other", "/sheets/..%2Fupload", "/sheets/%00"] {
                try await client.execute(uri: path, method: .get, headers: recorder.headers) { #expect($0.status == .notFound, "\(path)") }
            }
            try await client.execute(uri: "/upload", method: .get, headers: recorder.headers) { response in
                #expect(String(response: response).contains("<a href=\"/sheets/visitors\">"))
            }
            let admin = try #require(try await client.signIn("admin"))
            try await client.execute(uri: "/sheets/visitors", method: .get, headers: admin.headers) { response in
                let page = String(response: response)
                #expect(page.contains("<option value=\"东路社区\">") && page.contains("<option value=\"重庆市南岸区\">"))
            }
        }
    }

    @Test func aFilledFormRecordsItsRowsUnderTheAccountAndTheyAppearInTheRecords() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let form = try Self.visitorsForm(fixture)
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            // Row 2 left empty: skipped.
            let (status, page) = try await Self.post(client, recorder, Self.body(form, csrf: recorder.csrf, request: Self.id1,
                                                                               rows: [1: Self.visitor(1), 3: Self.visitor(2)]))
            #expect(status == .ok, "\(page)")
            #expect(page.contains("读取 2 行，新增 2，更正 0，未变 0"), "\(page)")
            // A fresh empty form follows, with a new request id.
            #expect(!page.contains("value=\"2026-12-09\"") && !page.contains("value=\"\(Self.id1)\""))
            let cases = try await Self.records(client, recorder).compactMap { $0["case"] as? String }
            #expect(cases.contains("jiezhen/haitangxi-yanyu/2026-12-09/1#1") && cases.contains("jiezhen/haitangxi-yanyu/2026-12-09/1#2"), "\(cases)")
            try await client.execute(uri: "/records?month=2026-12", method: .get, headers: recorder.headers) { response in
                #expect(String(response: response).contains("jiezhen/haitangxi-yanyu/2026-12-09/1#2"))
            }
        }
        let store = try SQLiteStore(path: try #require(fixture.workspace.database), access: .reading)
        let facts = try store.facts(key: "jiezhen/haitangxi-yanyu/2026-12-09/1#2")
        #expect(facts.map(\.account) == ["yanyu"])
        // Recorded under the form's name: its kind, the day and the request id's start; the
        // line is the CSV's (header, row 1, row 3).
        #expect(facts.map(\.source) == ["form-visitors-2026-12-09-11111111.csv:3"])
    }

    @Test func aMistakeKeepsEveryValueAndIsShownAtItsRowAndColumn() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let form = try Self.visitorsForm(fixture)
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            // Row 2's note spans four lines of the CSV: row 4 is still row 4.
            let rows = [1: Self.visitor(1, extra: ["备注": "咨询拖欠工资"]), 2: Self.visitor(3, extra: ["备注": "一\r\n二\n三\r四"]),
                        4: Self.visitor(2, extra: ["纠纷或咨询的领域": "婚姻", "姓名": "王某"])]
            let (status, page) = try await Self.post(client, recorder, Self.body(form, csrf: recorder.csrf, request: Self.id1, rows: rows))
            #expect(status == .badRequest)
            #expect(page.contains("第 4 行，纠纷或咨询的领域：“婚姻”不是可选的值"), "\(page)")
            #expect(page.components(separatedBy: "class=\"cell-error\"").count == 2)
            let category = try #require(form.columnIndex(named: "纠纷或咨询的领域")) + 1
            #expect(page.contains("<td class=\"invalid\"><select name=\"r4c\(category)\" aria-label=\"纠纷或咨询的领域\" aria-invalid=\"true\">"), "\(page)")
            // Every value as typed, the wrong one too; the empty rows between stay.
            #expect(page.contains(">咨询拖欠工资</textarea>") && page.contains("value=\"王某\"") && page.contains("<option value=\"婚姻\" selected>"))
            #expect(page.contains("name=\"r2c1\"") && page.contains("name=\"r8c1\""))
            #expect(!page.contains("value=\"\(Self.id1)\""))
            #expect(try await Self.records(client, recorder).isEmpty)
        }
    }

    @Test func hostileValuesAreRecordedAsTypedOrRefusedNeverACrash() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let form = try Self.visitorsForm(fixture)
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            let hostile = "王,\"某\"\r\n=cmd|' /C calc'!A0"
            let long = String(repeating: "长", count: 100_000)
            var (status, page) = try await Self.post(client, recorder, Self.body(form, csrf: recorder.csrf, request: Self.id1,
                                                                               rows: [1: Self.visitor(1, extra: ["姓名": hostile, "备注": long]),
                                                                                      2: Self.visitor(2, extra: ["姓名": "=1+1"])]))
            #expect(status == .ok, "\(page.prefix(2000))")
            let names = try await Self.records(client, recorder).compactMap { $0["name"] as? String }
            #expect(names.contains("王,\"某\"\n=cmd|' /C calc'!A0") && names.contains("=1+1"), "\(names)")
            // Another street's site, typed in by hand: refused at its row, nothing recorded.
            (status, page) = try await Self.post(client, recorder, Self.body(form, csrf: recorder.csrf, request: Self.id2,
                                                                           rows: [1: Self.visitor(3), 2: Self.visitor(1, site: "东路社区")]))
            #expect(status == .badRequest && page.contains("第 2 行") && page.contains("账号 yanyu 无权登记"), "\(page.prefix(3000))")
            #expect(page.contains("<option value=\"东路社区\" selected>"))
            #expect(try await Self.records(client, recorder).count { ($0["case"] as? String)?.hasSuffix("#3") == true } == 0)
            // A row past the form's last, an unknown kind, a body that is no form, a body over the limit.
            (status, _) = try await Self.post(client, recorder, "csrf=\(recorder.csrf)&r51c1=2026-12-09")
            #expect(status == .badRequest)
            (status, _) = try await Self.post(client, recorder, "csrf=\(recorder.csrf)&r1c1=x", path: "/sheets/visitorz")
            #expect(status == .notFound)
            (status, _) = try await Self.post(client, recorder, "csrf=\(recorder.csrf)&r1c1=%E7%8E")
            #expect(status == .badRequest || status == .forbidden)
            (status, _) = try await Self.post(client, recorder, "csrf=\(recorder.csrf)&r1c10=" + String(repeating: "a", count: 1_100_000))
            #expect(status == .contentTooLarge)
            // Nothing filled in.
            (status, page) = try await Self.post(client, recorder, "csrf=\(recorder.csrf)&rows=8&r1c1=&r2c3=+")
            #expect(status == .badRequest && page.contains("没有填写任何一行"))
        }
    }

    @Test func aRequestIDIsAnsweredOnceAndTheSameRowsAgainAreCheckedRowByRow() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let form = try Self.visitorsForm(fixture)
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            let sent = Self.body(form, csrf: recorder.csrf, request: Self.id1, rows: [1: Self.visitor(1)])
            let first = try await Self.post(client, recorder, sent)
            let again = try await Self.post(client, recorder, sent)
            #expect(first.0 == .ok && again.1 == first.1)
            // The same row as a new submission: nothing added, nothing refused as "imported before".
            let same = try await Self.post(client, recorder, Self.body(form, csrf: recorder.csrf, request: Self.id2, rows: [1: Self.visitor(1)]))
            #expect(same.0 == .ok && same.1.contains("新增 0，更正 0，未变 1"), "\(same.1)")
            // A correction, then the row typed back as it was: a correction again, not ignored.
            let corrected = try await Self.post(client, recorder, Self.body(form, csrf: recorder.csrf, request: Self.id3,
                                                                            rows: [1: Self.visitor(1, outcome: "未解决")]))
            #expect(corrected.1.contains("更正 1"), "\(corrected.1)")
            let back = try await Self.post(client, recorder, Self.body(form, csrf: recorder.csrf, request: String(repeating: "4", count: 32),
                                                                       rows: [1: Self.visitor(1)]))
            #expect(back.1.contains("更正 1"), "\(back.1)")
            let outcomes = try await Self.records(client, recorder).filter { ($0["case"] as? String)?.hasSuffix("/1#1") == true }.compactMap { $0["outcome"] as? String }
            #expect(!outcomes.isEmpty && outcomes.allSatisfy { $0 == "resolved" }, "\(outcomes)")
        }
    }

    @Test func withoutItsCSRFTokenAFormIsRefused() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let form = try Self.visitorsForm(fixture)
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            for csrf in [nil, "forged"] {
                let (status, page) = try await Self.post(client, recorder, Self.body(form, csrf: csrf, request: Self.id1, rows: [1: Self.visitor(1)]))
                #expect(status == .forbidden && page.contains("表单已过期或并非来自本站"))
            }
            try await client.execute(uri: "/api/sheets/visitors", method: .post, headers: [.cookie: recorder.cookie],
                                     body: ByteBuffer(string: #"{"rows":[]}"#)) { response in
                #expect(response.status == .forbidden && RouteTests.json(response)["code"] as? String == "server.bad-csrf")
            }
            #expect(try await Self.records(client, recorder).isEmpty)
        }
    }

    @Test func theJSONTwinTakesTitlesOrKeysAndPlacesItsErrorsAtRowAndColumn() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            var headers = recorder.headers
            headers[.contentType] = "application/json"
            headers[HTTPField.Name("X-Request-Id")!] = Self.id1
            let good = #"{"rows":[{"date":"2026-12-09","工作流":"接诊","site":"烟雨社区","序号":1,"outcome":"已解决","案件类型":"咨询","case.parties":"1"}]}"#
            try await client.execute(uri: "/api/sheets/visitors", method: .post, headers: headers, body: ByteBuffer(string: good)) { response in
                #expect(response.status == .ok, "\(String(response: response))")
                #expect(RouteTests.json(response)["added"] as? Int == 1)
            }
            headers[HTTPField.Name("X-Request-Id")!] = Self.id2
            let bad = #"{"rows":[{},{"date":"2026-12-09","工作流":"接诊","site":"烟雨社区","序号":2,"outcome":"解决了","案件类型":"咨询"}]}"#
            try await client.execute(uri: "/api/sheets/visitors", method: .post, headers: headers, body: ByteBuffer(string: bad)) { response in
                #expect(response.status == .badRequest)
                let items = RouteTests.json(response)["diagnostics"] as? [[String: Any]] ?? []
                #expect(items.contains { $0["row"] as? Int == 2 && $0["field"] as? String == "结果" && $0["code"] as? String == "intake.bad-outcome" }, "\(items)")
            }
            headers[HTTPField.Name("X-Request-Id")!] = Self.id3
            for (body, code) in [(#"{"rows":[{"日子":"2026-12-09"}]}"#, "server.sheet.unknown-column"), (#"{"rows":{}}"#, "server.bad-form"),
                                 (#"{"rows":[{"日期":["x"]}]}"#, "server.bad-form"), (#"{"rows":[{}]}"#, "server.sheet.nothing-filled")] {
                try await client.execute(uri: "/api/sheets/visitors", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest && RouteTests.json(response)["code"] as? String == code, "\(body)")
                }
            }
            try await client.execute(uri: "/api/sheets/nothing", method: .post, headers: headers, body: ByteBuffer(string: good)) { response in
                #expect(response.status == .notFound && RouteTests.json(response)["code"] as? String == "server.not-found")
            }
        }
    }
}
