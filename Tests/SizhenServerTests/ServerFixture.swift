import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SizhenOperations
import SizhenRecords
@testable import SizhenServer

/// A hash that is fast to compute, for tests that sign in many times; `BcryptHasherTests`
/// holds bcrypt itself to its contract.
struct PlainHasher: PasswordHashing {
    func hash(_ password: String) -> String { "plain:" + password }
    func verify(_ password: String, against hash: String) -> Bool { hash == "plain:" + password }
}

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Int64

    init(_ seconds: Int64) { self.seconds = seconds }

    var now: Int64 {
        lock.lock()
        defer { lock.unlock() }
        return seconds
    }

    func advance(by delta: Int64) {
        lock.lock()
        seconds += delta
        lock.unlock()
    }
}

/// A web application on a new database in a temporary folder, over the repository's district
/// (`Workflows/`), with one account of each role; the same password for all.
struct ServerFixture {
    static let password = "correct horse 42"
    /// 2026-12-09 10:00 in Chongqing (UTC+8).
    static let start: Int64 = 1_796_781_600

    /// The account of each role: a street account of 海棠溪街道, a recorder of 烟雨社区.
    static let accounts: [Account] = [
        Account(name: "admin", role: .admin, passwordHash: "plain:" + password, created: 0),
        Account(name: "haitangxi", role: .street, street: "haitangxi", passwordHash: "plain:" + password, created: 0),
        Account(name: "yanyu", role: .recorder, site: "haitangxi-yanyu", passwordHash: "plain:" + password, created: 0),
        Account(name: "viewer", role: .viewer, passwordHash: "plain:" + password, created: 0),
    ]

    let folder: URL
    let workspace: Workspace
    let web: SizhenWeb
    let clock: TestClock

    /// The fixture; with `copyingWorkflows`, over a copy of the files in its folder (`wf/`),
    /// which a test may edit.
    init(copyingWorkflows: Bool = false, configuration change: (inout ServerConfiguration) -> Void = { _ in }) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var workflows = Self.repository.appendingPathComponent("Workflows")
        if copyingWorkflows {
            try FileManager.default.copyItem(at: workflows, to: folder.appendingPathComponent("wf"))
            workflows = folder.appendingPathComponent("wf")
        }
        workspace = Workspace(workflowsFolder: workflows.path, database: folder.appendingPathComponent("sizhen.db").path, cache: WorkflowSetCache())
        guard let accounts = workspace.accountStore().value, let district = workspace.district().value else { throw FixtureError() }
        for account in Self.accounts { _ = try accounts.addAccount(account) }
        let clock = TestClock(Self.start)
        self.clock = clock
        let counter = TestClock(0)
        let environment = ServerEnvironment(now: { clock.now }, randomBytes: { count in
            // Distinct for every call, so that two sessions never share a token.
            counter.advance(by: 1)
            let seed = UInt8(truncatingIfNeeded: counter.now)
            return (0..<count).map { UInt8(truncatingIfNeeded: $0) &+ seed &* 31 }
        }, hasher: PlainHasher())
        var configuration = ServerConfiguration(workspace: workspace, whatIfFolder: folder.appendingPathComponent("whatif").path)
        change(&configuration)
        web = SizhenWeb(configuration: configuration, environment: environment, accounts: accounts, district: district)
    }

    struct FixtureError: Error {}

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `body` with a test client of the application.
    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = Application(router: ServerApplication.router(for: web))
        return try await app.test(.router, body)
    }

    func remove() {
        web.shutDown()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A signed-in client: its cookie and CSRF token.
struct Session: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields {
        [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf]
    }
}

extension TestClientProtocol {
    /// Signs `name` in through the form and reads its CSRF token from `/api/me`.
    func signIn(_ name: String, password: String = ServerFixture.password) async throws -> Session? {
        let form = "name=\(name)&password=\(password.replacingOccurrences(of: " ", with: "+"))"
        let cookie = try await execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                       body: ByteBuffer(string: form)) { response -> String? in
            guard response.status == .seeOther, let set = response.headers[.setCookie] else { return nil }
            return set.split(separator: ";").first.map(String.init)
        }
        guard let cookie else { return nil }
        let csrf = try await execute(uri: "/api/me", method: .get, headers: [.cookie: cookie]) { response -> String? in
            let me = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            return me?["csrfToken"] as? String
        }
        return csrf.map { Session(cookie: cookie, csrf: $0) }
    }
}

extension String {
    /// The body's text.
    init(response: TestResponse) { self = String(decoding: response.body.readableBytesView, as: UTF8.self) }
}
