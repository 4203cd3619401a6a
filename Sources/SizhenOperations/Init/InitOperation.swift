import SizhenDefaults
import SizhenDiagnostics

/// Writes the built-in district as a starting copy to edit: `sizhen init [DIR]`.
///
/// The folder must not exist, or be empty; it is written whole or not at all (into a hidden
/// sibling first, then renamed), so that a failure leaves nothing half-written.
public struct InitOperation: Sendable {
    /// What was written.
    public struct Summary: Sendable {
        /// The folder written.
        public var folder: String
        /// How many files.
        public var files: Int
        /// The folders at its top (`calendars`, `district` …), in name order.
        public var folders: [String]
    }

    /// The folder written when none is named: the one every command reads by default.
    public static let defaultFolder = "Workflows"

    /// The folder to write.
    public var folder: String

    /// An operation.
    public init(folder: String = InitOperation.defaultFolder) { self.folder = folder }

    public func run() -> Outcome<Summary> {
        perform { run in
            if var problem = FileWriting.problem(writingFolder: folder, flag: "DIR", mustBeEmpty: true) {
                run.sources.remember(folder, as: "DIR")
                problem.hint = OperationMessage.initTargetHint()
                throw run.fail(problem)
            }
            let parent = FileWriting.folder(of: folder)
            do throws(Diagnostic) {
                try FileWriting.makeFolder(parent)
            } catch {
                throw run.fail(error)
            }
            do throws(DefaultWorkflows.WriteFailure) {
                try DefaultWorkflows.write(to: folder)
            } catch {
                var problem = FileWriting.cannotWrite(error.path, errno: error.number)
                problem.hint = OperationMessage.initNothingWrittenHint(["folder": .text(folder)])
                throw run.fail(problem)
            }
            let files = DefaultWorkflows.files
            let folders = Set(files.compactMap { file in file.path.split(separator: "/").count > 1 ? file.path.split(separator: "/")[0] : nil })
            return Summary(folder: folder, files: files.count, folders: folders.map(String.init).sorted())
        }
    }
}
