import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// The problems of a sheet's form, each at its row and column where it has one.
struct SheetProblems {
    /// Words by row of the form, then by column index.
    var cells: [Int: [Int: [String]]] = [:]
    /// Every problem as a line to list above the form, with its severity's class.
    var lines: [(isError: Bool, text: String)] = []
}

extension SizhenWeb {
    /// The rows a sheet's form shows unless `?rows=` asks for more.
    static let sheetRows = 8
    /// The most rows a sheet's form shows or reads.
    static let sheetRowLimit = 50

    /// `GET /sheets/{kind}`: an empty form of the sheet, the sites limited to the account's.
    func sheetForm(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        guard let kind = request.parameters["kind"].flatMap(SheetForm.Kind.init(rawValue:)) else {
            return refusal(ServerMessage.notFound(), status: 404, on: route, caller: caller)
        }
        let operation = SheetFormOperation(workspace: configuration.workspace, kind: kind, allowedSites: allowedSites(caller.account))
        let outcome = await offload { operation.run() }
        guard let form = outcome.value, outcome.succeeded else { return failed(outcome, on: route, caller: caller) }
        let rows = min(max(value(request, "rows").flatMap { Int($0) } ?? Self.sheetRows, 1), Self.sheetRowLimit)
        return sheetPage(form, caller: caller, rows: Array(repeating: [], count: rows), problems: SheetProblems(), result: nil)
    }

    /// `POST /sheets/{kind}` (the form) and `POST /api/sheets/{kind}` (JSON rows): the filled
    /// rows written as the sheet's CSV and recorded by the same import as an upload, all or
    /// nothing, under the account and its sites; a request id sent again gets the first answer.
    func sheet(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        guard let kind = request.parameters["kind"].flatMap(SheetForm.Kind.init(rawValue:)) else {
            return refusal(ServerMessage.notFound(), status: 404, on: route, caller: caller)
        }
        let fields = route.kind == .page ? FormFields.parse(request.body) : nil
        if route.kind == .page, fields == nil { return refusal(ServerMessage.badForm(), status: 400, on: route, caller: caller) }
        let sentID = Self.requestID(route.kind == .api ? request.headers["x-request-id"] : fields?["request"])
        let key = sentID.map { caller.account.name + "\n" + request.path + "\n" + $0 }
        if let key, let answered = uploads.value(for: key) { return answered }

        let sites = allowedSites(caller.account)
        let formOperation = SheetFormOperation(workspace: configuration.workspace, kind: kind, allowedSites: sites)
        let formOutcome = await offload { formOperation.run() }
        guard let form = formOutcome.value, formOutcome.succeeded else { return failed(formOutcome, on: route, caller: caller) }
        let rows: [[String]]
        switch route.kind == .api ? sheetRows(json: request.body, form: form) : sheetRows(fields: fields ?? [:], form: form) {
        case .success(let read): rows = read
        case .failure(let refused): return refusal(refused.message, status: 400, on: route, caller: caller)
        }
        let sheet = form.csv(rows)
        guard !sheet.records.isEmpty else {
            let nothing = ServerMessage.sheetNothingFilled()
            if route.kind == .api { return refusal(nothing, status: 400, on: route, caller: caller) }
            return sheetPage(form, caller: caller, rows: rows, problems: SheetProblems(lines: [(true, messages.render(nothing))]), result: nil, status: 400)
        }
        // Each submission is one of its own (see `IntakeImportOperation.submission`): the
        // account's request id, or for an API call without one a fresh id.
        let id = sentID ?? SessionKeeper.hex(environment.randomBytes(16))
        let name = "form-\(kind.rawValue)-\(today())-\(id.prefix(8)).csv"
        let operation = IntakeImportOperation(workspace: configuration.workspace, file: name, bytes: Array(sheet.text.utf8), account: caller.account.name,
                                              allowedSites: sites, submission: caller.account.name + "\n" + id)
        let outcome = await offload { operation.run() }
        let response = sheetResponse(outcome, form: form, sheet: sheet, file: name, rows: rows, caller: caller, route: route)
        if let key { uploads.keep(response, for: key) }
        return response
    }

    /// A refusal of what was sent before anything is imported.
    struct SheetRefusal: Error {
        var message: Message
    }

    /// The rows of the form's fields `r{row}c{column}` (both from 1), up to the last filled row.
    func sheetRows(fields: [String: String], form: SheetForm) -> Result<[[String]], SheetRefusal> {
        var cells: [Int: [Int: String]] = [:]
        var last = min(max(fields["rows"].flatMap { Int($0) } ?? 0, 0), Self.sheetRowLimit)
        for (name, text) in fields where name.hasPrefix("r") {
            let parts = name.dropFirst().split(separator: "c", maxSplits: 1)
            guard parts.count == 2, let row = Int(parts[0]), let column = Int(parts[1]), row >= 1, (1...form.columns.count).contains(column) else { continue }
            guard !text.isEmpty else { continue }
            guard row <= Self.sheetRowLimit else { return .failure(SheetRefusal(message: ServerMessage.sheetTooManyRows(["limit": .int(Self.sheetRowLimit)]))) }
            cells[row, default: [:]][column - 1] = text
            last = max(last, row)
        }
        return .success((0..<last).map { index in form.columns.indices.map { cells[index + 1]?[$0] ?? "" } })
    }

    /// The rows of `{"rows": [{column title or key: text}]}`; a number is taken as its text.
    func sheetRows(json body: [UInt8], form: SheetForm) -> Result<[[String]], SheetRefusal> {
        guard let document = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any], let objects = document["rows"] as? [Any] else {
            return .failure(SheetRefusal(message: ServerMessage.badForm()))
        }
        var rows: [[String]] = []
        for (index, object) in objects.enumerated() {
            guard let cells = object as? [String: Any] else { return .failure(SheetRefusal(message: ServerMessage.badForm())) }
            var row = Array(repeating: "", count: form.columns.count)
            for (name, value) in cells {
                guard let column = form.columnIndex(named: name) else {
                    return .failure(SheetRefusal(message: ServerMessage.sheetUnknownColumn(["row": .int(index + 1), "column": QuotedText.clip(name)])))
                }
                switch value {
                case let text as String: row[column] = text
                case let number as NSNumber: row[column] = number.stringValue
                case is NSNull: row[column] = ""
                default: return .failure(SheetRefusal(message: ServerMessage.badForm()))
                }
            }
            rows.append(row)
        }
        return .success(rows)
    }

    /// What the import said: the summary and a fresh form, or the form as sent with each
    /// problem at its row and column.
    func sheetResponse(_ outcome: Outcome<IntakeImportOperation.Summary>, form: SheetForm, sheet: SheetForm.Sheet, file: String, rows: [[String]],
                       caller: Caller, route: Route) -> WebResponse {
        let place = { (diagnostic: Diagnostic) -> (row: Int, column: Int)? in
            guard let location = diagnostic.location, location.file == file,
                  let row = sheet.row(atLine: location.line) else { return nil }
            return (row, min(max(location.column, 1), form.columns.count) - 1)
        }
        guard let summary = outcome.value, outcome.succeeded else {
            let first = outcome.diagnostics.items.first(where: \.isError)?.message ?? ServerMessage.failed()
            if route.kind == .api {
                return .json(APIError.json(first, diagnostics: outcome.diagnostics, messages: messages) { diagnostic in
                    place(diagnostic).map { (row: $0.row, field: form.columns[$0.column].title) }
                }, status: 400)
            }
            return sheetPage(form, caller: caller, rows: rows, problems: problems(outcome.diagnostics, form: form, place: place), result: nil, status: 400)
        }
        if route.kind == .api { return .json(importedJSON(summary)) }
        let said = summary.wasImportedBefore ? page.say(.importedBefore, ["file": .text(summary.file)])
            : page.say(.importedRows, ["file": .text(summary.file), "rows": .int(summary.rows + summary.reports + summary.sessions),
                                       "added": .int(summary.added), "corrected": .int(summary.corrected), "unchanged": .int(summary.unchanged)])
        return sheetPage(form, caller: caller, rows: Array(repeating: [], count: max(rows.count, Self.sheetRows)),
                         problems: problems(outcome.diagnostics, form: form, place: place), result: "<p class=\"notice\">" + said + "</p>\n")
    }

    /// The diagnostics as problems: at their row and column, the others listed only.
    func problems(_ diagnostics: Diagnostics, form: SheetForm, place: (Diagnostic) -> (row: Int, column: Int)?) -> SheetProblems {
        var problems = SheetProblems()
        for diagnostic in diagnostics.items {
            var message = diagnostic.message
            let placed = place(diagnostic)
            if let placed {
                // The intake's place (`第 16 列（…）`) names the CSV's column; the form's row and
                // column's title take its place.
                let at = ServerMessage.sheetCellPlace(["row": .int(placed.row), "column": .text(form.columns[placed.column].title)])
                message = message["place"] != nil ? message.with("place", .message(at)) : ServerMessage.sheetCellProblem(["place": .message(at), "message": .message(message)])
            }
            var words = messages.render(message)
            if let hint = diagnostic.hint { words += " " + messages.render(hint) }
            if let placed { problems.cells[placed.row, default: [:]][placed.column, default: []].append(words) }
            problems.lines.append((diagnostic.isError, words))
        }
        return problems
    }

    /// The page of a sheet's form: what the last submission said, its problems, and the rows
    /// with their values, a fresh request id, and links to the other sheets and to more rows.
    func sheetPage(_ form: SheetForm, caller: Caller, rows: [[String]], problems: SheetProblems, result: String?, status: Int = 200) -> WebResponse {
        let requestID = SessionKeeper.hex(environment.randomBytes(16))
        let path = "/sheets/" + form.kind.rawValue
        var body = result ?? ""
        if !problems.lines.isEmpty {
            body += "<ul class=\"problems\">\n" + problems.lines.map { "<li class=\"\($0.isError ? "error" : "warning")\">" + HTMLText.escape($0.text) + "</li>\n" }.joined()
                + "</ul>\n"
        }
        body += sheetLinks(upload: true) + "\n<p>" + page.say(.sheetHelp) + "</p>\n"
        body += "<form method=\"post\" action=\"\(path)\" class=\"sheet no-print\">\n" + page.csrfField(caller)
            + "<input type=\"hidden\" name=\"request\" value=\"\(requestID)\"><input type=\"hidden\" name=\"rows\" value=\"\(rows.count)\">\n"
        if form.columns.contains(where: { if case .people = $0.input { true } else { false } }) {
            body += "<datalist id=\"people\">" + form.people.map { "<option value=\"\(HTMLText.escape($0.value))\">\(HTMLText.escape($0.label))</option>" }.joined()
                + "</datalist>\n"
        }
        body += "<div class=\"sheet-scroll\"><table class=\"sheet\">\n<thead><tr><th>\(page.say(.sheetRow))</th>"
            + form.columns.map { "<th>" + HTMLText.escape($0.title) + "</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            body += "<tr><th>\(index + 1)</th>"
            for (column, definition) in form.columns.enumerated() {
                let name = "r\(index + 1)c\(column + 1)"
                let found = problems.cells[index + 1]?[column] ?? []
                let input = Self.input(definition.input, name: name, label: definition.title, value: column < row.count ? row[column] : "", isInvalid: !found.isEmpty)
                body += (found.isEmpty ? "<td>" : "<td class=\"invalid\">") + input
                    + found.map { "<div class=\"cell-error\">" + HTMLText.escape($0) + "</div>" }.joined() + "</td>"
            }
            body += "</tr>\n"
        }
        let more = min(rows.count + Self.sheetRows, Self.sheetRowLimit)
        body += "</tbody>\n</table></div>\n<p><button type=\"submit\">\(page.say(.send))</button>"
        if more > rows.count { body += " <a href=\"\(path)?rows=\(more)\">" + page.say(.sheetMoreRows, ["rows": .int(more)]) + "</a>" }
        body += "</p>\n</form>\n"
        let title = messages.render(ServerMessage.sheets()) + "：" + messages.render(Self.sheetTitle(form.kind)())
        return .html(page.render(title: title, caller: caller, body: body), status: status)
    }

    /// The links to the three sheets' forms (and to the upload page).
    func sheetLinks(upload: Bool) -> String {
        "<p class=\"no-print\">" + page.say(.sheetOtherSheets) + " "
            + SheetForm.Kind.allCases.map { "<a href=\"/sheets/\($0.rawValue)\">" + page.say(Self.sheetTitle($0)) + "</a>" }.joined(separator: " · ")
            + (upload ? " · <a href=\"/upload\">" + page.say(.upload) + "</a>" : "") + "</p>"
    }

    /// The words naming a sheet.
    static func sheetTitle(_ kind: SheetForm.Kind) -> ServerMessage {
        switch kind {
        case .visitors: .sheetVisitors
        case .visits: .sheetVisits
        case .panels: .sheetPanels
        }
    }

    /// One cell's input, holding `value` as sent (a value not among a list's choices is kept
    /// as an extra choice, so that nothing typed is lost on the way back).
    static func input(_ input: SheetForm.Input, name: String, label: String, value: String, isInvalid: Bool) -> String {
        let common = "name=\"\(name)\" aria-label=\"\(HTMLText.escape(label))\"" + (isInvalid ? " aria-invalid=\"true\"" : "")
        let shown = HTMLText.escape(value)
        switch input {
        case .date:
            // A value a date input cannot hold (sent by hand, not by a browser) stays as text.
            let isDay = value.isEmpty || IntakeDateText.isISO(value)
            return "<input \(common) type=\"\(isDay ? "date" : "text")\" value=\"\(shown)\" maxlength=\"20\">"
        case .choice(let choices):
            var options = "<option value=\"\"></option>"
            if !value.isEmpty, !choices.contains(where: { $0.value == value }) { options += "<option value=\"\(shown)\" selected>\(shown)</option>" }
            for choice in choices {
                options += "<option value=\"\(HTMLText.escape(choice.value))\"" + (choice.value == value ? " selected" : "") + ">" + HTMLText.escape(choice.label) + "</option>"
            }
            return "<select \(common)>" + options + "</select>"
        case .number:
            return "<input \(common) inputmode=\"numeric\" value=\"\(shown)\" maxlength=\"12\" class=\"number\">"
        case .decimal:
            return "<input \(common) inputmode=\"decimal\" value=\"\(shown)\" maxlength=\"20\" class=\"number\">"
        case .text(let limit):
            // Free text may hold line breaks, which a one-line input would drop.
            if limit >= SheetForm.textLimit || value.contains(where: \.isNewline) {
                return "<textarea \(common) rows=\"1\" maxlength=\"\(max(limit, value.count))\">" + shown + "</textarea>"
            }
            return "<input \(common) value=\"\(shown)\" maxlength=\"\(max(limit, value.count))\">"
        case .people(let limit):
            return "<input \(common) list=\"people\" value=\"\(shown)\" maxlength=\"\(max(limit, value.count))\">"
        }
    }
}

/// A date as a date input holds it: `YYYY-MM-DD`.
enum IntakeDateText {
    static func isISO(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) }
    }
}
