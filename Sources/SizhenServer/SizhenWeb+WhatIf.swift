import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenOperations
import SizhenReports

extension SizhenWeb {
    // MARK: The form and the list

    /// `GET /whatif`: the form (month, seed, one of the workflows folder's scenarios) and the
    /// jobs remembered, newest first.
    func whatIfPage(caller: Caller, route: Route, problem: Message? = nil, status: Int = 200) async -> WebResponse {
        let scenarios = await whatIfScenarios()
        var body = problem.map { "<p class=\"error\">" + HTMLText.escape(messages.render($0)) + "</p>\n" } ?? ""
        body += "<p>\(page.say(.whatIfHelp))</p>\n"
        body += "<form method=\"post\" action=\"/whatif\" class=\"filters no-print\">" + page.csrfField(caller)
            + "<label>\(page.say(.month)) <input name=\"month\" value=\"\(YearMonth(of: today()).description)\" required maxlength=\"7\" pattern=\"[0-9]{4}-[0-9]{2}\"></label>"
            + "<label>\(page.say(.seed)) <input name=\"seed\" inputmode=\"numeric\" maxlength=\"20\" pattern=\"[0-9]*\"></label>"
            + "<label>\(page.say(.scenario)) <select name=\"scenario\">"
            + scenarios.map { "<option value=\"\(HTMLText.escape($0.id))\">\(HTMLText.escape($0.id))</option>" }.joined()
            + "</select></label><button type=\"submit\">\(page.say(.whatIfStart))</button></form>\n"
        body += "<h2>\(page.say(.whatIfJobs))</h2>\n"
        let jobs = whatIfs.all()
        if jobs.isEmpty {
            body += "<p>\(page.say(.nothingFound))</p>\n"
        } else {
            body += "<table>\n<thead><tr><th>\(page.say(.month))</th><th>\(page.say(.seed))</th><th>\(page.say(.scenario))</th><th>\(page.say(.status))</th></tr></thead>\n<tbody>\n"
            for (job, ahead) in jobs {
                body += "<tr><td><a href=\"/whatif/\(job.id)\">\(HTMLText.escape(job.request.month))</a></td>"
                    + "<td>\(HTMLText.escape(job.request.seed ?? "—"))</td><td>\(HTMLText.escape(job.request.scenarioID))</td>"
                    + "<td>\(HTMLText.escape(messages.render(Self.statusWord(job.status, ahead: ahead))))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        return .html(page.render(title: messages.render(ServerMessage.whatIf()), caller: caller, body: body), status: status)
    }

    /// The scenarios of the workflows folder as the server reads it now: their ids and the files
    /// they were found in. A request names one by id; only these files are ever read.
    func whatIfScenarios() async -> [(id: String, file: String)] {
        let workspace = configuration.workspace
        let set = await offload { workspace.district().value }
        return (set?.scenarios ?? []).map { ($0.id, $0.location.file) }
    }

    /// The words of a job's status.
    static func statusWord(_ status: WhatIfQueue.Status, ahead: Int) -> Message {
        switch status {
        case .queued: ServerMessage.whatIfQueued(["ahead": .int(ahead)])
        case .running(let done, let total): ServerMessage.whatIfRunning(["done": .int(done), "total": .int(total),
                                                                         "percent": .int(total == 0 ? 0 : done * 100 / total)])
        case .done: ServerMessage.whatIfDone()
        case .failed: ServerMessage.whatIfFailed()
        }
    }

    // MARK: Queueing

    /// `POST /whatif` (form: month, seed, scenario) and `POST /api/whatif` (JSON): checks what was
    /// asked, queues it, and sends to the job's page (303) or answers its id (202).
    func whatIfSubmit(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let fields: [String: String]
        if route.kind == .api {
            guard let asked = try? JSONDecoder().decode(WhatIfAsked.self, from: Data(request.body)) else {
                return refusal(ServerMessage.badForm(), status: 400, on: route, caller: caller)
            }
            fields = ["month": asked.month, "seed": asked.seed?.text ?? "", "scenario": asked.scenario ?? ""]
        } else {
            guard let form = FormFields.parse(request.body) else { return refusal(ServerMessage.badForm(), status: 400, on: route, caller: caller) }
            fields = form
        }
        guard let month = fields["month"], !month.isEmpty else {
            return refusal(ServerMessage.missingField(["field": "month"]), status: 400, on: route, caller: caller)
        }
        guard month.utf8.count == 7, YearMonth(iso: month) != nil else {
            return refusal(ServerMessage.whatIfBadMonth(["value": QuotedText.clip(month)]), status: 400, on: route, caller: caller)
        }
        let seed = fields["seed"].flatMap { $0.isEmpty ? nil : $0 }
        if let seed, UInt64(seed) == nil {
            return refusal(ServerMessage.whatIfBadSeed(["value": QuotedText.clip(seed)]), status: 400, on: route, caller: caller)
        }
        let scenarios = await whatIfScenarios()
        let asked = fields["scenario"].flatMap { $0.isEmpty ? nil : $0 } ?? scenarios.first { $0.id == "default" }?.id ?? scenarios.first?.id ?? ""
        guard let scenario = scenarios.first(where: { $0.id == asked }) else {
            return refusal(ServerMessage.whatIfUnknownScenario(["name": QuotedText.clip(asked), "known": .list(scenarios.map { .text($0.id) })]),
                           status: 400, on: route, caller: caller)
        }
        let id = environment.randomBytes(16).map { String(format: "%02x", $0) }.joined()
        let job: WhatIfQueue.Job
        switch whatIfs.submit(WhatIfQueue.Request(month: month, seed: seed, scenarioID: scenario.id, scenarioFile: scenario.file), id: id) {
        case .success(let queued): job = queued
        case .failure(.full(let count)):
            var response = refusal(ServerMessage.whatIfQueueFull(["count": .int(count)]), status: 429, on: route, caller: caller)
            response.headers.append(("Retry-After", "60"))
            return response
        case .failure(.shuttingDown):
            return refusal(ServerMessage.whatIfShuttingDown(), status: 503, on: route, caller: caller)
        }
        if route.kind == .api {
            struct Queued: Encodable { var id: String }
            var response = WebResponse.json(APIJSON.encode(Queued(id: job.id)), status: 202)
            response.headers.append(("Location", "/api/whatif/\(job.id)"))
            return response
        }
        return .redirect(to: "/whatif/\(job.id)")
    }

    /// The JSON of `POST /api/whatif`: the seed as a number or as text.
    struct WhatIfAsked: Decodable {
        var month: String
        var seed: Seed?
        var scenario: String?

        enum Seed: Decodable {
            case number(UInt64), text(String)

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(UInt64.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
            }

            var text: String {
                switch self {
                case .number(let number): String(number)
                case .text(let text): text
                }
            }
        }
    }

    // MARK: A job

    /// The job a path names; nil for an id that is not 32 hex digits or not remembered.
    func whatIfJob(_ request: WebRequest) -> WhatIfQueue.Job? {
        let id = request.parameters["id"] ?? ""
        guard id.utf8.count == 32, id.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) })
        else { return nil }
        return whatIfs.job(id)
    }

    /// `GET /whatif/{id}` and `GET /api/whatif/{id}`: the job's progress (the page refreshes
    /// itself every 2 s while it is unfinished), then its summary or its diagnostics.
    func whatIfStatus(_ request: WebRequest, caller: Caller, route: Route) -> WebResponse {
        guard let job = whatIfJob(request) else { return refusal(ServerMessage.notFound(), status: 404, on: route, caller: caller) }
        let ahead = whatIfs.ahead(of: job.id)
        if route.kind == .api { return .json(whatIfJSON(job, ahead: ahead)) }
        let title = messages.render(ServerMessage.whatIfJob(["month": .text(job.request.month), "seed": .text(job.request.seed ?? "—"),
                                                            "scenario": .text(job.request.scenarioID)]))
        var body = "<p>" + HTMLText.escape(messages.render(Self.statusWord(job.status, ahead: ahead))) + "</p>\n"
        var head = ""
        switch job.status {
        case .queued:
            head = "<meta http-equiv=\"refresh\" content=\"2\">\n"
        case .running(let done, let total):
            head = "<meta http-equiv=\"refresh\" content=\"2\">\n"
            body += "<p><progress value=\"\(done)\" max=\"\(max(total, 1))\">\(done)/\(total)</progress></p>\n"
        case .done(let result):
            body += "<p class=\"warning\">\(page.say(.whatIfSimulated))</p>\n"
                + "<p><a href=\"/whatif/\(job.id)/report\">\(page.say(.whatIfReport))</a> · "
                + "<a href=\"/whatif/\(job.id)/records.csv\">\(page.say(.whatIfRecords))</a></p>\n"
                + "<pre class=\"summary\">" + HTMLText.escape(result.summaryText) + "</pre>\n"
                + page.diagnostics(result.diagnostics, sources: { _ in nil })
        case .failed(let diagnostics, let sources):
            body += page.diagnostics(diagnostics, sources: sources)
        }
        body += "<p class=\"no-print\"><a href=\"/whatif\">\(page.say(.whatIf))</a></p>\n"
        return .html(page.render(title: title, caller: caller, body: body, head: head))
    }

    /// A job as the API gives it: `{id, month, seed, scenario, status, done, total, ahead}`, with
    /// `summary` (the month's summary as `sizhen simulate --format json` writes it) when done
    /// and `diagnostics` when failed.
    func whatIfJSON(_ job: WhatIfQueue.Job, ahead: Int) -> String {
        var fields: [(String, String?)] = [("id", JSONText.string(job.id)), ("month", JSONText.string(job.request.month)),
                                          ("scenario", JSONText.string(job.request.scenarioID))]
        switch job.status {
        case .queued:
            fields += [("status", JSONText.string("queued")), ("ahead", String(ahead))]
        case .running(let done, let total):
            fields += [("status", JSONText.string("running")), ("done", String(done)), ("total", String(total))]
        case .done(let result):
            fields += [("status", JSONText.string("done")), ("seed", JSONText.string(String(result.seed))), ("summary", result.summaryJSON)]
        case .failed(let diagnostics, _):
            fields += [("status", JSONText.string("failed")), ("error", APIError.json(ServerMessage.failed(), diagnostics: diagnostics, messages: messages))]
        }
        return JSONText.object(fields)
    }

    /// `GET /whatif/{id}/report`: the simulated month's report (marked 模拟数据, as every
    /// simulation's report is), rendered when the job finished.
    func whatIfReport(_ request: WebRequest, caller: Caller, route: Route) -> WebResponse {
        guard let job = whatIfJob(request) else { return refusal(ServerMessage.notFound(), status: 404, on: route, caller: caller) }
        guard case .done(let result) = job.status else {
            return refusal(ServerMessage.whatIfNotDone(["id": .text(job.id)]), status: 409, on: route, caller: caller)
        }
        let back = "<p class=\"no-print\"><a href=\"/whatif/\(job.id)\">\(page.say(.whatIf))</a></p>\n"
        return ReportPage.response(result.reportHTML, extra: back, messages: messages)
    }

    /// `GET /whatif/{id}/records.csv`: the simulated month's records, as `/records.csv` gives the
    /// real ones, read from the job's own database.
    func whatIfRecords(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        guard let job = whatIfJob(request) else { return refusal(ServerMessage.notFound(), status: 404, on: route, caller: caller) }
        guard case .done = job.status else {
            return refusal(ServerMessage.whatIfNotDone(["id": .text(job.id)]), status: 409, on: route, caller: caller)
        }
        let workspace = Workspace(workflowsFolder: configuration.workspace.workflowsFolder, database: whatIfs.database(of: job.id),
                                  cache: configuration.workspace.cache)
        let operation = RecordsOperation(workspace: workspace, month: job.request.month, site: nil, type: nil, street: nil, includePersonal: true)
        let outcome = await offload { operation.run() }
        guard let listing = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        let csv = RecordsRendering(set: listing.set, personal: listing.personal).csv(listing.records)
        return WebResponse(status: 200, headers: [("Content-Type", "text/csv; charset=utf-8"),
                                                  ("Content-Disposition", "attachment; filename=\"whatif-\(job.request.month)-\(job.id.prefix(8)).csv\"")],
                           body: Array(csv.utf8))
    }

    // MARK: The work

    /// Simulates a job's month into its database, as `sizhen simulate --month M [--seed N]
    /// --scenario FILE --db DB --workflows DIR` does, then writes its report as `sizhen report
    /// --format html` does: run on the queue's worker thread.
    static func simulate(_ job: WhatIfQueue.Job, database: String, workspace served: Workspace, messages: MessageRenderer,
                         progress: @escaping @Sendable (Int, Int) -> Void, isCancelled: @escaping @Sendable () -> Bool) -> WhatIfQueue.Status {
        let workspace = Workspace(workflowsFolder: served.workflowsFolder, database: database, cache: served.cache)
        let request = job.request
        let operation = SimulateOperation(workspace: workspace, month: request.month, seed: request.seed, scenarioFile: request.scenarioFile,
                                          progress: { _, done, total in progress(done, total) }, isCancelled: isCancelled)
        let outcome = operation.run()
        guard let month = outcome.value?.base, outcome.succeeded else { return .failed(outcome.diagnostics, outcome.sources.lookup) }
        let report = ReportOperation(workspace: workspace, month: request.month, language: .chinese, format: .html).run()
        guard let html = report.value, report.succeeded else { return .failed(report.diagnostics, report.sources.lookup) }
        let title = messages.render(SummaryMessage.title(["month": .text(month.summary.month.description), "district": .text(month.set.district.name),
                                                          "seed": .text(String(month.seed)), "scenario": .text(month.scenario.id)]))
        return .done(WhatIfQueue.Result(seed: month.seed, summaryText: month.summary.text(title: title, messages: messages),
                                        summaryJSON: month.summary.json(workflowsFolder: month.set.folder), reportHTML: html,
                                        diagnostics: outcome.diagnostics))
    }
}
