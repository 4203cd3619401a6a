import Foundation
import SizhenDiagnostics
import SizhenModel
import SizhenOperations
import SizhenRecords
import SizhenReports

/// Someone signed in: their account, their session and its token.
struct Caller: Sendable {
    var account: Account
    var session: AccountSession
}

/// The web application without its server: each route's handler, the sign-in, the checks of
/// who may do what, and the refusals. `ServerApplication` registers `Route.all` with
/// Hummingbird and hands each request here; the tests call it through Hummingbird's test client.
public final class SizhenWeb: Sendable {
    let configuration: ServerConfiguration
    let environment: ServerEnvironment
    let accounts: any AccountStoring
    /// The district's files as they were when the server started: the streets and sites that
    /// scope the accounts. The operations read the files again on every request.
    let district: WorkflowSet
    let sessions: SessionKeeper
    let logins = LoginGuard()
    /// The answers to uploads and forms, by account and request id.
    let uploads = KeptValues<String, WebResponse>(capacity: 1_000)
    /// The run sheets last made, while neither the files nor the database have changed.
    let runSheets = RunSheetCache()
    /// Those sheets rendered, by revision, scope and format (a district's sheet is 400 KB of HTML).
    let renderedSheets = KeptValues<String, String>(capacity: 32)
    let messages = MessageRenderer(book: .sizhen, language: .chinese)
    /// The what-if simulations, one at a time on a thread of their own.
    let whatIfs: WhatIfQueue

    /// The application over an accounts store and a district.
    public init(configuration: ServerConfiguration, environment: ServerEnvironment, accounts: any AccountStoring, district: WorkflowSet) {
        self.configuration = configuration
        self.environment = environment
        self.accounts = accounts
        self.district = district
        sessions = SessionKeeper(store: accounts, environment: environment, lifetime: configuration.sessionLifetime)
        // The simulations' databases: a folder of the server's own, never a name from a request.
        let folder = configuration.whatIfFolder.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-whatif-" + environment.randomBytes(8).map { String(format: "%02x", $0) }.joined())
        let served = configuration.workspace
        let messages = MessageRenderer(book: .sizhen, language: .chinese)
        whatIfs = WhatIfQueue(folder: folder, limit: configuration.whatIfLimit, kept: configuration.whatIfKept) { job, database, progress, isCancelled in
            SizhenWeb.simulate(job, database: database, workspace: served, messages: messages, progress: progress, isCancelled: isCancelled)
        }
    }

    /// Stops what runs beside the requests: the running simulation after its current day (the
    /// queued ones never start), and deletes the simulations' folder. Called when the server
    /// has stopped.
    public func shutDown() {
        whatIfs.shutDown()
    }

    var page: Page { Page(messages: messages) }

    /// The response to `request` on `route`: authenticated, authorized, checked for its CSRF
    /// token, then handled. Never throws: every failure is a page or a JSON error.
    public func respond(to request: WebRequest, on route: Route) async -> WebResponse {
        do {
            let caller = try sessions.find(token: request.cookie(SessionKeeper.cookie) ?? "").map { Caller(account: $0.1, session: $0.0) }
            if case .roles = route.access {
                guard let caller else {
                    return route.kind == .page ? .redirect(to: "/login") : refusal(ServerMessage.signInRequired(), status: 401, on: route, caller: nil)
                }
                guard route.access.admits(caller.account.role) else {
                    return refusal(ServerMessage.forbidden(["role": .text(caller.account.role.rawValue)]), status: 403, on: route, caller: caller)
                }
                if request.method == "POST", !hasValidCSRF(request, caller: caller) {
                    return refusal(ServerMessage.badCSRF(), status: 403, on: route, caller: caller)
                }
            } else if request.method == "POST", !isSameOrigin(request) {
                return refusal(ServerMessage.badCSRF(), status: 403, on: route, caller: caller)
            }
            return try await handle(route.action, request, caller: caller, route: route)
        } catch {
            // The words for the user say only that it is in the log: the error may name a path
            // or a table that is none of a browser's business.
            FileHandle.standardError.write(Data("sizhen serve: \(request.method) \(request.path): \(error)\n".utf8))
            return refusal(ServerMessage.unexpected(), status: 500, on: route, caller: nil)
        }
    }

    /// The action's handler; `caller` is nil only on the routes open to everyone.
    func handle(_ action: Route.Action, _ request: WebRequest, caller: Caller?, route: Route) async throws -> WebResponse {
        switch action {
        case .home: return homePage(caller)
        case .loginForm: return loginPage(caller, problem: nil)
        case .login: return await login(request, route: route)
        case .logout, .apiLogout: return logout(request, route: route)
        case .style: return WebResponse(status: 200, headers: [("Content-Type", "text/css; charset=utf-8"), ("Cache-Control", "max-age=3600")],
                                        body: Array(Page.css.utf8))
        case .openAPI: return .json(OpenAPIDocument.json(routes: Route.all))
        case .apiLogin: return await apiLogin(request, route: route)
        case .apiMe: return apiMe(try required(caller))
        default: break
        }
        let caller = try required(caller)
        switch action {
        case .runSheet, .apiRunSheet: return await runSheet(request, caller: caller, route: route)
        case .calendar, .apiCalendar: return await calendar(request, caller: caller, route: route)
        case .roster, .apiRoster: return await roster(request, caller: caller, route: route)
        case .report, .apiReport: return await report(request, caller: caller, route: route)
        case .uploadForm: return uploadPage(caller, result: nil)
        case .upload, .apiIntake: return await upload(request, caller: caller, route: route)
        case .sheetForm: return await sheetForm(request, caller: caller, route: route)
        case .sheet, .apiSheet: return await sheet(request, caller: caller, route: route)
        case .cases, .apiCases: return await caseList(request, caller: caller, route: route)
        case .caseStory, .apiCase: return await caseStory(request, caller: caller, route: route)
        case .records, .recordsCSV, .apiRecords: return await records(request, caller: caller, route: route)
        case .workflows, .apiValidate: return await workflows(caller: caller, route: route)
        case .account: return accountPage(caller)
        case .changePassword, .apiPassword: return await changePassword(request, caller: caller, route: route)
        case .plan, .apiPlan: return await planPage(request, caller: caller, route: route)
        case .publish, .apiPublish: return await publishPlan(request, caller: caller, route: route)
        case .close, .apiClose: return await close(request, caller: caller, route: route)
        case .whatIfForm: return await whatIfPage(caller: caller, route: route)
        case .whatIfSubmit, .apiWhatIfSubmit: return await whatIfSubmit(request, caller: caller, route: route)
        case .whatIfJob, .apiWhatIfJob: return whatIfStatus(request, caller: caller, route: route)
        case .whatIfReport: return whatIfReport(request, caller: caller, route: route)
        case .whatIfRecords: return await whatIfRecords(request, caller: caller, route: route)
        default: return refusal(ServerMessage.notFound(), status: 404, on: route, caller: caller)
        }
    }

    struct NoCaller: Error {}

    func required(_ caller: Caller?) throws -> Caller {
        guard let caller else { throw NoCaller() }
        return caller
    }

    // MARK: Checks

    /// The form's `csrf` field or the `X-CSRF-Token` header equals the session's token.
    func hasValidCSRF(_ request: WebRequest, caller: Caller) -> Bool {
        if let header = request.headers["x-csrf-token"] { return SessionKeeper.same(header, caller.session.csrfToken) }
        let sent: String?
        if request.mediaType == "multipart/form-data" {
            sent = Multipart(contentType: request.headers["content-type"] ?? "", body: request.body)?.field("csrf")
        } else {
            sent = FormFields.parse(request.body)?["csrf"]
        }
        return sent.map { SessionKeeper.same($0, caller.session.csrfToken) } ?? false
    }

    /// A post without a session (signing in) that names its origin must come from this host.
    func isSameOrigin(_ request: WebRequest) -> Bool {
        guard let origin = request.headers["origin"], origin != "null" else { return true }
        guard let host = request.headers["host"] else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    /// The communities an account may see the people and cases of; nil for every one.
    func allowedSites(_ account: Account) -> Set<String>? {
        switch account.role {
        case .admin, .viewer: return nil
        case .street: return Set(district.district.communities.filter { $0.streetID == account.street }.map(\.id))
        case .recorder: return Set([account.site].compactMap { $0 })
        }
    }

    /// Whether an account sees residents' names, phone numbers and ID numbers: those who
    /// record them and those who follow the cases up; never a viewer.
    func seesPersonalData(_ account: Account) -> Bool { account.role != .viewer }

    // MARK: Responses

    /// A refusal or failure: a page with the message, or `{code, message, arguments}`.
    func refusal(_ message: Message, status: Int, on route: Route, caller: Caller?, diagnostics: Diagnostics = Diagnostics(),
                 sources: @escaping DiagnosticRenderer.SourceLookup = { _ in nil }) -> WebResponse {
        if route.kind == .api {
            return .json(APIError.json(message, diagnostics: diagnostics, messages: messages), status: status)
        }
        let body = "<p class=\"error\">" + HTMLText.escape(messages.render(message)) + "</p>\n" + page.diagnostics(diagnostics, sources: sources)
            + "<p class=\"no-print\"><a href=\"/\">\(page.say(.back))</a></p>\n"
        return .html(page.render(title: messages.render(ServerMessage.errorTitle()), caller: caller, body: body), status: status)
    }

    /// The refusal of an operation that failed: 400 with its diagnostics.
    func failed<Value>(_ outcome: Outcome<Value>, on route: Route, caller: Caller) -> WebResponse {
        let first = outcome.diagnostics.items.first(where: \.isError)?.message ?? ServerMessage.failed()
        return refusal(first, status: 400, on: route, caller: caller, diagnostics: outcome.diagnostics, sources: outcome.sources.lookup)
    }

    /// Runs a blocking operation (SQLite, the files, bcrypt) on a thread of its own, so that it
    /// never holds up the threads that serve the other requests.
    func offload<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }
}
