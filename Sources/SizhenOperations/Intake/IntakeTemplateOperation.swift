import SizhenCalendar
import SizhenDiagnostics
import SizhenLoader

/// A blank intake sheet for the loaded workflows, with one example row: `sizhen intake template`.
public struct IntakeTemplateOperation: Sendable {
    public var workspace: Workspace
    /// The month of the example row (`YYYY-MM`); nil for December of the calendar's last year.
    public var month: String?

    /// An operation.
    public init(workspace: Workspace, month: String? = nil) {
        self.workspace = workspace
        self.month = month
    }

    /// The CSV text: UTF-8 with a byte-order mark and CRLF line ends, as Excel opens it.
    public func run() -> Outcome<String> {
        perform { run in
            let exampleMonth = try month.map { text throws(Stop) in try FlagValue.month(text, into: &run) }
            let set = try workspace.loadSet(into: &run, errorsOnly: true)
            if let month { run.sources.remember(month, as: "--month") }
            let template = IntakeTemplate(set: set)
            return try template.csv(month: exampleMonth ?? template.defaultMonth)
        }
    }
}
