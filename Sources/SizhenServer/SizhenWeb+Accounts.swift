import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
import SizhenReports

extension SizhenWeb {
    /// The start page of each role.
    func homePage(_ caller: Caller?) -> WebResponse {
        switch caller?.account.role {
        case .admin?, .street?: .redirect(to: "/runsheet")
        case .recorder?: .redirect(to: "/upload")
        case .viewer?: .redirect(to: "/report")
        case nil: .redirect(to: "/login")
        }
    }

    /// The sign-in form, with what went wrong last time.
    func loginPage(_ caller: Caller?, problem: Message?, status: Int = 200) -> WebResponse {
        var body = ""
        if let problem { body += "<p class=\"error\">" + HTMLText.escape(messages.render(problem)) + "</p>\n" }
        body += """
            <form method="post" action="/login" class="login">
            <p><label>\(page.say(.accountName)) <input name="name" autocomplete="username" required maxlength="64"></label></p>
            <p><label>\(page.say(.password)) <input name="password" type="password" autocomplete="current-password" required maxlength="200"></label></p>
            <p><button type="submit">\(page.say(.signIn))</button></p>
            </form>

            """
        return .html(page.render(title: messages.render(ServerMessage.signIn()), caller: nil, body: body), status: status)
    }

    /// What a sign-in attempt came to.
    enum SignIn {
        case signedIn(token: String, Caller)
        case refused(Message, status: Int)
    }

    /// Checks a name and password against the throttles and the store; opens a session.
    func signIn(name: String, password: String, address: String) async -> SignIn {
        let now = environment.now()
        if let wait = logins.retryAfter(account: name, address: address, now: now) {
            return .refused(ServerMessage.tooManyAttempts(["seconds": .int(Int(wait))]), status: 429)
        }
        // A password bcrypt cannot read whole is wrong without asking it; an unknown account
        // costs a hash all the same, so that the time taken does not tell which names exist.
        let readable = !password.isEmpty && password.utf8.count <= 72 && !password.utf8.contains(0)
        let account = try? accounts.account(named: name)
        let hasher = environment.hasher
        let matches = await offload {
            guard readable else { return false }
            guard let account else { _ = hasher.hash(password); return false }
            return hasher.verify(password, against: account.passwordHash)
        }
        logins.record(account: name, address: address, succeeded: matches, now: now)
        guard matches, let account, let opened = try? sessions.open(for: account.name) else {
            return .refused(ServerMessage.badCredentials(), status: 401)
        }
        return .signedIn(token: opened.token, Caller(account: account, session: opened.session))
    }

    /// The session cookie (or, with no token, the one that clears it).
    func sessionCookie(_ token: String?, _ request: WebRequest) -> (String, String) {
        var cookie = "\(SessionKeeper.cookie)=\(token ?? ""); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(token == nil ? 0 : configuration.sessionLifetime)"
        if configuration.secureCookies || request.isSecure { cookie += "; Secure" }
        return ("Set-Cookie", cookie)
    }

    /// `POST /login`.
    func login(_ request: WebRequest, route: Route) async -> WebResponse {
        guard let fields = FormFields.parse(request.body) else { return loginPage(nil, problem: ServerMessage.badForm(), status: 400) }
        guard let name = fields["name"], let password = fields["password"] else {
            return loginPage(nil, problem: ServerMessage.missingField(["field": .text(fields["name"] == nil ? "name" : "password")]), status: 400)
        }
        switch await signIn(name: name, password: password, address: request.address) {
        case .refused(let message, let status): return loginPage(nil, problem: message, status: status)
        case .signedIn(let token, _):
            var response = WebResponse.redirect(to: "/")
            response.headers.append(sessionCookie(token, request))
            return response
        }
    }

    /// `POST /logout` and `POST /api/logout`.
    func logout(_ request: WebRequest, route: Route) -> WebResponse {
        if let token = request.cookie(SessionKeeper.cookie) { try? sessions.close(token: token) }
        var response = route.kind == .api ? WebResponse.json("{}") : WebResponse.redirect(to: "/login")
        response.headers.append(sessionCookie(nil, request))
        return response
    }

    /// `POST /api/login` with `{"name": …, "password": …}`.
    func apiLogin(_ request: WebRequest, route: Route) async -> WebResponse {
        struct Credentials: Decodable { var name: String; var password: String }
        guard let credentials = try? JSONDecoder().decode(Credentials.self, from: Data(request.body)) else {
            return refusal(ServerMessage.badForm(), status: 400, on: route, caller: nil)
        }
        switch await signIn(name: credentials.name, password: credentials.password, address: request.address) {
        case .refused(let message, let status): return refusal(message, status: status, on: route, caller: nil)
        case .signedIn(let token, let caller):
            var response = apiMe(caller)
            response.headers.append(sessionCookie(token, request))
            return response
        }
    }

    /// `GET /api/me`: the account and the token its posts carry.
    func apiMe(_ caller: Caller) -> WebResponse {
        struct Me: Encodable { var name: String; var role: String; var street: String?; var site: String?; var csrfToken: String }
        let me = Me(name: caller.account.name, role: caller.account.role.rawValue, street: caller.account.street, site: caller.account.site,
                    csrfToken: caller.session.csrfToken)
        return .json(APIJSON.encode(me))
    }
}
