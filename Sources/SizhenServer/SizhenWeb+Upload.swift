import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
import SizhenReports

extension SizhenWeb {
    /// A request id as the forms make them: 32 hex digits; anything else is no id.
    static func requestID(_ text: String?) -> String? {
        guard let text, text.utf8.count == 32, text.utf8.allSatisfy(SessionKeeper.isHexDigit) else { return nil }
        return text
    }

    /// The name a sheet is recorded under: the last part of what the browser sent, without
    /// control characters, at most 100 characters; `upload.csv` when nothing is left.
    static func sheetName(_ sent: String?) -> String {
        let last = (sent ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init).prefix(100))
        return clean.isEmpty ? "upload.csv" : clean
    }

    /// `GET /upload`: the form, with a fresh request id, and the answer to the last upload.
    func uploadPage(_ caller: Caller, result: String?, status: Int = 200) -> WebResponse {
        let requestID = SessionKeeper.hex(environment.randomBytes(16))
        var body = result ?? ""
        body += """
            <p>\(page.say(.uploadHelp))</p>
            \(sheetLinks(upload: false))
            <form method="post" action="/upload" enctype="multipart/form-data" class="upload no-print">
            \(page.csrfField(caller))<input type="hidden" name="request" value="\(requestID)">
            <p><label>\(page.say(.file)) <input type="file" name="file" accept=".csv,text/csv" required></label></p>
            <p><button type="submit">\(page.say(.send))</button></p>
            </form>

            """
        return .html(page.render(title: messages.render(ServerMessage.upload()), caller: caller, body: body), status: status)
    }

    /// `POST /upload` (the form) and `POST /api/intake` (the CSV as the body): the sheet
    /// imported whole or not at all, every fact marked with the account, rows of sites the
    /// account may not record refused at their lines.
    func upload(_ request: WebRequest, caller: Caller, route: Route) async -> WebResponse {
        let bytes: [UInt8]
        let name: String
        let sentID: String?
        if route.kind == .api {
            bytes = request.body
            name = Self.sheetName(request.query["file"])
            sentID = request.headers["x-request-id"]
        } else {
            guard let form = Multipart(contentType: request.headers["content-type"] ?? "", body: request.body) else {
                return refusal(ServerMessage.badForm(), status: 400, on: route, caller: caller)
            }
            guard let file = form.part("file") else {
                return refusal(ServerMessage.missingField(["field": "file"]), status: 400, on: route, caller: caller)
            }
            bytes = file.bytes
            name = Self.sheetName(file.fileName)
            sentID = form.field("request")
        }
        let key = Self.requestID(sentID).map { caller.account.name + "\n" + $0 }
        if let key, let answered = uploads.value(for: key) { return answered }
        let operation = IntakeImportOperation(workspace: configuration.workspace, file: name, bytes: bytes, account: caller.account.name,
                                              allowedSites: allowedSites(caller.account))
        let outcome = await offload { operation.run() }
        let response = uploadResponse(outcome, caller: caller, route: route)
        if let key { uploads.keep(response, for: key) }
        return response
    }

    /// What an import did, as the API's JSON.
    func importedJSON(_ summary: IntakeImportOperation.Summary) -> String {
        struct Imported: Encodable {
            var file: String; var importedBefore: Bool; var rows: Int; var reports: Int; var sessions: Int
            var added: Int; var corrected: Int; var unchanged: Int; var records: Int
        }
        return APIJSON.encode(Imported(file: summary.file, importedBefore: summary.wasImportedBefore, rows: summary.rows, reports: summary.reports,
                                       sessions: summary.sessions, added: summary.added, corrected: summary.corrected,
                                       unchanged: summary.unchanged, records: summary.records))
    }

    func uploadResponse(_ outcome: Outcome<IntakeImportOperation.Summary>, caller: Caller, route: Route) -> WebResponse {
        guard let summary = outcome.value, outcome.succeeded else {
            if route.kind == .api { return failed(outcome, on: route, caller: caller) }
            let first = outcome.diagnostics.items.first(where: \.isError)?.message ?? ServerMessage.failed()
            let result = "<p class=\"error\">" + HTMLText.escape(messages.render(first)) + "</p>\n"
                + page.diagnostics(outcome.diagnostics, sources: outcome.sources.lookup)
            return uploadPage(caller, result: result, status: 400)
        }
        if route.kind == .api { return .json(importedJSON(summary)) }
        let said = summary.wasImportedBefore ? page.say(.importedBefore, ["file": .text(summary.file)])
            : page.say(.importedRows, ["file": .text(summary.file), "rows": .int(summary.rows + summary.reports + summary.sessions),
                                       "added": .int(summary.added), "corrected": .int(summary.corrected), "unchanged": .int(summary.unchanged)])
        let result = "<p class=\"notice\">" + said + "</p>\n" + page.diagnostics(outcome.diagnostics, sources: outcome.sources.lookup)
        return uploadPage(caller, result: result)
    }
}
