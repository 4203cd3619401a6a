import SizhenDiagnostics

/// Every message catalogue of the loader, for a `MessageBook`: what a program that shows the
/// loader's diagnostics (or stores them) must put in its book to render them.
public enum SizhenLoaderMessages {
    /// The loader's catalogues: the YAML layer, decoding and its nouns, each file kind, the
    /// checks across files, files and folders, intake CSV.
    public static let catalogues: [any MessageCatalogue.Type] = [
        YAMLMessage.self, DecodingMessage.self, LoaderThing.self, ValueShape.self, NamedThing.self, FileMessage.self,
        WorkflowFileMessage.self, CalendarFileMessage.self, CaseSchemaFileMessage.self, DecisionTableFileMessage.self,
        ScenarioFileMessage.self, StaffFileMessage.self, CheckMessage.self, IntakeMessage.self, CSVMessage.self, ScaffoldMessage.self,
        SessionSheetMessage.self,
    ]

    /// A book of the loader's catalogues (and the diagnostics' own words).
    public static let book = MessageBook(catalogues)

    /// A diagnostic as one line, `file:line:col: error: message (hint: …)`, like
    /// `Diagnostic.description` but with the loader's words: for logs and failing checks,
    /// where no `DiagnosticRenderer` is at hand.
    public static func describe(_ diagnostic: Diagnostic, in language: Language = .english) -> String {
        let renderer = MessageRenderer(book: book, language: language)
        var text = ""
        if let location = diagnostic.location { text += "\(location): " }
        text += "\(diagnostic.severity.rawValue): " + renderer.render(diagnostic.message)
        if let hint = diagnostic.hint { text += " (hint: " + renderer.render(hint) + ")" }
        return text
    }
}
