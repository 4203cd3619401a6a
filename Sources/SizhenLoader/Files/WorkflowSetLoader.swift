import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRules

/// Loads a whole workflows folder: every `.yaml`/`.yml` file below it, each decoded by its
/// `kind:`, then the cross-file checks. Every problem of every file is reported at once.
public struct WorkflowSetLoader: Sendable {
    /// The file kinds this build reads.
    public static let kinds = ["district", "staff", "workflow", "case-schema", "decision-table", "calendar", "scenario"]

    /// The YAML limits for each file.
    public var budget: YAMLBudget
    /// How far the walk of the folder goes.
    public var walkLimits: FolderWalk.Limits

    /// Creates a loader.
    public init(budget: YAMLBudget = .standard, walkLimits: FolderWalk.Limits = .standard) {
        self.budget = budget
        self.walkLimits = walkLimits
    }

    /// What loading produced: the set (nil when there were errors), every diagnostic, and
    /// the files' text for rendering.
    public struct Outcome: Sendable {
        /// The set, when there were no errors.
        public var set: WorkflowSet?
        /// Errors and warnings.
        public var diagnostics: Diagnostics
        /// The files read.
        public var sources: SourceFiles
        /// How many YAML files were read.
        public var fileCount: Int
        /// How many YAML nodes they held (keys included).
        public var nodeCount: Int = 0
    }

    /// The decoded contents of a folder before the cross-file checks.
    struct Parts {
        var districts: [DistrictPart] = []
        var calendars: [(calendar: WorkdayCalendar, location: SourceLocation)] = []
        var people: [Person] = []
        var schemas: [CaseSchema] = []
        var workflows: [Workflow] = []
        var scenarios: [Scenario] = []
        var tableIDs: [Reference] = []
        /// Decision-table files wait until the case schema, which they are checked against,
        /// is known.
        var tableRoots: [YAMLNode] = []
        var tables: [DecisionTable] = []
    }

    /// Loads the folder at `folder`.
    public func load(folder: String) -> Outcome {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let paths: [String]
        switch Self.yamlFiles(in: folder, limits: walkLimits) {
        case .success(let found):
            paths = found.paths
            diagnostics.append(contentsOf: found.diagnostics)
        case .failure(let problem): return Outcome(set: nil, diagnostics: Diagnostics([problem]), sources: sources, fileCount: 0)
        }
        var parts = Parts()
        var nodes = 0
        for path in paths {
            let bytes: [UInt8]
            // The walk saw a regular file; were it a link by now, it is refused, not followed.
            switch sources.read(path, maxBytes: budget.maxBytes, followsLinks: false) {
            case .success(let read): bytes = read
            case .failure(let problem): diagnostics.append(problem); continue
            }
            switch YAMLParser(budget: budget).parse(bytes: bytes, file: path) {
            case .failure(let found): diagnostics.append(contentsOf: found)
            case .success(let root):
                nodes += root.nodeCount
                var context = DecodingContext()
                decode(root, file: path, into: &parts, context: &context)
                diagnostics.append(contentsOf: context.diagnostics)
            }
        }
        // Decision tables are checked against the case schema, now that every file is read.
        let environment = parts.schemas.first?.environment ?? RuleEnvironment()
        for root in parts.tableRoots {
            var context = DecodingContext()
            if let table = DecisionTableFileDecoder(environment: environment).decode(root, in: &context) { parts.tables.append(table) }
            diagnostics.append(contentsOf: context.diagnostics)
        }
        let set = WorkflowSetChecker(folder: folder, parts: parts, filesHadErrors: diagnostics.hasErrors).check(into: &diagnostics)
        return Outcome(set: diagnostics.hasErrors ? nil : set, diagnostics: diagnostics, sources: sources, fileCount: paths.count,
                       nodeCount: nodes)
    }

    private func decode(_ root: YAMLNode, file: String, into parts: inout Parts, context: inout DecodingContext) {
        guard let pairs = root.mapping else {
            context.error(FileMessage.notAMapping(), at: root, hint: FileMessage.headerHint())
            return
        }
        guard let kindNode = pairs.first(where: { $0.key.scalar == "kind" })?.value else {
            context.error(FileMessage.noKind(), at: root, hint: FileMessage.headerHint())
            return
        }
        guard let kind = context.string(kindNode, LoaderThing.key("kind")) else { return }
        switch kind {
        case "district":
            if let part = DistrictFileDecoder().decode(root, in: &context) { parts.districts.append(part) }
        case "staff":
            if let people = StaffFileDecoder().decode(root, in: &context) { parts.people.append(contentsOf: people) }
        case "workflow":
            if let workflow = WorkflowFileDecoder().decode(root, in: &context) { parts.workflows.append(workflow) }
        case "case-schema":
            if let schema = CaseSchemaFileDecoder().decode(root, in: &context) { parts.schemas.append(schema) }
        case "calendar":
            if var calendar = CalendarFileDecoder().decode(root, in: &context) {
                calendar.sourceFile = file
                parts.calendars.append((calendar, root.location))
            }
        case "scenario":
            if let scenario = ScenarioFileDecoder().decode(root, in: &context) { parts.scenarios.append(scenario) }
        case "decision-table":
            if let id = pairs.first(where: { $0.key.scalar == "id" }).flatMap({ context.reference($0.value, LoaderThing.tableID()) }) {
                parts.tableIDs.append(id)
            }
            parts.tableRoots.append(root)
        default:
            context.error(FileMessage.unknownKind(["kind": QuotedText.clip(kind)]).suggesting(kind, in: Self.kinds), at: kindNode,
                          hint: FileMessage.kindsHint(["kinds": .texts(Self.kinds)]))
        }
    }

    /// Every YAML file below `folder`, sorted so that loading is deterministic, found by a
    /// bounded walk (`FolderWalk`): hidden files and folders skipped, links not followed,
    /// unreadable folders and special files reported.
    static func yamlFiles(in folder: String, limits: FolderWalk.Limits = .standard) -> Result<FolderWalk.Result, Diagnostic> {
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            return .failure(.error(FileMessage.noWorkflows(["path": .text(folder)]), at: FolderWalk.start(folder)))
        }
        let found = FolderWalk(limits: limits).yamlFiles(in: folder)
        if let limitPassed = found.limitPassed { return .failure(limitPassed) }
        if found.paths.isEmpty, !found.diagnostics.hasErrors {
            return .failure(.error(FileMessage.noFiles(["folder": .text(folder)]), hint: FileMessage.noFilesHint()))
        }
        return .success(found)
    }
}
