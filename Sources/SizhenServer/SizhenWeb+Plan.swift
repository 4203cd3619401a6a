import SizhenCalendar
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
import SizhenReports

extension SizhenWeb {
    /// `GET /plan` and `GET /api/plan`: where a month's publication stands and what publishing
    /// it now would store (`sizhen plan --month M` against the database, writing nothing), with
    /// the button that confirms exactly that.
    func planPage(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let month = value(request, "month") ?? YearMonth(of: today()).description
        let outcome = await preview(month)
        guard let result = outcome.value, outcome.succeeded, let state = result.publication else { return failed(outcome, on: route, caller: caller) }
        if route.kind == .api { return .json(publicationJSON(month, result, state)) }
        return .html(page.render(title: messages.render(ServerMessage.plan()), caller: caller,
                                 body: filterForm("/plan", [("month", .month, month)]) + publicationSection(month, result, state, caller: caller)))
    }

    /// `POST /plan` and `POST /api/plan`: publishes a month not published yet, or re-publishes
    /// one, when what it would store is still what the page showed (its token); otherwise
    /// nothing is written and the new difference is shown to be confirmed again.
    func publishPlan(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let fields = route.kind == .api ? request.query : (FormFields.parse(request.body) ?? [:])
        for field in ["month", "action", "token"] where (fields[field] ?? "").isEmpty {
            return refusal(ServerMessage.missingField(["field": .text(field)]), status: 400, on: route, caller: caller)
        }
        let month = fields["month"] ?? ""
        let publishing: PlanOperation.Publishing
        switch fields["action"] {
        case "publish": publishing = .publish
        case "republish": publishing = .republish
        default: return refusal(ServerMessage.badForm(), status: 400, on: route, caller: caller)
        }
        let operation = PlanOperation(workspace: configuration.workspace, month: month, publishing: publishing,
                                      confirming: fields["token"])
        let outcome = await offload { operation.run() }
        guard let result = outcome.value, outcome.succeeded else {
            let changed = outcome.diagnostics.items.contains { $0.message.code == OperationMessage.planChangedSinceShown.rawValue }
            guard changed, route.kind == .page else {
                let refused = failed(outcome, on: route, caller: caller)
                return changed ? WebResponse(status: 409, headers: refused.headers, body: refused.body) : refused
            }
            // What was shown is out of date: say so, and show what publishing would do now.
            let now = await preview(month)
            var body = "<p class=\"error\">" + HTMLText.escape(messages.render(OperationMessage.planChangedSinceShown(["month": .text(month)]))) + "</p>\n"
            if let result = now.value, now.succeeded, let state = result.publication {
                body += publicationSection(month, result, state, caller: caller)
            } else {
                body += page.diagnostics(now.diagnostics, sources: now.sources.lookup)
            }
            return .html(page.render(title: messages.render(ServerMessage.plan()), caller: caller, body: body), status: 409)
        }
        let rendering = PlanRendering(set: result.set, person: nil, messages: messages)
        let changes = result.difference.map(rendering.differenceSummary) ?? ""
        if route.kind == .api {
            struct Published: Encodable { var month: String; var published: Bool; var moved: Int; var added: Int; var removed: Int }
            return .json(APIJSON.encode(Published(month: month, published: true, moved: result.difference?.moved.count ?? 0,
                                                  added: result.difference?.added.count ?? 0, removed: result.difference?.removed.count ?? 0)))
        }
        var body = "<p class=\"notice\">" + page.say(.planPublished, ["month": .text(month), "changes": .text(changes)]) + "</p>\n"
        if let difference = result.difference, !difference.isEmpty {
            let rows = rendering.differenceRows(difference)
            body += page.table(rows.header, rows.rows)
        }
        body += "<p><a href=\"/roster?month=\(FormFields.encode(month))\">\(page.say(.roster))</a></p>\n"
        return .html(page.render(title: messages.render(ServerMessage.plan()), caller: caller, body: body))
    }

    /// What publishing `month` would do now, writing nothing.
    func preview(_ month: String) async -> Outcome<PlanOperation.Result> {
        let operation = PlanOperation(workspace: configuration.workspace, month: month, publishing: .preview)
        return await offload { operation.run() }
    }

    /// The state of a month's publication, the changes publishing would make, and the form that
    /// confirms them (carrying the token of what is shown).
    func publicationSection(_ month: String, _ result: PlanOperation.Result, _ state: PlanOperation.PublicationState, caller: Caller) -> String {
        let rendering = PlanRendering(set: result.set, person: nil, messages: messages)
        var body = ""
        if !state.isPublished {
            body += "<p>" + page.say(.planNew, ["month": .text(month), "seats": .int(result.plan.assignments.count),
                                                "unfilled": .int(result.plan.unfilled.count)]) + "</p>\n"
        } else if state.changedFiles.isEmpty {
            body += "<p class=\"notice\">" + page.say(.planUnchanged, ["month": .text(month)]) + "</p>\n"
        } else {
            body += "<p class=\"warning\">" + page.say(.planFilesChanged, ["month": .text(month), "count": .int(state.changedFiles.count),
                                                                         "files": .texts(state.changedFiles.prefix(20))]) + "</p>\n"
        }
        if state.isPublished {
            body += "<p>" + (state.firstDay.map { page.say(.planFrom, ["from": .text($0.description)]) } ?? page.say(.planPassed, ["month": .text(month)]))
                + "</p>\n"
            if let difference = result.difference {
                body += "<p>" + HTMLText.escape(rendering.differenceSummary(difference)) + "</p>\n"
                if !difference.isEmpty {
                    let rows = rendering.differenceRows(difference)
                    body += page.table(rows.header, rows.rows)
                }
            }
        }
        let action = state.isPublished ? "republish" : "publish"
        let button = state.isPublished ? page.say(.republishMonth, ["month": .text(month)]) : page.say(.publishMonth, ["month": .text(month)])
        body += "<form method=\"post\" action=\"/plan\" class=\"no-print\">" + page.csrfField(caller)
            + "<input type=\"hidden\" name=\"month\" value=\"\(HTMLText.escape(month))\">"
            + "<input type=\"hidden\" name=\"action\" value=\"\(action)\">"
            + "<input type=\"hidden\" name=\"token\" value=\"\(HTMLText.escape(state.token))\">"
            + "<button type=\"submit\">\(button)</button></form>\n"
        return body
    }

    /// `GET /api/plan`'s answer.
    func publicationJSON(_ month: String, _ result: PlanOperation.Result, _ state: PlanOperation.PublicationState) -> String {
        struct Change: Encodable { var change: String; var occurrence: String; var slot: String; var from: String?; var to: String? }
        struct Publication: Encodable {
            var month: String; var published: Bool; var changedFiles: [String]; var firstDay: String?; var token: String
            var seats: Int; var unfilled: Int; var changes: [Change]
        }
        var changes: [Change] = []
        if let difference = result.difference {
            changes += difference.moved.map { Change(change: "moved", occurrence: $0.after.occurrence, slot: $0.after.slot, from: $0.before.person, to: $0.after.person) }
            changes += difference.added.map { Change(change: "added", occurrence: $0.occurrence, slot: $0.slot, from: nil, to: $0.person) }
            changes += difference.removed.map {
                Change(change: "removed", occurrence: $0.assignment.occurrence, slot: $0.assignment.slot, from: $0.assignment.person, to: nil)
            }
        }
        return APIJSON.encode(Publication(month: month, published: state.isPublished, changedFiles: state.changedFiles, firstDay: state.firstDay?.description,
                                          token: state.token, seats: result.plan.assignments.count, unfilled: result.plan.unfilled.count, changes: changes))
    }
}
