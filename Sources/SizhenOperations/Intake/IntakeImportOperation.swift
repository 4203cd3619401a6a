import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenModel
import SizhenRecords

/// Records what the clinics filled in, all or nothing: `sizhen intake import FILE.csv`.
public struct IntakeImportOperation: Sendable {
    /// What importing did.
    public struct Summary: Sendable {
        /// The file.
        public var file: String
        /// The file was imported before: nothing was added.
        public var wasImportedBefore: Bool
        /// Rows read.
        public var rows: Int
        /// Cases opened (not counting those escalations opened).
        public var opened: Int
        /// Records written.
        public var records: Int
        /// Escalations fired.
        public var escalations: Int
        /// Rows whose case was recorded before (skipped).
        public var alreadyRecorded: Int
    }

    public var workspace: Workspace
    /// The CSV file.
    public var file: String
    /// The bytes of the file, when a front end has them already (an upload); read from `file`
    /// otherwise.
    public var bytes: [UInt8]?

    /// An operation.
    public init(workspace: Workspace, file: String, bytes: [UInt8]? = nil) {
        self.workspace = workspace
        self.file = file
        self.bytes = bytes
    }

    public func run() -> Outcome<Summary> {
        perform { run in
            let set = try workspace.loadSet(into: &run)
            let reader = IntakeReader(set: set)
            let result: IntakeReadResult
            let content: [UInt8]
            if let bytes {
                content = bytes
                result = reader.read(bytes: bytes, file: file)
            } else {
                // The reader checks what the file is and its size before reading, so that a
                // FIFO is never opened and a 1 GB file is refused unread; the bytes it read are
                // the ones digested.
                result = reader.read(path: file)
                content = result.bytes
            }
            run.diagnostics.append(contentsOf: result.diagnostics)
            guard result.isValid else {
                run.diagnostics.append(Diagnostic(.note, OperationMessage.nothingImported()))
                throw Stop()
            }
            let store = try workspace.openStore(workspace.databasePath, access: .writing(.real), for: set, into: &run)
            let digest = Self.digest(content)
            let name = (file as NSString).lastPathComponent
            var summary = Summary(file: file, wasImportedBefore: false, rows: result.rows.count, opened: 0, records: 0, escalations: 0,
                                  alreadyRecorded: 0)
            if try store.wasImported(digest: digest) {
                summary.wasImportedBefore = true
                return summary
            }
            let rows = result.rows
            if let first = rows.map(\.date).min(), let last = rows.map(\.date).max() {
                let runner = RoundsRunner(set: set, store: store, planMonth: Planner(set: set).monthPlanner)
                run.warn(try runner.storeMonths(from: first, through: last))
            }
            var engine = CaseEngine(set: set, openCases: try store.openCases(), timers: try store.pendingTimers())
            if let first = rows.map(\.date).min(), let last = rows.map(\.date).max() {
                engine.assignments = try store.assignments(from: first, through: last)
            }
            var changes = ChangeSet()
            let inputs = rows.map(CaseInput.init)
            var existing: [String: Bool] = [:]
            for input in inputs { existing[input.caseID] = try store.caseExists(input.caseID) }
            engine.open(inputs, into: &changes, exists: { existing[$0] ?? false })
            changes.imported = (digest, name, rows.count)
            changes.personal = rows.map { ("\($0.occurrenceID)#\($0.ordinal)", $0.personal, $0.note) }
            guard try store.commit(changes) else {
                summary.wasImportedBefore = true
                return summary
            }
            for warning in changes.warnings { run.diagnostics.append(.warning(warning)) }
            summary.opened = changes.cases.values.count { $0.parentID == nil }
            summary.records = changes.records.count
            summary.escalations = changes.events.count { $0.kind == .escalated }
            summary.alreadyRecorded = inputs.count { existing[$0.caseID] == true }
            return summary
        }
    }

    /// FNV-1a (64 bits) of the file's bytes and its length: enough to recognise the same file.
    static func digest(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16) + "-" + String(bytes.count)
    }
}
