import SizhenRecords

/// One route of the web application: its method and path, who may use it, whether it answers
/// with a page or JSON, how large a body it reads, and what it does in the OpenAPI document.
/// The routes are registered from `Route.all`, the OpenAPI document is written from it, and
/// the authorization matrix test (and `docs/serve.md`) hold it to the documented table.
public struct Route: Sendable, Hashable {
    /// Who may use a route.
    public enum Access: Sendable, Hashable {
        /// Anyone, signed in or not.
        case everyone
        /// Signed-in accounts of these roles.
        case roles(Set<Account.Role>)

        /// Whether `role` (nil: not signed in) may use it.
        public func admits(_ role: Account.Role?) -> Bool {
            switch self {
            case .everyone: true
            case .roles(let roles): role.map(roles.contains) ?? false
            }
        }
    }

    /// A page for the browser or a JSON endpoint of the API.
    public enum Kind: String, Sendable, Hashable {
        /// HTML for the browser: a refusal is a page, a missing session a redirection.
        case page
        /// JSON: a refusal is `{code, message, arguments}`, a missing session 401.
        case api
    }

    /// What the handler does (`SizhenWeb.handle`).
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// The pages, in the order of `all`.
        case home, loginForm, login, logout, account, changePassword, style, runSheet, calendar, roster, report, uploadForm, upload, sheetForm, sheet, cases,
             caseStory, records, recordsCSV, workflows, close, plan, publish, whatIfForm, whatIfSubmit, whatIfJob, whatIfReport, whatIfRecords
        /// The API and its description.
        case apiMe, apiLogin, apiLogout, apiPassword, apiRunSheet, apiCalendar, apiRoster, apiReport, apiIntake, apiSheet, apiCases, apiCase, apiRecords,
             apiValidate, apiClose, apiPlan, apiPublish, apiWhatIfSubmit, apiWhatIfJob, openAPI
    }

    /// `GET` or `POST`.
    public var method: String
    /// The path, with `{name}` for a parameter (Hummingbird's own syntax).
    public var path: String
    /// Who may use it.
    public var access: Access
    /// Page or API.
    public var kind: Kind
    /// What it does.
    public var action: Action
    /// The largest body read, in bytes (0 for a GET).
    public var bodyLimit: Int
    /// One line for the OpenAPI document.
    public var summary: String
    /// The query parameters it reads, for the OpenAPI document.
    public var queryParameters: [String]

    /// Form posts: 64 KB.
    public static let formLimit = 64 * 1024
    /// A sheet's form or its JSON: 1 MB (50 rows of long notes and opinions, URL-encoded).
    public static let sheetLimit = 1024 * 1024
    /// Sheet uploads: 8 MB, the intake reader's own limit.
    public static let uploadLimit = 8 * 1024 * 1024

    static let everyRole: Access = .roles(Set(Account.Role.allCases))
    static let staff: Access = .roles([.admin, .street, .recorder])
    static let district: Access = .roles([.admin, .street])
    static let reports: Access = .roles([.admin, .street, .viewer])
    static let admin: Access = .roles([.admin])

    static func get(_ path: String, _ access: Access, _ kind: Kind, _ action: Action, _ summary: String, query: [String] = []) -> Route {
        Route(method: "GET", path: path, access: access, kind: kind, action: action, bodyLimit: 0, summary: summary, queryParameters: query)
    }

    static func post(_ path: String, _ access: Access, _ kind: Kind, _ action: Action, _ summary: String, limit: Int = formLimit,
                     query: [String] = []) -> Route {
        Route(method: "POST", path: path, access: access, kind: kind, action: action, bodyLimit: limit, summary: summary, queryParameters: query)
    }

    /// Every route. Nothing else is served: no route reads a file named by a request.
    public static let all: [Route] = [
        get("/", everyRole, .page, .home, "The start page of the account's role"),
        get("/login", .everyone, .page, .loginForm, "The sign-in form"),
        post("/login", .everyone, .page, .login, "Signs in (form: name, password)"),
        post("/logout", everyRole, .page, .logout, "Signs out (form: csrf)"),
        get("/account", everyRole, .page, .account, "The signed-in account, with the form that changes its password"),
        post("/account/password", everyRole, .page, .changePassword,
             "Changes the account's password (form: csrf, current, password, again); its other sessions end"),
        get("/style.css", .everyone, .page, .style, "The pages' style sheet (compiled in)"),
        get("/runsheet", district, .page, .runSheet, "Today's run sheet by street", query: ["date"]),
        get("/calendar", everyRole, .page, .calendar, "The month's calendar of sittings, with moved dates and their reasons", query: ["month", "site"]),
        get("/roster", district, .page, .roster, "The month's roster (the published plan); one person's month with person", query: ["month", "person"]),
        get("/report", reports, .page, .report, "The month's report (HTML)", query: ["month"]),
        post("/close", admin, .page, .close, "Closes a month: its report frozen (form: csrf, month)"),
        get("/plan", admin, .page, .plan, "A month's publication: the plan the files give, what re-publishing would change", query: ["month"]),
        post("/plan", admin, .page, .publish,
             "Publishes or re-publishes a month (form: csrf, month, action, token); refused when it would do other than what was shown"),
        get("/upload", staff, .page, .uploadForm, "The sheet upload form"),
        post("/upload", staff, .page, .upload, "Records a sheet (multipart: csrf, request, file)", limit: uploadLimit),
        get("/sheets/{kind}", staff, .page, .sheetForm, "A sheet as a form (kind: visitors, visits or panels)", query: ["rows"]),
        post("/sheets/{kind}", staff, .page, .sheet, "Records a sheet's form (form: csrf, request, rows, r{row}c{column})", limit: sheetLimit),
        get("/cases", staff, .page, .cases, "Cases of a month, searched", query: ["month", "q"]),
        get("/cases/{id}", staff, .page, .caseStory, "A case's whole story"),
        get("/records", staff, .page, .records, "Service records, filtered", query: ["month", "site", "type"]),
        get("/records.csv", staff, .page, .recordsCSV, "Service records as CSV", query: ["month", "site", "type"]),
        get("/workflows", admin, .page, .workflows, "The workflow files with their validate diagnostics"),
        get("/whatif", admin, .page, .whatIfForm, "The what-if simulation form and the simulations queued, running and done"),
        post("/whatif", admin, .page, .whatIfSubmit, "Queues a what-if simulation (form: csrf, month, seed, scenario)"),
        get("/whatif/{id}", admin, .page, .whatIfJob, "A what-if simulation: its progress, then its summary or its diagnostics"),
        get("/whatif/{id}/report", admin, .page, .whatIfReport, "A finished what-if simulation's report (HTML, marked 模拟数据)"),
        get("/whatif/{id}/records.csv", admin, .page, .whatIfRecords, "A finished what-if simulation's records as CSV"),
        get("/api/me", everyRole, .api, .apiMe, "The signed-in account and its CSRF token"),
        post("/api/login", .everyone, .api, .apiLogin, "Signs in (JSON: name, password); sets the session cookie"),
        post("/api/logout", everyRole, .api, .apiLogout, "Signs out"),
        post("/api/password", everyRole, .api, .apiPassword, "Changes the password (JSON: current, password); the account's other sessions end"),
        get("/api/runsheet", district, .api, .apiRunSheet, "A day's run sheet", query: ["date"]),
        get("/api/calendar", everyRole, .api, .apiCalendar, "The month's calendar of sittings", query: ["month", "site"]),
        get("/api/roster", district, .api, .apiRoster, "The month's roster; one person's month with person", query: ["month", "person"]),
        get("/api/report", reports, .api, .apiReport, "The month's report (JSON)", query: ["month"]),
        post("/api/close", admin, .api, .apiClose, "Closes a month", query: ["month"]),
        get("/api/plan", admin, .api, .apiPlan, "A month's publication and what publishing it now would change, with its token", query: ["month"]),
        post("/api/plan", admin, .api, .apiPublish, "Publishes or re-publishes a month (action: publish or republish; token: what GET /api/plan gave)",
             query: ["month", "action", "token"]),
        post("/api/intake", staff, .api, .apiIntake, "Records a sheet (body: the CSV; headers X-CSRF-Token, X-Request-Id)", limit: uploadLimit,
             query: ["file"]),
        post("/api/sheets/{kind}", staff, .api, .apiSheet, "Records a sheet's rows (JSON: {rows: [{column title or key: text}]}; headers X-CSRF-Token, X-Request-Id)",
             limit: sheetLimit),
        get("/api/cases", staff, .api, .apiCases, "Cases of a month, searched", query: ["month", "q"]),
        get("/api/cases/{id}", staff, .api, .apiCase, "A case's whole story"),
        get("/api/records", staff, .api, .apiRecords, "Service records, filtered", query: ["month", "site", "type"]),
        get("/api/validate", admin, .api, .apiValidate, "The workflow files' validate diagnostics"),
        post("/api/whatif", admin, .api, .apiWhatIfSubmit, "Queues a what-if simulation (JSON: month, seed, scenario); 202 with its id"),
        get("/api/whatif/{id}", admin, .api, .apiWhatIfJob, "A what-if simulation's status, progress and summary"),
        get("/openapi.json", .everyone, .api, .openAPI, "This document"),
    ]
}
