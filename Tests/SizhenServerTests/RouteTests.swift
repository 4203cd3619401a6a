import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SizhenRecords
import SizhenStore
import Testing
@testable import SizhenServer

/// The web application in process, through Hummingbird's test client: signing in, sessions,
/// CSRF, the security headers, the limits, the sheets and who may see what.
@Suite struct RouteTests {
    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// Three visitors of 烟雨社区 (haitangxi-yanyu) on 2026-12-09 and 12-23.
    static let yanyuSheet = """
        日期,工作流,诊室,序号,结果,接待人员,姓名,电话,身份证号,备注,案件类型,纠纷或咨询的领域,当事人数,是否重大疑难案件,调解案件难易,矛盾纠纷是否已化解,是否存在“民转刑”风险,出行困难,年龄,是否老年人,涉及的问题
        2026-12-09,接诊,烟雨社区,1,已解决,L016,王某,13900000000,,咨询拖欠工资如何申请劳动仲裁,咨询,劳动,1,否,,,,,,,
        2026-12-09,接诊,烟雨社区,2,已解决,L016、M07,,,,楼上卫生间漏水,纠纷,邻里,2,否,简单,是,否,,,,

        """

    /// A visitor of 东路社区 (nanping-donglu, another street).
    static let dongluSheet = """
        日期,工作流,诊室,序号,结果,接待人员,姓名,电话,身份证号,备注,案件类型,纠纷或咨询的领域,当事人数,是否重大疑难案件,调解案件难易,矛盾纠纷是否已化解,是否存在“民转刑”风险,出行困难,年龄,是否老年人,涉及的问题
        2026-12-09,接诊,东路社区,1,已转介,L010,李某,13800000000,,租房合同押金纠纷,咨询,合同,1,否,,,,,,,法律援助

        """

    static func multipart(csrf: String, request: String, file: String, name: String = "sheet.csv") -> (HTTPFields, ByteBuffer) {
        let boundary = "----sizhen-test"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"request\"\r\n\r\n\(request)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(file)\r\n"
            + "--\(boundary)--\r\n"
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(string: body))
    }

    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]) ?? [:]
    }

    @Test func signingInSetsAStrictHttpOnlyCookieAndAWrongPasswordIsRefused() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            try await client.execute(uri: "/login", method: .post, headers: Self.formType, body: ByteBuffer(string: "name=admin&password=wrong")) { response in
                #expect(response.status == .unauthorized)
                #expect(String(response: response).contains("账号名或密码错误"))
                #expect(response.headers[.setCookie] == nil)
            }
            try await client.execute(uri: "/login", method: .post, headers: Self.formType,
                                     body: ByteBuffer(string: "name=admin&password=correct+horse+42")) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/") && !cookie.contains("Secure"))
            }
            // An unknown account is refused in the same words.
            try await client.execute(uri: "/api/login", method: .post, body: ByteBuffer(string: #"{"name":"nobody","password":"correct horse 42"}"#)) { response in
                #expect(response.status == .unauthorized)
                #expect(Self.json(response)["code"] as? String == "server.bad-credentials")
            }
        }
    }

    @Test func behindATrustedTLSProxyTheCookieIsSecure() async throws {
        let fixture = try ServerFixture { $0.trustsProxy = true }
        defer { fixture.remove() }
        try await fixture.test { client in
            var headers = Self.formType
            headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: "name=admin&password=correct+horse+42")) { response in
                #expect(response.headers[.setCookie]?.contains("; Secure") == true)
            }
        }
    }

    @Test func signInsAreRateLimitedPerAccountUntilTheWindowPasses() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            for _ in 0..<5 {
                try await client.execute(uri: "/login", method: .post, headers: Self.formType, body: ByteBuffer(string: "name=admin&password=guess")) { response in
                    #expect(response.status == .unauthorized)
                }
            }
            // The right password does not help now.
            try await client.execute(uri: "/login", method: .post, headers: Self.formType,
                                     body: ByteBuffer(string: "name=admin&password=correct+horse+42")) { response in
                #expect(response.status == .tooManyRequests)
                #expect(String(response: response).contains("登录失败次数过多"))
            }
            // Another account from elsewhere is not held up by them.
            #expect(try await client.signIn("viewer") != nil)
            fixture.clock.advance(by: 901)
            #expect(try await client.signIn("admin") != nil)
        }
    }

    @Test func aSessionEndsAtItsExpiryAndAtSignOut() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let session = try #require(try await client.signIn("viewer"))
            try await client.execute(uri: "/api/me", method: .get, headers: session.headers) { #expect($0.status == .ok) }
            fixture.clock.advance(by: 8 * 3600)
            try await client.execute(uri: "/api/me", method: .get, headers: session.headers) { #expect($0.status == .unauthorized) }
            let again = try #require(try await client.signIn("viewer"))
            try await client.execute(uri: "/api/logout", method: .post, headers: again.headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/me", method: .get, headers: again.headers) { #expect($0.status == .unauthorized) }
            // A made-up or malformed cookie is no session, never an error.
            for cookie in ["sizhen_session=" + String(repeating: "a", count: 64), "sizhen_session=%00%zz", "sizhen_session", ";;;="] {
                try await client.execute(uri: "/api/me", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .unauthorized) }
            }
        }
    }

    @Test func everyPostOfASessionNeedsItsCSRFToken() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let session = try #require(try await client.signIn("admin"))
            let (headers, body) = Self.multipart(csrf: "forged", request: String(repeating: "1", count: 32), file: Self.yanyuSheet)
            var withCookie = headers
            withCookie[.cookie] = session.cookie
            try await client.execute(uri: "/upload", method: .post, headers: withCookie, body: body) { response in
                #expect(response.status == .forbidden)
                #expect(String(response: response).contains("表单已过期或并非来自本站"))
            }
            try await client.execute(uri: "/api/intake", method: .post, headers: [.cookie: session.cookie], body: ByteBuffer(string: Self.yanyuSheet)) { response in
                #expect(response.status == .forbidden)
                #expect(Self.json(response)["code"] as? String == "server.bad-csrf")
            }
            try await client.execute(uri: "/logout", method: .post, headers: [.cookie: session.cookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "csrf=nope")) { #expect($0.status == .forbidden) }
            // Signing in from another site's page is refused.
            var foreign = Self.formType
            foreign[.origin] = "https://evil.example"
            try await client.execute(uri: "/login", method: .post, headers: foreign, body: ByteBuffer(string: "name=admin&password=correct+horse+42")) {
                #expect($0.status == .forbidden)
            }
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            for (uri, method) in [("/login", HTTPRequest.Method.get), ("/no/such/page", .get), ("/api/me", .get), ("/../../etc/passwd", .get),
                                  ("/style.css", .get), ("/openapi.json", .get), ("/runsheet", .get), ("/login", .delete)] {
                try await client.execute(uri: uri, method: method) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("script-src 'none'") && policy.contains("frame-ancestors 'none'"), "\(uri)")
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(uri)")
                    #expect(!String(response: response).contains("root:"), "\(uri)")
                }
            }
            try await client.execute(uri: "/login", method: .get) { response in
                let page = String(response: response)
                #expect(page.contains("<html lang=\"zh-CN\">") && page.contains("登录") && !page.contains("<script") && !page.contains("style="))
            }
        }
    }

    @Test func bodiesOverTheRouteLimitAreRefusedAndBadInputIsAClearError() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let big = "name=admin&password=" + String(repeating: "x", count: 70 * 1024)
            try await client.execute(uri: "/login", method: .post, headers: Self.formType, body: ByteBuffer(string: big)) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/login", method: .post, headers: Self.formType, body: ByteBuffer(bytes: [0x6E, 0x3D, 0xFF, 0xFE])) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/login", method: .post, body: ByteBuffer(string: "{not json")) { response in
                #expect(response.status == .badRequest && Self.json(response)["code"] as? String == "server.bad-form")
            }
            let session = try #require(try await client.signIn("admin"))
            try await client.execute(uri: "/runsheet?date=%zz", method: .get, headers: session.headers) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/runsheet?date=2026-13-45", method: .get, headers: session.headers) { response in
                #expect(response.status == .badRequest)
                #expect(Self.json(response)["code"] as? String == "operation.bad-date")
            }
            var headers = session.headers
            headers[.contentType] = "multipart/form-data; boundary=x"
            try await client.execute(uri: "/upload", method: .post, headers: headers, body: ByteBuffer(string: "--x\r\ngarbage")) { response in
                #expect(response.status == .forbidden || response.status == .badRequest)
            }
        }
    }

    @Test func openAPIDescribesEveryRoute() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let document = Self.json(response)
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                for route in Route.all {
                    let operation = paths[route.path]?[route.method.lowercased()] as? [String: Any]
                    #expect(operation?["operationId"] as? String == route.action.rawValue, "\(route.method) \(route.path)")
                    #expect(operation?["x-roles"] as? [String] == route.roleNames)
                }
                #expect(paths.values.map(\.count).reduce(0, +) == Route.all.count)
            }
        }
    }

    @Test func aRecorderRecordsTheirSiteOnlyAndEveryFactNamesTheAccount() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let recorder = try #require(try await client.signIn("yanyu"))
            // Another street's row: refused at its line, nothing recorded.
            var (headers, body) = Self.multipart(csrf: recorder.csrf, request: String(repeating: "a", count: 32), file: Self.dongluSheet)
            headers[.cookie] = recorder.cookie
            try await client.execute(uri: "/upload", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .badRequest)
                let page = String(response: response)
                #expect(page.contains("sheet.csv:2:") && page.contains("账号 yanyu 无权登记"), "\(page)")
            }
            // Their own: recorded; the same request again gives the same answer.
            (headers, body) = Self.multipart(csrf: recorder.csrf, request: String(repeating: "b", count: 32), file: Self.yanyuSheet)
            headers[.cookie] = recorder.cookie
            let first = try await client.execute(uri: "/upload", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                return String(response: response)
            }
            #expect(first.contains("sheet.csv：读取 2 行"), "\(first)")
            let second = try await client.execute(uri: "/upload", method: .post, headers: headers, body: body) { String(response: $0) }
            #expect(second == first)
            // A recorder cannot open another street's case; the admin records it, the recorder is refused.
            let admin = try #require(try await client.signIn("admin"))
            var apiHeaders = admin.headers
            apiHeaders[HTTPField.Name("X-Request-Id")!] = String(repeating: "c", count: 32)
            try await client.execute(uri: "/api/intake?file=donglu.csv", method: .post, headers: apiHeaders, body: ByteBuffer(string: Self.dongluSheet)) { response in
                #expect(response.status == .ok, "\(String(response: response))")
                #expect(Self.json(response)["added"] as? Int == 1)
            }
            try await client.execute(uri: "/api/cases/jiezhen%2Fnanping-donglu%2F2026-12-09%2F1%231", method: .get, headers: recorder.headers) { response in
                #expect(response.status == .forbidden)
                #expect(Self.json(response)["code"] as? String == "server.outside-scope")
            }
            try await client.execute(uri: "/cases/jiezhen%2Fhaitangxi-yanyu%2F2026-12-09%2F1%231", method: .get, headers: recorder.headers) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/cases?month=2026-12", method: .get, headers: recorder.headers) { response in
                let ids = ((try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(!ids.isEmpty && ids.allSatisfy { $0.contains("haitangxi-yanyu") }, "\(ids)")
            }
        }
        let store = try SQLiteStore(path: try #require(fixture.workspace.database), access: .reading)
        #expect(try store.facts(key: "jiezhen/haitangxi-yanyu/2026-12-09/1#1").map(\.account) == ["yanyu"])
        #expect(try store.facts(key: "jiezhen/nanping-donglu/2026-12-09/1#1").map(\.account) == ["admin"])
    }

    @Test func personalDataGoesOnlyToTheRolesThatNeedItAndTheReportAllowsOnlyItsOwnStyle() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let admin = try #require(try await client.signIn("admin"))
            var headers = admin.headers
            headers[HTTPField.Name("X-Request-Id")!] = String(repeating: "d", count: 32)
            try await client.execute(uri: "/api/intake", method: .post, headers: headers, body: ByteBuffer(string: Self.yanyuSheet)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/records.csv?month=2026-12", method: .get, headers: admin.headers) { response in
                #expect(response.status == .ok && String(response: response).contains("王某"))
                #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
            }
            let street = try #require(try await client.signIn("haitangxi"))
            try await client.execute(uri: "/records?month=2026-12&site=nanping-donglu", method: .get, headers: street.headers) { response in
                #expect(response.status == .ok && !String(response: response).contains("东路社区"))
            }
            let viewer = try #require(try await client.signIn("viewer"))
            try await client.execute(uri: "/records.csv?month=2026-12", method: .get, headers: viewer.headers) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/report?month=2026-12", method: .get, headers: viewer.headers) { response in
                #expect(response.status == .ok)
                let page = String(response: response)
                #expect(page.contains("<style>") && !page.contains("王某") && !page.contains("13900000000"))
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("style-src 'self' 'sha256-") && policy.contains("script-src 'none'"), "\(policy)")
            }
        }
    }
}

/// The month calendar and the roster: the operations' tables in the page, a person's month,
/// a street's account limited to its street.
@Suite struct CalendarAndRosterTests {
    @Test func theCalendarShowsMovedDatesAndTheRosterAPersonsMonth() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let viewer = try #require(try await client.signIn("viewer"))
            try await client.execute(uri: "/calendar?month=2026-10", method: .get, headers: viewer.headers) { response in
                let page = String(response: response)
                #expect(response.status == .ok && page.contains("<pre class=\"calendar\">"), "\(page.prefix(400))")
                // October's national holiday moves sittings: the page says why.
                #expect(page.contains("国庆"), "\(page.suffix(2000))")
            }
            let street = try #require(try await client.signIn("haitangxi"))
            try await client.execute(uri: "/roster?month=2026-12", method: .get, headers: street.headers) { response in
                let page = String(response: response)
                #expect(response.status == .ok && page.contains("烟雨社区") && !page.contains("东路社区"), "\(page.prefix(600))")
                // The roster to print: the street's grid with phone numbers, its paperwork, A4 landscape, its style allowed by hash.
                #expect(page.contains("<table class=\"grid\">") && page.contains("13823000") && page.contains("制表：刘思雨"), "\(page.prefix(600))")
                #expect(page.contains("@page { size: A4 landscape;"))
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("'sha256-") && !policy.contains("unsafe-inline"), "\(policy)")
            }
            try await client.execute(uri: "/api/roster?month=2026-12&person=L016", method: .get, headers: street.headers) { response in
                #expect(response.status == .ok && String(response: response).contains("L016"))
            }
            try await client.execute(uri: "/roster?month=2026-12&person=nobody", method: .get, headers: street.headers) { response in
                #expect(response.status == .badRequest && String(response: response).contains("nobody"))
            }
        }
    }
}

/// Closing a month from its report: the administrator's form, once.
@Suite struct CloseTests {
    @Test func theAdministratorClosesAMonthFromItsReportOnce() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let admin = try #require(try await client.signIn("admin"))
            var headers = admin.headers
            headers[HTTPField.Name("X-Request-Id")!] = String(repeating: "e", count: 32)
            try await client.execute(uri: "/api/intake", method: .post, headers: headers, body: ByteBuffer(string: RouteTests.yanyuSheet)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/runsheet?date=2026-12-31", method: .get, headers: admin.headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/report?month=2026-12", method: .get, headers: admin.headers) { response in
                #expect(String(response: response).contains("<form method=\"post\" action=\"/close\" class=\"no-print\">"))
            }
            let viewer = try #require(try await client.signIn("viewer"))
            try await client.execute(uri: "/report?month=2026-12", method: .get, headers: viewer.headers) { response in
                #expect(!String(response: response).contains("action=\"/close\""))
            }
            var form = admin.headers
            form[.contentType] = "application/x-www-form-urlencoded"
            try await client.execute(uri: "/close", method: .post, headers: form, body: ByteBuffer(string: "csrf=\(admin.csrf)&month=2026-12")) { response in
                #expect(response.status == .ok)
                #expect(String(response: response).contains("2026-12 已结账"), "\(String(response: response))")
            }
            try await client.execute(uri: "/api/close?month=2026-12", method: .post, headers: admin.headers) { response in
                #expect(response.status == .badRequest, "\(String(response: response))")
            }
        }
    }
}
