import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenOperations
import SizhenRecords
import SizhenReports

extension SizhenWeb {
    /// Today in the district's time zone, by the server's clock.
    func today() -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: district.district.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(environment.now())))
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(daysSinceEpoch: 0)
    }

    /// A query value, or nil when absent or empty.
    func value(_ request: WebRequest, _ name: String) -> String? {
        request.query[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A small GET form of filters, each a text field with its current value.
    func filterForm(_ action: String, _ fields: [(name: String, label: ServerMessage, value: String)]) -> String {
        var out = "<form method=\"get\" action=\"\(action)\" class=\"filters no-print\">"
        for field in fields {
            out += "<label>\(page.say(field.label)) <input name=\"\(field.name)\" value=\"\(HTMLText.escape(field.value))\" maxlength=\"100\"></label>"
        }
        return out + "<button type=\"submit\">\(page.say(.show))</button></form>\n"
    }

    // MARK: Run sheet

    /// `GET /runsheet` and `GET /api/runsheet`: the day's run sheet, a street's account seeing
    /// its own street.
    func runSheet(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let date = value(request, "date") ?? today().description
        let operation = RoundsOperation(workspace: configuration.workspace, date: date, marksShown: false, cache: runSheets)
        let outcome = await offload { operation.run() }
        guard var sheet = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        // A sheet kept by its revision is rendered once for each scope and format.
        let account = caller.account
        let scope = allowedSites(account) == nil ? "district" : "\(account.role.rawValue) \(account.street ?? "") \(account.site ?? "")"
        let key = sheet.revision.map { "\($0)\n\(scope)\n\(route.kind.rawValue)" }
        let rendered: String
        if let key, let kept = renderedSheets.value(for: key) {
            rendered = kept
        } else {
            if let sites = allowedSites(caller.account) { sheet = sheet.limited(to: sites.contains) }
            rendered = route.kind == .api ? sheet.json(messages: messages) : sheet.html(messages: messages)
            if let key { renderedSheets.keep(rendered, for: key) }
        }
        if route.kind == .api { return .json(rendered) }
        let body = filterForm("/runsheet", [("date", .date, date)]) + rendered
        return .html(page.render(title: messages.render(ServerMessage.runSheet()), caller: caller, body: body))
    }

    // MARK: Calendar and roster

    /// `GET /calendar` and `GET /api/calendar`: the month's sittings, with the dates a holiday
    /// moved and why (`sizhen schedule --month`); no one's personal data, so every role.
    func calendar(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let month = value(request, "month") ?? YearMonth(of: today()).description
        let site = value(request, "site")
        let operation = MonthScheduleOperation(workspace: configuration.workspace, month: month, site: site)
        let outcome = await offload { operation.run() }
        guard let found = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        let rendering = MonthScheduleRendering(set: found.set, messages: messages)
        if route.kind == .api { return .json(rendering.json(found.schedule)) }
        let body = filterForm("/calendar", [("month", .month, month), ("site", .site, site ?? "")])
            + "<pre class=\"calendar\">" + HTMLText.escape(rendering.table(found.schedule)) + "</pre>\n"
        return .html(page.render(title: messages.render(ServerMessage.calendar()), caller: caller, body: body))
    }

    /// `GET /roster` and `GET /api/roster`: who sits where and when, and why (`sizhen plan
    /// --month`, publishing a month not published yet as the run sheet does); with `person`,
    /// one person's month. A street's account sees its street.
    func roster(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let month = value(request, "month") ?? YearMonth(of: today()).description
        let person = value(request, "person")
        let operation = PlanOperation(workspace: configuration.workspace, month: month, person: person,
                                      street: caller.account.role == .street ? caller.account.street : nil)
        let outcome = await offload { operation.run() }
        guard let result = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        let rendering = PlanRendering(set: result.set, person: result.person, street: result.street, sessions: result.sessions, messages: messages)
        if route.kind == .api { return .json(rendering.json(result.plan, difference: result.difference)) }
        if result.person == nil {
            // The roster to print (排班表): the district's, or a street account's street, A4 landscape.
            let roster = RosterRendering(set: result.set, street: result.street, paperwork: Paperwork(madeOn: today(), settings: result.set.district.reports),
                                         messages: messages).html(result.plan)
            return ReportPage.response(roster, extra: "<div class=\"no-print\">" + filterForm("/roster", [("month", .month, month), ("person", .person, "")]) + "</div>",
                                       messages: messages)
        }
        let table = rendering.table(result.plan, audit: result.audit, explain: false, difference: result.difference,
                                    travelBuffer: result.options.travelBufferMinutes)
        let body = filterForm("/roster", [("month", .month, month), ("person", .person, person ?? "")])
            + "<pre class=\"roster\">" + HTMLText.escape(table) + "</pre>\n"
        return .html(page.render(title: messages.render(ServerMessage.roster()), caller: caller, body: body))
    }

    // MARK: Report

    /// `GET /report` and `GET /api/report`: the month's report as the command line writes it
    /// (HTML or JSON), a street's account getting its street's.
    func report(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let month = value(request, "month") ?? YearMonth(of: today()).description
        let operation = ReportOperation(workspace: configuration.workspace, month: month, language: .chinese, format: route.kind == .api ? .json : .html,
                                        street: caller.account.role == .street ? caller.account.street : nil)
        let outcome = await offload { operation.run() }
        guard let text = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        if route.kind == .api { return .json(text) }
        // The administrator closes the month from its report; the form is left out in print.
        let closing = caller.account.role == .admin
            ? "<form method=\"post\" action=\"/close\" class=\"no-print\">" + page.csrfField(caller)
                + "<input type=\"hidden\" name=\"month\" value=\"\(HTMLText.escape(month))\"><button type=\"submit\">"
                + page.say(.closeMonth, ["month": .text(month)]) + "</button></form>\n"
            : ""
        return ReportPage.response(text, extra: closing, messages: messages)
    }

    /// `POST /close` and `POST /api/close`: freezes a month's report (`sizhen close`).
    func close(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let month = route.kind == .api ? request.query["month"] : FormFields.parse(request.body)?["month"]
        guard let month else { return refusal(ServerMessage.missingField(["field": "month"]), status: 400, on: route, caller: caller) }
        let operation = CloseOperation(workspace: configuration.workspace, month: month)
        let outcome = await offload { operation.run() }
        guard let summary = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        if route.kind == .api {
            struct Closed: Encodable { var month: String; var records: Int; var adjustments: Int; var digest: String }
            return .json(APIJSON.encode(Closed(month: summary.month.description, records: summary.records, adjustments: summary.adjustments,
                                               digest: summary.digest)))
        }
        let said = messages.render(OperationMessage.closed(["month": .text(summary.month.description), "records": .int(summary.records),
                                                            "adjustments": .int(summary.adjustments), "digest": .text(summary.digest)]))
        let body = "<p class=\"notice\">" + HTMLText.escape(said) + "</p>\n<p><a href=\"/report?month=\(FormFields.encode(month))\">"
            + page.say(.report) + "</a></p>\n"
        return .html(page.render(title: messages.render(ServerMessage.report()), caller: caller, body: body))
    }

    // MARK: Cases

    /// `GET /cases` and `GET /api/cases`: the month's cases the account may see, searched.
    func caseList(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let month = value(request, "month") ?? YearMonth(of: today()).description
        let query = String((request.query["q"] ?? "").prefix(100))
        let operation = CaseListOperation(workspace: configuration.workspace, month: month, query: query, sites: allowedSites(caller.account))
        let outcome = await offload { operation.run() }
        guard let listing = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        let set = listing.set
        if route.kind == .api {
            struct Item: Encodable { var id: String; var workflow: String; var site: String?; var opened: String; var status: String }
            return .json(APIJSON.encode(listing.cases.map {
                Item(id: $0.engineCase.id, workflow: $0.engineCase.workflowID, site: $0.communityID, opened: $0.engineCase.openedOn.description,
                     status: $0.engineCase.status.rawValue)
            }))
        }
        var body = filterForm("/cases", [("month", .month, month), ("q", .search, query)])
        body += "<p>" + page.say(.caseCount, ["count": .int(listing.cases.count)]) + "</p>\n"
        body += "<table>\n<thead><tr><th>\(page.say(.cases))</th><th>\(page.say(.date))</th><th>\(page.say(.type))</th><th>\(page.say(.site))</th></tr></thead>\n<tbody>\n"
        for found in listing.cases {
            let engineCase = found.engineCase
            body += "<tr><td><a href=\"/cases/\(FormFields.encode(engineCase.id))\">\(HTMLText.escape(engineCase.id))</a></td>"
                + "<td>\(engineCase.openedOn)</td><td>\(HTMLText.escape(set.workflowName(engineCase.workflowID)))</td>"
                + "<td>\(HTMLText.escape(found.communityID.flatMap { set.community($0)?.name } ?? "—"))</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return .html(page.render(title: messages.render(ServerMessage.cases()), caller: caller, body: body))
    }

    /// `GET /cases/{id}` and `GET /api/cases/{id}`: a case's story, when the account may see
    /// its community.
    func caseStory(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let caseID = request.parameters["id"] ?? ""
        let operation = ExplainOperation(workspace: configuration.workspace, caseID: caseID)
        let outcome = await offload { operation.run() }
        guard let story = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        if let sites = allowedSites(caller.account), !(story.communityID.map(sites.contains) ?? false) {
            return refusal(ServerMessage.outsideScope(["what": .text(caseID), "name": .text(caller.account.name)]), status: 403, on: route, caller: caller)
        }
        if route.kind == .api {
            return .json(CaseStoryText.json(story.engineCase, events: story.events, facts: story.facts, messages: messages))
        }
        let text = CaseStoryText.render(story.engineCase, events: story.events, facts: story.facts, schema: story.schema, set: story.set, messages: messages)
        let body = "<pre class=\"story\">" + HTMLText.escape(text) + "</pre>\n"
        return .html(page.render(title: messages.render(ServerMessage.caseStory(["case": .text(caseID)])), caller: caller, body: body))
    }

    // MARK: Records

    /// `GET /records`, `/records.csv` and `/api/records`: the records the account may see,
    /// with residents' personal data only for the roles that need it.
    func records(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let account = caller.account
        let month = value(request, "month") ?? YearMonth(of: today()).description
        // A recorder sees their site whatever is asked; a street account its street.
        let site = account.role == .recorder ? account.site : value(request, "site")
        let type = value(request, "type")
        let operation = RecordsOperation(workspace: configuration.workspace, month: month, site: site, type: type,
                                         street: account.role == .street ? account.street : nil, includePersonal: seesPersonalData(account))
        let outcome = await offload { operation.run() }
        guard let listing = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        let rendering = RecordsRendering(set: listing.set, personal: listing.personal)
        switch route.action {
        case .apiRecords: return .json(rendering.json(listing.records))
        case .recordsCSV:
            return WebResponse(status: 200, headers: [("Content-Type", "text/csv; charset=utf-8"),
                                                      ("Content-Disposition", "attachment; filename=\"records-\(FormFields.encode(month)).csv\"")],
                               body: Array(rendering.csv(listing.records).utf8))
        default:
            var query = "month=\(FormFields.encode(month))"
            if let site { query += "&site=\(FormFields.encode(site))" }
            if let type { query += "&type=\(FormFields.encode(type))" }
            var body = filterForm("/records", [("month", .month, month), ("site", .site, site ?? ""), ("type", .type, type ?? "")])
            body += "<p>" + page.say(.recordCount, ["count": .int(listing.records.count)])
                + " <a class=\"no-print\" href=\"/records.csv?\(HTMLText.escape(query))\">\(page.say(.downloadCSV))</a></p>\n"
            body += listing.records.isEmpty ? "<p>\(page.say(.nothingFound))</p>\n"
                : "<pre class=\"records\">" + HTMLText.escape(rendering.table(listing.records, messages: messages)) + "</pre>\n"
            return .html(page.render(title: messages.render(ServerMessage.records()), caller: caller, body: body))
        }
    }

    // MARK: Workflow files

    /// `GET /workflows` and `GET /api/validate`: the files read and what `validate` says of them.
    func workflows(caller: Caller, route: Route) async -> WebResponse {
        let operation = ValidateOperation(workspace: configuration.workspace)
        let outcome = await offload { operation.run() }
        guard let report = outcome.value else { return failed(outcome, on: route, caller: caller) }
        let prefix = report.folder.hasSuffix("/") ? report.folder : report.folder + "/"
        let files = outcome.sources.paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
        if route.kind == .api {
            struct Listing: Encodable { var builtIn: Bool; var files: [String]; var errors: Int; var warnings: Int; var diagnostics: String }
            let errors = outcome.diagnostics.items.count(where: \.isError)
            let text = DiagnosticRenderer(messages: messages, sources: outcome.sources.lookup).render(outcome.diagnostics)
            return .json(APIJSON.encode(Listing(builtIn: report.isBuiltIn, files: report.isBuiltIn ? [] : files, errors: errors,
                                                warnings: report.warningCount, diagnostics: text)))
        }
        var body = report.isBuiltIn ? "<p>\(page.say(.noWorkflowsFolder))</p>\n" : page.table([messages.render(ServerMessage.file())], files.map { [$0] })
        body += "<h2>\(page.say(.validateTitle))</h2>\n"
        body += outcome.diagnostics.items.isEmpty ? "<p class=\"notice\">\(page.say(.noDiagnostics))</p>\n"
            : page.diagnostics(outcome.diagnostics, sources: outcome.sources.lookup)
        return .html(page.render(title: messages.render(ServerMessage.workflows()), caller: caller, body: body))
    }
}
