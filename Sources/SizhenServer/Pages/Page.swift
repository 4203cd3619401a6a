import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
import SizhenReports

/// The frame of every page: a title, the navigation the account's role may use, the sign-out
/// form, the content. No script and no inline style (the Content-Security-Policy forbids
/// both); the style sheet is `/style.css`, compiled in, with print rules that leave out the
/// navigation and the forms.
struct Page {
    let messages: MessageRenderer

    func say(_ word: ServerMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String {
        HTMLText.escape(messages.render(word(arguments)))
    }

    /// A whole page; `caller` nil for the sign-in page; `head` adds to the document's head
    /// (a running simulation's page refreshes itself).
    func render(title: String, caller: Caller?, body: String, head: String = "") -> String {
        var out = HTMLText.documentStart(title: title + " · " + messages.render(ServerMessage.title()), language: messages.language) + head + """
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>

            """
        if let caller {
            out += "<header class=\"no-print\"><nav>"
            let links: [(Route.Action, String, ServerMessage)] = [(.runSheet, "/runsheet", .runSheet), (.calendar, "/calendar", .calendar),
                                                                  (.roster, "/roster", .roster), (.report, "/report", .report),
                                                                  (.uploadForm, "/upload", .upload), (.sheetForm, "/sheets/visitors", .sheets),
                                                                  (.cases, "/cases", .cases), (.records, "/records", .records), (.plan, "/plan", .plan),
                                                                  (.workflows, "/workflows", .workflows), (.whatIfForm, "/whatif", .whatIf)]
            for (action, path, word) in links where Route.all.first(where: { $0.action == action })?.access.admits(caller.account.role) == true {
                out += "<a href=\"\(path)\">\(say(word))</a> "
            }
            out += "</nav><form method=\"post\" action=\"/logout\" class=\"signout\">" + csrfField(caller)
                + "<a href=\"/account\">" + say(.signedInAs, ["name": .text(caller.account.name), "role": .text(messages.render(roleWord(caller.account.role)))])
                + "</a> <button type=\"submit\">\(say(.signOut))</button></form></header>\n"
        }
        out += "<main>\n<h1>\(HTMLText.escape(title))</h1>\n" + body + "</main>\n</body>\n</html>\n"
        return out
    }

    func roleWord(_ role: Account.Role) -> Message {
        switch role {
        case .admin: ServerMessage.roleAdmin()
        case .street: ServerMessage.roleStreet()
        case .recorder: ServerMessage.roleRecorder()
        case .viewer: ServerMessage.roleViewer()
        }
    }

    /// The hidden field every form of a session carries.
    func csrfField(_ caller: Caller) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(HTMLText.escape(caller.session.csrfToken))\">"
    }

    /// A table of text cells, every one escaped.
    func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "<table>\n<thead><tr>" + header.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>\n"
    }

    /// Diagnostics as the command line prints them, in a `<pre>`, escaped; but a value the
    /// operation was given as a command-line flag (`--month:1:1`) came from the page's form,
    /// where a flag means nothing: it is shown without that place.
    func diagnostics(_ diagnostics: Diagnostics, sources: @escaping DiagnosticRenderer.SourceLookup) -> String {
        guard !diagnostics.items.isEmpty else { return "" }
        let text = DiagnosticRenderer(messages: messages, sources: sources).render(Diagnostics(diagnostics.items.map(Self.withoutFlagPlace)))
        return "<pre class=\"diagnostics\">" + HTMLText.escape(text) + "</pre>\n"
    }

    /// `diagnostic` (and its notes) without a location that names a flag.
    static func withoutFlagPlace(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        if diagnostic.location?.file.hasPrefix("--") == true { diagnostic.location = nil }
        diagnostic.notes = diagnostic.notes.map(withoutFlagPlace)
        return diagnostic
    }

    /// The style sheet: plain, readable in Chinese, and printable (no navigation, no forms).
    static let css = """
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2430;
               margin: 0 auto; max-width: 1100px; padding: 12px 16px; font-size: 14px; line-height: 1.5; }
        header { display: flex; justify-content: space-between; align-items: center; border-bottom: 2px solid #b3261e; padding-bottom: 6px; }
        nav a { margin-right: 12px; color: #1d2430; }
        h1 { font-size: 20px; } h2 { font-size: 17px; } h3 { font-size: 15px; margin-bottom: 4px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; }
        th, td { border: 1px solid #d5dae1; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; }
        form.filters label, form.upload label { margin-right: 10px; }
        .error { color: #b3261e; } .warning { color: #8a5a00; } .notice { color: #1b5e20; }
        pre.diagnostics, pre.story { background: #f7f7f8; padding: 8px; white-space: pre-wrap; }
        .sheet-scroll { overflow-x: auto; }
        table.sheet th, table.sheet td { padding: 2px; }
        table.sheet input, table.sheet select, table.sheet textarea { width: 100%; min-width: 7em; font: inherit; }
        table.sheet input.number { min-width: 4em; }
        table.sheet td.invalid { background: #fdecea; }
        .cell-error { color: #b3261e; font-size: 12px; }
        ul.problems { padding-left: 18px; }
        @media print {
          .no-print, nav, form, header { display: none; }
          body { max-width: none; padding: 0; font-size: 12px; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
