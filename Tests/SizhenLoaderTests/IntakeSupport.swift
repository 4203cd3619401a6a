import Foundation
import Testing
import SizhenDiagnostics
import SizhenModel
@testable import SizhenLoader

/// The default district (the repository's Workflows/), loaded once for the intake tests, and
/// helpers to read CSV text against it.
enum IntakeSupport {
    static let workflows = CalendarFileTests.repository.appendingPathComponent("Workflows")

    static let set: WorkflowSet? = WorkflowSetLoader().load(folder: workflows.path).set

    /// The default district, or a recorded issue.
    static func loadedSet() throws -> WorkflowSet {
        try #require(set, "the default Workflows/ must load")
    }

    /// A header with the required columns, staff, a note and three case fields.
    static let header = "日期,工作流,诊室,序号,结果,接待人员,备注,案件类型,纠纷或咨询的领域,当事人数"

    /// Reads `text` (UTF-8) as `intake.csv`.
    static func read(_ text: String, limits: IntakeLimits = .standard) throws -> IntakeReadResult {
        try read(bytes: Array(text.utf8), limits: limits)
    }

    /// Reads `bytes` as `intake.csv`.
    static func read(bytes: [UInt8], limits: IntakeLimits = .standard) throws -> IntakeReadResult {
        IntakeReader(set: try loadedSet(), limits: limits).read(bytes: bytes, file: "intake.csv")
    }

    /// `line:col: severity: code arguments` for each diagnostic, sorted, for exact comparisons
    /// (the code and arguments as `LoaderWords.compact` writes them).
    static func summary(_ result: IntakeReadResult) -> [String] {
        result.diagnostics.sorted.map { diagnostic in
            let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(place): \(diagnostic.severity.rawValue): \(LoaderWords.compact(diagnostic.message))"
        }
    }

    /// `line:col: severity: message` in English words, for the few texts kept word for word.
    static func englishSummary(_ result: IntakeReadResult) -> [String] {
        result.diagnostics.sorted.map { diagnostic in
            let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(place): \(diagnostic.severity.rawValue): \(LoaderWords.english.render(diagnostic.message))"
        }
    }

    /// UTF-8 text as GB18030 bytes (what Excel's plain CSV is in a Chinese locale).
    static func gb18030(_ text: String) throws -> [UInt8] {
        try Transcoder.convert(Array(text.utf8), from: "UTF-8", to: "GB18030").get()
    }
}
