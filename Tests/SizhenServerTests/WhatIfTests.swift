import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SizhenDiagnostics
import SizhenOperations
import Testing
@testable import SizhenServer

/// The what-if simulations of `/whatif`: a job runs on its own thread to the same month as
/// `sizhen simulate`, its progress shown while other requests are answered; hostile values are
/// refused; the queue keeps its bounds and stops with the server.
@Suite struct WhatIfTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The job's API status until `isEnough` says so (or ten minutes have passed).
    static func poll(_ client: some TestClientProtocol, _ session: Session, id: String,
                     until isEnough: ([String: Any]) -> Bool) async throws -> [String: Any] {
        let clock = ContinuousClock()
        let start = clock.now
        while true {
            let status = try await client.execute(uri: "/api/whatif/\(id)", method: .get, headers: session.headers) { RouteTests.json($0) }
            if isEnough(status) || clock.now - start > .seconds(600) { return status }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// How long a few pages take, in milliseconds (printed, never asserted).
    static func latencies(_ client: some TestClientProtocol, _ session: Session) async throws -> [Int64] {
        let clock = ContinuousClock()
        var out: [Int64] = []
        for uri in ["/api/me", "/whatif", "/workflows", "/cases?month=2026-12", "/calendar?month=2026-12"] {
            let start = clock.now
            try await client.execute(uri: uri, method: .get, headers: session.headers) { #expect($0.status == .ok, "\(uri)") }
            let took = clock.now - start
            out.append(took.components.seconds * 1000 + took.components.attoseconds / 1_000_000_000_000_000)
        }
        return out
    }

    static func isFinished(_ status: [String: Any]) -> Bool {
        ["done", "failed"].contains(status["status"] as? String ?? "done")
    }

    @Test func aJobRunsToTheSameMonthAsTheCommandLineWhileOtherRequestsAreAnswered() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let (id, other) = try await fixture.test { client -> (String, String) in
            let admin = try #require(try await client.signIn("admin"))
            try await client.execute(uri: "/whatif", method: .get, headers: admin.headers) { response in
                let page = String(response: response)
                #expect(response.status == .ok)
                #expect(page.contains("<select name=\"scenario\"><option value=\"default\">default</option></select>"))
                #expect(page.contains("<a href=\"/whatif\">模拟推演</a>"), "the navigation links the page")
            }
            let idle = try await Self.latencies(client, admin)
            var form = Self.form
            form[.cookie] = admin.cookie
            let location = try await client.execute(uri: "/whatif", method: .post, headers: form,
                                                    body: ByteBuffer(string: "csrf=\(admin.csrf)&month=2026-12&seed=7&scenario=default")) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            let id = String(location.dropFirst("/whatif/".count))
            #expect(id.count == 32)
            // Three more through the API (the queue's bound, 4): they wait behind the first and keep
            // the worker busy while the other requests below are measured.
            var others: [String] = []
            for seed in [8, 9, 10] {
                let queued = try await client.execute(uri: "/api/whatif", method: .post, headers: admin.headers,
                                                      body: ByteBuffer(string: #"{"month": "2026-12", "seed": \#(seed)}"#)) { response in
                    #expect(response.status == .accepted)
                    return RouteTests.json(response)["id"] as? String ?? ""
                }
                others.append(queued)
            }
            let other = others[0]
            // Progress: a day done, not the month.
            let running = try await Self.poll(client, admin, id: id) {
                Self.isFinished($0) || ($0["done"] as? Int ?? 0) > 0
            }
            #expect(running["status"] as? String == "running", "\(running)")
            #expect(running["total"] as? Int == 31)
            try await client.execute(uri: location, method: .get, headers: admin.headers) { response in
                let page = String(response: response)
                #expect(page.contains("<meta http-equiv=\"refresh\" content=\"2\">"))
                #expect(page.contains("运行中：已模拟") && page.contains("<progress value="), "\(page)")
            }
            // Other pages are answered while the simulations run.
            let during = try await Self.latencies(client, admin)
            let last = try await client.execute(uri: "/api/whatif/\(others[2])", method: .get, headers: admin.headers) { RouteTests.json($0) }
            #expect(!Self.isFinished(last), "the requests were answered before the simulations were done")
            print("what-if: the same pages (ms) with no simulation \(idle), while simulations ran \(during)")
            let done = try await Self.poll(client, admin, id: id, until: Self.isFinished)
            #expect(done["status"] as? String == "done", "\(done)")
            #expect(done["seed"] as? String == "7" && done["summary"] is [String: Any], "\(done)")
            try await client.execute(uri: location, method: .get, headers: admin.headers) { response in
                let page = String(response: response)
                #expect(!page.contains("http-equiv=\"refresh\""))
                #expect(page.contains("以下均为模拟数据") && page.contains("/whatif/\(id)/report") && page.contains("/whatif/\(id)/records.csv"))
            }
            try await client.execute(uri: "/whatif/\(id)/report", method: .get, headers: admin.headers) { response in
                #expect(response.status == .ok)
                #expect(String(response: response).contains("模拟数据"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("'sha256-") == true)
            }
            try await client.execute(uri: "/whatif/\(id)/records.csv", method: .get, headers: admin.headers) { response in
                #expect(response.status == .ok && response.headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(String(response: response).split(whereSeparator: \.isNewline).count > 10, "\(String(response: response).prefix(500))")
            }
            try await client.execute(uri: "/whatif", method: .get, headers: admin.headers) { response in
                #expect(String(response: response).contains("<a href=\"/whatif/\(id)\">2026-12</a>"))
            }
            _ = try await Self.poll(client, admin, id: other, until: Self.isFinished)
            return (id, other)
        }
        // The command line's month: the same operation, the same files, month, seed and scenario.
        guard case .done(let served)? = fixture.web.whatIfs.job(id)?.status, case .done(let second)? = fixture.web.whatIfs.job(other)?.status else {
            Issue.record("the jobs are not done")
            return
        }
        let database = fixture.folder.appendingPathComponent("cli.db").path
        let workspace = Workspace(workflowsFolder: fixture.workspace.workflowsFolder, database: database)
        let scenario = ServerFixture.repository.appendingPathComponent("Workflows/scenarios/default.yaml").path
        let simulated = try #require(SimulateOperation(workspace: workspace, month: "2026-12", seed: "7", scenarioFile: scenario).run().value)
        let report = try #require(ReportOperation(workspace: workspace, month: "2026-12", language: .chinese, format: .html).run().value)
        let digest = { (text: String) in SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        print("what-if: summary \(digest(served.summaryJSON).prefix(16)), report \(digest(served.reportHTML).prefix(16)); "
            + "command line: summary \(digest(simulated.base.summary.json(workflowsFolder: simulated.base.set.folder)).prefix(16)), report \(digest(report).prefix(16))")
        #expect(served.summaryJSON == simulated.base.summary.json(workflowsFolder: simulated.base.set.folder))
        #expect(served.reportHTML == report)
        #expect(second.summaryJSON != served.summaryJSON, "another seed, another month")
    }

    @Test func hostileValuesAreRefusedWithTheirCodesAndQueueNothing() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let admin = try #require(try await client.signIn("admin"))
            let cases: [(body: String, code: String)] = [
                (#"{"month": "2026-13"}"#, "server.whatif.bad-month"),
                (#"{"month": "2026-1"}"#, "server.whatif.bad-month"),
                (#"{"month": "../../etc/passwd"}"#, "server.whatif.bad-month"),
                (#"{"month": "2026-12", "seed": "99999999999999999999999"}"#, "server.whatif.bad-seed"),
                (#"{"month": "2026-12", "seed": "-1"}"#, "server.whatif.bad-seed"),
                (#"{"month": "2026-12", "seed": 1.5}"#, "server.bad-form"),
                (#"{"month": "2026-12", "scenario": "../../../etc/passwd"}"#, "server.whatif.unknown-scenario"),
                (#"{"month": "2026-12", "scenario": "scenarios/default.yaml"}"#, "server.whatif.unknown-scenario"),
                (#"{"month": "2026-12", "scenario": "/etc/passwd"}"#, "server.whatif.unknown-scenario"),
                (#"{"seed": 7}"#, "server.bad-form"),
                (#"["2026-12"]"#, "server.bad-form"),
            ]
            for (body, code) in cases {
                try await client.execute(uri: "/api/whatif", method: .post, headers: admin.headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    #expect(RouteTests.json(response)["code"] as? String == code, "\(body): \(String(response: response))")
                }
            }
            var form = Self.form
            form[.cookie] = admin.cookie
            try await client.execute(uri: "/whatif", method: .post, headers: form,
                                     body: ByteBuffer(string: "csrf=\(admin.csrf)&month=2026-12&scenario=..%2F..%2Fetc%2Fpasswd")) { response in
                #expect(response.status == .badRequest)
                #expect(String(response: response).contains("流程文件夹中没有情景“../../etc/passwd”；现有情景：default"), "\(String(response: response))")
            }
            try await client.execute(uri: "/whatif", method: .post, headers: form, body: ByteBuffer(string: "month=2026-12")) { response in
                #expect(response.status == .forbidden, "no CSRF token, no job")
            }
            for uri in ["/whatif/0123456789abcdef0123456789abcdef", "/whatif/..%2F..%2Fetc%2Fpasswd", "/whatif/0123456789abcdef0123456789abcdef/report",
                        "/whatif/0123456789ABCDEF0123456789ABCDEF/records.csv", "/api/whatif/x"] {
                try await client.execute(uri: uri, method: .get, headers: admin.headers) { response in
                    #expect(response.status == .notFound, "\(uri)")
                }
            }
            #expect(fixture.web.whatIfs.all().isEmpty)
        }
    }

    @Test func aFullQueueIsRefusedWithItsCode() async throws {
        let fixture = try ServerFixture { $0.whatIfLimit = 0 }
        defer { fixture.remove() }
        try await fixture.test { client in
            let admin = try #require(try await client.signIn("admin"))
            try await client.execute(uri: "/api/whatif", method: .post, headers: admin.headers, body: ByteBuffer(string: #"{"month": "2026-12"}"#)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "60")
                #expect(RouteTests.json(response)["code"] as? String == "server.whatif.queue-full")
            }
        }
    }

    /// A queue whose work waits for the test to let it go.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var isOpen = false
        private(set) var started: [String] = []

        func pass(_ id: String, isCancelled: () -> Bool) {
            condition.lock()
            started.append(id)
            condition.broadcast()
            while !isOpen && !isCancelled() { condition.wait(until: Date().addingTimeInterval(0.01)) }
            condition.unlock()
        }

        func open() {
            condition.lock()
            isOpen = true
            condition.broadcast()
            condition.unlock()
        }

        func waitForStart(count: Int) {
            condition.lock()
            while started.count < count { condition.wait() }
            condition.unlock()
        }
    }

    static func queue(limit: Int, kept: Int, gate: Gate) -> WhatIfQueue {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-whatif-test-\(UUID().uuidString)")
        return WhatIfQueue(folder: folder, limit: limit, kept: kept) { job, database, progress, isCancelled in
            FileManager.default.createFile(atPath: database, contents: Data("db".utf8))
            progress(1, 31)
            gate.pass(job.id, isCancelled: isCancelled)
            return .failed(Diagnostics())
        }
    }

    static let request = WhatIfQueue.Request(month: "2026-12", seed: nil, scenarioID: "default", scenarioFile: nil)

    @Test func theQueueHoldsItsBoundAndForgetsTheOldestFinishedJobWithItsDatabase() throws {
        let gate = Gate()
        let queue = Self.queue(limit: 2, kept: 2, gate: gate)
        defer { queue.shutDown() }
        #expect(throws: Never.self) { try queue.submit(Self.request, id: "a").get() }
        #expect(throws: Never.self) { try queue.submit(Self.request, id: "b").get() }
        #expect(queue.submit(Self.request, id: "c").failure == .full(2))
        gate.waitForStart(count: 1)
        if case .running(1, 31)? = queue.job("a")?.status {} else { Issue.record("a is not running: \(String(describing: queue.job("a")?.status))") }
        #expect(queue.ahead(of: "b") == 1)
        gate.open()
        gate.waitForStart(count: 2)
        while queue.all().contains(where: { !$0.job.status.isFinished }) { Thread.sleep(forTimeInterval: 0.01) }
        #expect(FileManager.default.fileExists(atPath: queue.database(of: "a")))
        // A third job: two are kept, so the oldest finished one goes, and its database with it.
        #expect(throws: Never.self) { try queue.submit(Self.request, id: "c").get() }
        #expect(queue.job("a") == nil && queue.job("b") != nil && queue.job("c") != nil)
        #expect(!FileManager.default.fileExists(atPath: queue.database(of: "a")))
    }

    @Test func shuttingDownStopsTheRunningJobSkipsTheQueuedAndDeletesTheFolder() throws {
        let gate = Gate()
        let queue = Self.queue(limit: 3, kept: 3, gate: gate)
        _ = queue.submit(Self.request, id: "a")
        _ = queue.submit(Self.request, id: "b")
        gate.waitForStart(count: 1)
        #expect(FileManager.default.fileExists(atPath: queue.folder.path))
        queue.shutDown()
        #expect(gate.started == ["a"], "the queued job never started")
        #expect(!FileManager.default.fileExists(atPath: queue.folder.path))
        #expect(queue.submit(Self.request, id: "c").failure == .shuttingDown)
    }

    @Test func aCancelledSimulationStopsAfterItsFirstDayWithItsCode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let days = TestClock(0)
        let workspace = Workspace(workflowsFolder: ServerFixture.repository.appendingPathComponent("Workflows").path,
                                  database: folder.appendingPathComponent("cancelled.db").path)
        let outcome = SimulateOperation(workspace: workspace, month: "2026-12", progress: { _, _, _ in days.advance(by: 1) },
                                        isCancelled: { true }).run()
        #expect(outcome.value == nil)
        #expect(days.now == 1)
        #expect(outcome.diagnostics.items.map(\.message.code) == ["operation.simulation-cancelled"])
    }
}

extension Swift.Result {
    var failure: Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}
