import SizhenDiagnostics
import SizhenLoader

/// Checks every file of a workflows folder, one by one and together: `sizhen validate`.
public struct ValidateOperation: Sendable {
    /// What was checked.
    public struct Report: Sendable {
        /// The folder.
        public var folder: String
        /// How many files were read.
        public var fileCount: Int
        /// How many warnings were found (errors make the outcome fail).
        public var warningCount: Int
        /// Whether the folder is the built-in district's (written out by the program, not the user's).
        public var isBuiltIn: Bool = false
    }

    /// Where the files are.
    public var workspace: Workspace
    /// The largest YAML file accepted, in MiB.
    public var maxFileSizeMiB: Int

    /// The sizes `maxFileSizeMiB` accepts.
    public static let fileSizes = 1...1024

    /// An operation.
    public init(workspace: Workspace, maxFileSizeMiB: Int = 8) {
        self.workspace = workspace
        self.maxFileSizeMiB = maxFileSizeMiB
    }

    /// Loads and checks the folder. The report comes back also when there are errors, so that
    /// a front end can say how many files it read; every problem is among the diagnostics.
    public func run() -> Outcome<Report> {
        perform { run in
            guard Self.fileSizes.contains(maxFileSizeMiB) else {
                throw run.fail(.error(OperationMessage.badFileSize(["value": .int(maxFileSizeMiB), "min": .int(Self.fileSizes.lowerBound),
                                                                    "max": .int(Self.fileSizes.upperBound)]),
                                      at: FlagValue.location("--max-file-size")))
            }
            let folder = try workspace.folder(into: &run)
            let outcome = WorkflowSetLoader(budget: YAMLBudget(maxBytes: maxFileSizeMiB << 20)).load(folder: folder)
            run.sources.merge(outcome.sources)
            run.diagnostics.append(contentsOf: outcome.diagnostics)
            return Report(folder: folder, fileCount: outcome.fileCount,
                          warningCount: outcome.diagnostics.items.count { $0.severity == .warning }, isBuiltIn: run.usesBuiltInDistrict)
        }
    }
}
