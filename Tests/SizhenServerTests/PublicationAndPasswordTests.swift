import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SizhenOperations
import SizhenRecords
import Testing
@testable import SizhenServer

/// Publishing a month's plan from the page (the difference shown before it is confirmed, a
/// confirmation of something that changed since refused), changing one's password, and the
/// total time limit of a request.
@Suite struct PublicationAndPasswordTests {
    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The hidden `token` of the page's confirmation form.
    static func token(in page: String) -> String? {
        guard let range = page.range(of: #"name="token" value="[0-9a-f]+-[0-9]+""#, options: .regularExpression) else { return nil }
        return String(page[range].dropFirst(#"name="token" value=""#.count).dropLast())
    }

    static func post(_ client: any TestClientProtocol, _ uri: String, _ form: String, _ session: Session) async throws -> (HTTPResponse.Status, String) {
        var headers = Self.formType
        headers[.cookie] = session.cookie
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form + "&csrf=" + session.csrf)) {
            ($0.status, String(response: $0))
        }
    }

    static func get(_ client: any TestClientProtocol, _ uri: String, _ session: Session) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: session.cookie]) { ($0.status, String(response: $0)) }
    }

    @Test func aRePublicationShowsItsDifferenceAndRefusesAConfirmationOfSomethingElse() async throws {
        let fixture = try ServerFixture(copyingWorkflows: true)
        defer { fixture.remove() }
        let lawyers = fixture.folder.appendingPathComponent("wf/staff/lawyers.yaml")
        try await fixture.test { client in
            let admin = try #require(try await client.signIn("admin"))
            // Not published yet: the page says what publishing stores.
            let (status, fresh) = try await Self.get(client, "/plan?month=2026-12", admin)
            #expect(status == .ok)
            #expect(fresh.contains("2026-12 尚未发布") && fresh.contains(#"name="action" value="publish""#))
            let first = try #require(Self.token(in: fresh))
            let (published, said) = try await Self.post(client, "/plan", "month=2026-12&action=publish&token=\(first)", admin)
            #expect(published == .ok, "\(said)")
            #expect(said.contains("已发布 2026-12"))
            // The days through 12-10 are run; then 谢海莉 (L016) goes on leave from 12-20.
            #expect(try await Self.get(client, "/runsheet?date=2026-12-10", admin).0 == .ok)
            let text = try String(contentsOf: lawyers, encoding: .utf8)
            let paired = "    paired: [haitangxi-yanyu]  # 海棠溪街道烟雨社区（诊室）\n"
            #expect(text.contains(paired))
            try text.replacingOccurrences(of: paired, with: paired + "    leave: [{ from: 2026-12-20, to: 2026-12-31 }]\n")
                .write(to: lawyers, atomically: true, encoding: .utf8)
            let (refused, why) = try await Self.get(client, "/runsheet?date=2026-12-11", admin)
            #expect(refused == .badRequest && why.contains("staff/lawyers.yaml"))

            // The page names the file, the first day re-planned and the seats that change.
            let (_, shown) = try await Self.get(client, "/plan?month=2026-12", admin)
            #expect(shown.contains("2026-12 发布后有 1 个文件变化：staff/lawyers.yaml"), "\(shown.prefix(3000))")
            #expect(shown.contains("重新发布将重新安排 2026-12-11 至月底"))
            #expect(shown.contains("<td>2026-12-23</td>") && shown.contains("L016 谢海莉 → "))
            #expect(!shown.contains("<td>2026-12-09</td>"), "a passed day keeps what was published and is not shown as a change")
            let seen = try #require(Self.token(in: shown))

            // The file changes again before the confirmation: nothing is written, the new
            // difference is shown with a new token.
            try (String(contentsOf: lawyers, encoding: .utf8) + "# 再次修改\n").write(to: lawyers, atomically: true, encoding: .utf8)
            let (conflict, again) = try await Self.post(client, "/plan", "month=2026-12&action=republish&token=\(seen)", admin)
            #expect(conflict == .conflict)
            #expect(again.contains("在您查看之后已有变化") && again.contains("L016 谢海莉 → "))
            let current = try #require(Self.token(in: again))
            #expect(current != seen)
            #expect(try await Self.get(client, "/runsheet?date=2026-12-11", admin).0 == .badRequest, "the refused confirmation wrote nothing")

            let (confirmed, done) = try await Self.post(client, "/plan", "month=2026-12&action=republish&token=\(current)", admin)
            #expect(confirmed == .ok && done.contains("已发布 2026-12") && done.contains("L016 谢海莉 → "))
            #expect(try await Self.get(client, "/runsheet?date=2026-12-11", admin).0 == .ok)

            // The API: the state and its token; a stale token is 409 with its code.
            let state = try await client.execute(uri: "/api/plan?month=2026-12", method: .get, headers: [.cookie: admin.cookie]) { RouteTests.json($0) }
            #expect(state["published"] as? Bool == true && (state["changedFiles"] as? [String]) == [] && state["firstDay"] as? String == "2026-12-12", "the run sheet of 12-11 ran that day")
            try await client.execute(uri: "/api/plan?month=2026-12&action=republish&token=\(seen)", method: .post, headers: admin.headers) { response in
                #expect(response.status == .conflict)
                #expect(RouteTests.json(response)["code"] as? String == "operation.plan-changed-since-shown")
            }
            let token = try #require(state["token"] as? String)
            try await client.execute(uri: "/api/plan?month=2026-12&action=republish&token=\(token)", method: .post, headers: admin.headers) { response in
                #expect(response.status == .ok)
                #expect(RouteTests.json(response)["moved"] as? Int == 0)
            }
            // A month published already cannot be published as new, whatever the token.
            let (twice, _) = try await Self.post(client, "/plan", "month=2026-12&action=publish&token=\(token)", admin)
            #expect(twice == .badRequest)
            for form in ["month=2026-12&action=erase&token=\(token)", "month=2026-13&action=publish&token=\(token)", "month=2026-12&action=publish"] {
                let (status, page) = try await Self.post(client, "/plan", form, admin)
                #expect(status == .badRequest, "\(form)")
                #expect(!page.contains("--month:1:1") && !page.contains("--action:1:1") && !page.contains("--token:1:1"),
                        "a form's value is not placed as a flag's: \(page)")
            }
        }
    }

    @Test func aPasswordIsChangedWithTheCurrentOneAndTheOtherSessionsEnd() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let here = try #require(try await client.signIn("yanyu"))
            let there = try #require(try await client.signIn("yanyu"))
            let (status, page) = try await Self.get(client, "/account", here)
            #expect(status == .ok && page.contains("修改密码") && page.contains("烟雨社区") && page.contains("诊所记录员"))
            let new = "春眠不觉晓 处处闻啼鸟"
            let encoded = new.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let old = "correct+horse+42"
            for (form, expected, words) in [
                ("current=wrong+one+here&password=\(encoded)&again=\(encoded)", HTTPResponse.Status.forbidden, "当前密码不正确"),
                ("current=\(old)&password=\(encoded)&again=\(encoded)x", .badRequest, "两次输入的密码不同"),
                ("current=\(old)&password=aaaaaaaaaaaa&again=aaaaaaaaaaaa", .badRequest, "密码太弱"),
                ("current=\(old)&password=\(old)&again=\(old)", .badRequest, "新密码与当前密码相同"),
                ("current=\(old)&password=\(encoded)", .badRequest, "表单缺少字段“again”"),
            ] {
                let (refused, said) = try await Self.post(client, "/account/password", form, here)
                #expect(refused == expected && said.contains(words), "\(form): \(refused)")
            }
            let (changed, said) = try await Self.post(client, "/account/password", "current=\(old)&password=\(encoded)&again=\(encoded)", here)
            #expect(changed == .ok && said.contains("账号 yanyu 的密码已修改"))
            #expect(try await Self.get(client, "/account", here).0 == .ok, "the session that changed it stays")
            #expect(try await Self.get(client, "/cases", there).0 == .seeOther, "the other session has ended")
            #expect(try await client.signIn("yanyu") == nil, "the old password no longer signs in")
            let renewed = try #require(try await client.signIn("yanyu", password: new))
            // The API, and without the CSRF token nothing changes.
            let body = ByteBuffer(string: #"{"current":"\#(new)","password":"correct horse 43"}"#)
            try await client.execute(uri: "/api/password", method: .post, headers: [.cookie: renewed.cookie], body: body) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/password", method: .post, headers: renewed.headers, body: body) { #expect($0.status == .ok) }
        }
    }

    @Test func guessingTheCurrentPasswordIsThrottledAsASignInIs() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let session = try #require(try await client.signIn("viewer"))
            var statuses: [HTTPResponse.Status] = []
            for attempt in 0..<12 {
                statuses.append(try await Self.post(client, "/account/password", "current=guess+\(attempt)+xyz&password=new+password+1&again=new+password+1",
                                                    session).0)
            }
            #expect(statuses.first == .forbidden)
            #expect(statuses.last == .tooManyRequests, "\(statuses)")
        }
    }

    @Test func theCommandLineSetsAPasswordAndEndsEverySession() throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let keeper = SessionKeeper(store: fixture.web.accounts, environment: fixture.web.environment, lifetime: 3600)
        let opened = try keeper.open(for: "admin")
        let outcome = UserPasswordOperation(workspace: fixture.workspace, name: "admin", password: "a new password 7", hasher: PlainHasher()).run()
        #expect(outcome.value == "admin")
        #expect(try keeper.find(token: opened.token) == nil)
        #expect(try fixture.web.accounts.account(named: "admin")?.passwordHash == "plain:a new password 7")
        let unknown = UserPasswordOperation(workspace: fixture.workspace, name: "nobody", password: "a new password 7", hasher: PlainHasher()).run()
        #expect(unknown.diagnostics.items.map(\.message.code) == ["server.account.unknown"])
        let weak = UserPasswordOperation(workspace: fixture.workspace, name: "admin", password: "short", hasher: PlainHasher()).run()
        #expect(weak.diagnostics.items.map(\.message.code) == ["server.account.weak-password"])
    }

    @Test func aRequestLongerThanItsLimitIsAnswered503AndAQuickOneIsNot() async {
        let late = WebResponse(status: 503, headers: [], body: Array("late".utf8))
        // Work that cannot end before the race has answered: only the limit can answer it. (No
        // bound on the time taken: the tests running beside this one may hold every thread.)
        let gate = Gate()
        let slow = await Deadline.race(seconds: 1, late: late) {
            while !gate.isOpen && !Task.isCancelled { try? await Task.sleep(for: .milliseconds(20)) }
            return WebResponse(status: 200, headers: [], body: [])
        }
        gate.open()
        #expect(slow.status == 503 && slow.body == Array("late".utf8))
        let quick = await Deadline.race(seconds: 3_600, late: late) { WebResponse(status: 200, headers: [], body: Array("on time".utf8)) }
        #expect(quick.status == 200 && quick.body == Array("on time".utf8), "a quick answer is the work's, without waiting for the limit")
    }

    /// A flag one task sets and another reads.
    final class Gate: @unchecked Sendable {
        private let lock = NSLock()
        private var opened = false
        var isOpen: Bool { lock.withLock { opened } }
        func open() { lock.withLock { opened = true } }
    }
}

/// The time limit on a real server: a client that sends its body a few bytes at a time is
/// answered 503 at the limit, not held until the connection idles out.
@Suite struct SlowClientTests {
    @Test func aBodySentTooSlowlyIsAnswered503AtTheLimit() async throws {
        let fixture = try ServerFixture { $0.requestTimeout = 1 }
        defer { fixture.remove() }
        let app = Application(router: ServerApplication.router(for: fixture.web), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let started = ContinuousClock.now
            let answer = try await Task.detached { try SlowClientTests.sendSlowly(port: port) }.value
            #expect(answer.hasPrefix("HTTP/1.1 503"), "\(answer.prefix(200))")
            #expect(answer.contains("server.timed-out") || answer.contains("1 秒内完成"))
            // Without the limit the server would wait for the body as long as the connection
            // lasts (this one has no idle timeout); the bound is loose for a loaded machine.
            #expect(ContinuousClock.now - started < .seconds(240), "answered at the limit, not when the client gives up")
        }
    }

    /// Opens a connection, sends a sign-in's headers promising 1,000 bytes and 10 of them, then
    /// waits for whatever the server answers (at most 240 s).
    static func sendSlowly(port: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw SlowClientError() }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw SlowClientError() }
        var timeout = timeval(tv_sec: 240, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let head = "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nname=admin"
        _ = head.withCString { send(socket, $0, strlen($0), 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[0..<count]
            if String(decoding: received, as: UTF8.self).contains("</html>") { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    struct SlowClientError: Error {}
}
