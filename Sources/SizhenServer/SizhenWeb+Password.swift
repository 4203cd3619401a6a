import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
import SizhenReports

extension SizhenWeb {
    /// `GET /account`: who is signed in, their scope, and the form that changes the password.
    func accountPage(_ caller: Caller, result: String? = nil, status: Int = 200) -> WebResponse {
        let account = caller.account
        var rows = [[messages.render(ServerMessage.accountName()), account.name],
                    [messages.render(ServerMessage.type()), messages.render(page.roleWord(account.role))]]
        if let street = account.street { rows.append([messages.render(ServerMessage.street()), district.street(street)?.name ?? street]) }
        if let site = account.site { rows.append([messages.render(ServerMessage.site()), district.community(site)?.name ?? site]) }
        var body = result ?? ""
        body += page.table([messages.render(ServerMessage.account()), ""], rows)
        body += """
            <h2>\(page.say(.changePassword))</h2>
            <p>\(page.say(.passwordRulesHelp, ["min": .int(AccountRules.minimumPasswordLength)]))</p>
            <form method="post" action="/account/password" class="login no-print">
            \(page.csrfField(caller))
            <p><label>\(page.say(.currentPassword)) <input name="current" type="password" autocomplete="current-password" required maxlength="200"></label></p>
            <p><label>\(page.say(.newPassword)) <input name="password" type="password" autocomplete="new-password" required maxlength="200" minlength="\(AccountRules.minimumPasswordLength)"></label></p>
            <p><label>\(page.say(.newPasswordAgain)) <input name="again" type="password" autocomplete="new-password" required maxlength="200"></label></p>
            <p><button type="submit">\(page.say(.changePassword))</button></p>
            </form>

            """
        return .html(page.render(title: messages.render(ServerMessage.account()), caller: caller, body: body), status: status)
    }

    /// `POST /account/password` and `POST /api/password`: the current password checked (and
    /// throttled as a sign-in is), the new one checked against the rules and stored; the
    /// account's other sessions end, this one stays signed in.
    func changePassword(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        struct Change: Decodable { var current: String; var password: String }
        let change: Change
        if route.kind == .api {
            guard let sent = try? JSONDecoder().decode(Change.self, from: Data(request.body)) else {
                return refusal(ServerMessage.badForm(), status: 400, on: route, caller: caller)
            }
            change = sent
        } else {
            guard let fields = FormFields.parse(request.body) else { return refusal(ServerMessage.badForm(), status: 400, on: route, caller: caller) }
            for field in ["current", "password", "again"] where fields[field] == nil {
                return passwordRefused(ServerMessage.missingField(["field": .text(field)]), status: 400, caller: caller, route: route)
            }
            guard fields["password"] == fields["again"] else { return passwordRefused(ServerMessage.passwordsDiffer(), status: 400, caller: caller, route: route) }
            change = Change(current: fields["current"] ?? "", password: fields["password"] ?? "")
        }
        let name = caller.account.name
        let now = environment.now()
        if let wait = logins.retryAfter(account: name, address: request.address, now: now) {
            return passwordRefused(ServerMessage.tooManyAttempts(["seconds": .int(Int(wait))]), status: 429, caller: caller, route: route)
        }
        let operation = UserPasswordOperation(workspace: configuration.workspace, name: name, current: change.current, password: change.password,
                                              keeping: caller.session.tokenDigest, hasher: environment.hasher)
        let outcome = await offload { operation.run() }
        let wrongCurrent = outcome.diagnostics.items.contains { $0.message.code == ServerMessage.wrongCurrentPassword.rawValue }
        // A wrong current password counts as a failed sign-in: the page must not be a way round
        // the throttle to guess a password with a stolen session.
        if wrongCurrent { logins.record(account: name, address: request.address, succeeded: false, now: now) }
        guard outcome.succeeded else {
            let first = outcome.diagnostics.items.first(where: \.isError)?.message ?? ServerMessage.failed()
            return passwordRefused(first, status: wrongCurrent ? 403 : 400, caller: caller, route: route)
        }
        let said = messages.render(ServerMessage.passwordChanged(["name": .text(name)]))
        if route.kind == .api { return .json(APIJSON.encode(["message": said])) }
        return accountPage(caller, result: "<p class=\"notice\">" + HTMLText.escape(said) + "</p>\n")
    }

    /// A password change refused: the account page with the reason, or the API's error.
    func passwordRefused(_ message: Message, status: Int, caller: Caller, route: Route) -> WebResponse {
        if route.kind == .api { return refusal(message, status: status, on: route, caller: caller) }
        return accountPage(caller, result: "<p class=\"error\">" + HTMLText.escape(messages.render(message)) + "</p>\n", status: status)
    }
}
