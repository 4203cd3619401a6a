import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import SizhenServer

/// Every route × every role (and no account): admitted or refused as documented. The table
/// below is the one `docs/serve.md` shows under "Who may use what"; a route added without a
/// row here, or a row that differs from the route table, fails.
@Suite struct AuthorizationMatrixTests {
    static let all = "admin, street, recorder, viewer"
    static let documented: [(route: String, roles: String)] = [
        ("GET /", all),
        ("GET /login", "everyone"),
        ("POST /login", "everyone"),
        ("POST /logout", all),
        ("GET /account", all),
        ("POST /account/password", all),
        ("GET /style.css", "everyone"),
        ("GET /runsheet", "admin, street"),
        ("GET /calendar", all),
        ("GET /roster", "admin, street"),
        ("GET /report", "admin, street, viewer"),
        ("POST /close", "admin"),
        ("GET /plan", "admin"),
        ("POST /plan", "admin"),
        ("GET /upload", "admin, street, recorder"),
        ("POST /upload", "admin, street, recorder"),
        ("GET /sheets/{kind}", "admin, street, recorder"),
        ("POST /sheets/{kind}", "admin, street, recorder"),
        ("GET /cases", "admin, street, recorder"),
        ("GET /cases/{id}", "admin, street, recorder"),
        ("GET /records", "admin, street, recorder"),
        ("GET /records.csv", "admin, street, recorder"),
        ("GET /workflows", "admin"),
        ("GET /whatif", "admin"),
        ("POST /whatif", "admin"),
        ("GET /whatif/{id}", "admin"),
        ("GET /whatif/{id}/report", "admin"),
        ("GET /whatif/{id}/records.csv", "admin"),
        ("GET /api/me", all),
        ("POST /api/login", "everyone"),
        ("POST /api/logout", all),
        ("POST /api/password", all),
        ("GET /api/runsheet", "admin, street"),
        ("GET /api/calendar", all),
        ("GET /api/roster", "admin, street"),
        ("GET /api/report", "admin, street, viewer"),
        ("POST /api/close", "admin"),
        ("GET /api/plan", "admin"),
        ("POST /api/plan", "admin"),
        ("POST /api/intake", "admin, street, recorder"),
        ("POST /api/sheets/{kind}", "admin, street, recorder"),
        ("GET /api/cases", "admin, street, recorder"),
        ("GET /api/cases/{id}", "admin, street, recorder"),
        ("GET /api/records", "admin, street, recorder"),
        ("GET /api/validate", "admin"),
        ("POST /api/whatif", "admin"),
        ("GET /api/whatif/{id}", "admin"),
        ("GET /openapi.json", "everyone"),
    ]

    static func key(_ route: Route) -> String { route.method + " " + route.path }

    @Test func theRouteTableIsTheDocumentedOne() {
        let table = Route.all.map { (Self.key($0), $0.roleNames.joined(separator: ", ")) }
        #expect(table.map(\.0) == Self.documented.map(\.route))
        for (route, roles) in table {
            #expect(Self.documented.first { $0.route == route }?.roles == roles, "\(route)")
        }
    }

    @Test func docsServeShowsTheSameTable() throws {
        for file in ["docs/serve.md", "docs/zh/serve.md"] {
            let text = try String(contentsOf: ServerFixture.repository.appendingPathComponent(file), encoding: .utf8)
            for (route, roles) in Self.documented {
                #expect(text.contains("| `\(route)` | \(roles) |"), "\(file): \(route)")
            }
        }
    }

    /// A request of the route as a client would send it: the path's parameter filled in, a
    /// POST with its CSRF token (so that only the role decides).
    static func request(_ route: Route) -> (uri: String, method: HTTPRequest.Method, body: ByteBuffer?) {
        let uri = route.path.replacingOccurrences(of: "{id}", with: "jiezhen%2Fhaitangxi-yanyu%2F2026-12-09%2F1%231")
            .replacingOccurrences(of: "{kind}", with: "visitors") + (route.method == "GET" ? "?month=2026-12&date=2026-12-09" : "")
        return (uri, route.method == "POST" ? .post : .get, route.method == "POST" ? ByteBuffer(string: "x") : nil)
    }

    @Test(arguments: Route.all)
    func everyRoleIsAdmittedOrRefusedAsDocumented(route: Route) async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            let request = Self.request(route)
            // No account: a page sends to the sign-in form, the API says 401.
            try await client.execute(uri: request.uri, method: request.method, body: request.body) { response in
                if case .roles = route.access {
                    if route.kind == .page {
                        #expect(response.status == .seeOther && response.headers[.location] == "/login", "\(route.path)")
                    } else {
                        #expect(response.status == .unauthorized, "\(route.path)")
                    }
                } else {
                    #expect(response.status != .unauthorized && response.status != .forbidden, "\(route.path) \(response.status)")
                }
            }
            for account in ServerFixture.accounts {
                let session = try #require(try await client.signIn(account.name))
                try await client.execute(uri: request.uri, method: request.method, headers: session.headers, body: request.body) { response in
                    let refused = response.status == .forbidden || response.status == .unauthorized
                        || (response.status == .seeOther && response.headers[.location] == "/login" && response.headers[.setCookie] == nil)
                    // Against the documented table, not the route's own access: what the server enforces
                    // is what the documentation promises.
                    let documented = Self.documented.first { $0.route == Self.key(route) }?.roles ?? ""
                    let admitted = documented == "everyone" || documented.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                        .contains(account.role.rawValue)
                    #expect(refused == !admitted, "\(route.method) \(route.path) as \(account.role): \(response.status)")
                    if refused, route.kind == .api {
                        let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                        #expect(body?["code"] as? String == "server.forbidden")
                    }
                }
            }
        }
    }
}

extension Route: CustomTestStringConvertible {
    public var testDescription: String { method + " " + path }
}
