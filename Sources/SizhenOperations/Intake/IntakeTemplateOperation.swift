import SizhenCalendar
import SizhenDiagnostics
import SizhenLoader

/// A blank intake sheet for the loaded workflows, with one example row: `sizhen intake template`.
public struct IntakeTemplateOperation: Sendable {
    public var workspace: Workspace
    /// The month of the example row (`YYYY-MM`); nil for December of the calendar's last year.
    public var month: String?
    /// Which sheet.
    public var sheet: Sheet

    /// The sheets a template is printed for.
    public enum Sheet: String, Sendable, CaseIterable {
        /// The visitors (and reports of sittings as a whole).
        case visitors
        /// The 送法到家 visits that took place.
        case visits
        /// The 会诊 panels that took place.
        case panels
    }

    /// An operation.
    public init(workspace: Workspace, month: String? = nil, sheet: Sheet = .visitors) {
        self.workspace = workspace
        self.month = month
        self.sheet = sheet
    }

    /// The CSV text: UTF-8 with a byte-order mark and CRLF line ends, as Excel opens it.
    public func run() -> Outcome<String> {
        perform { run in
            let exampleMonth = try month.map { text throws(Stop) in try FlagValue.month(text, into: &run) }
            let set = try workspace.loadSet(into: &run, errorsOnly: true)
            if let month { run.sources.remember(month, as: "--month") }
            let template = IntakeTemplate(set: set)
            if let sessions = SessionTemplate.Kind(rawValue: sheet.rawValue) {
                return try SessionTemplate(set: set, kind: sessions).csv(month: exampleMonth ?? template.defaultMonth)
            }
            return try template.csv(month: exampleMonth ?? template.defaultMonth)
        }
    }
}
