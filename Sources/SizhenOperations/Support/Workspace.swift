import Foundation
import SizhenCalendar
import SizhenDefaults
import SizhenDiagnostics
import SizhenLoader
import SizhenModel
import SizhenPostgres
import SizhenRecords
import SizhenRules
import SizhenStore

/// Where an operation finds the district's files and its database: what every front end
/// passes to every operation.
public struct Workspace: Sendable {
    /// The workflows folder given by the user (`--workflows`); nil for `./Workflows`, else the
    /// bundled default district.
    public var workflowsFolder: String?
    /// The database (`--db`), when the operation uses one and the user named it.
    public var database: String?
    /// The files as last loaded, for a front end that runs many operations (the web server);
    /// nil: every operation reads the files.
    public var cache: WorkflowSetCache?

    /// A workspace.
    public init(workflowsFolder: String? = nil, database: String? = nil, cache: WorkflowSetCache? = nil) {
        self.workflowsFolder = workflowsFolder
        self.database = database
        self.cache = cache
    }

    /// The database a real-month command uses when none is named.
    public static let defaultDatabase = "sizhen.db"

    /// The folder the files are read from, or the diagnostic saying why there is none.
    func folder(into run: inout Run) throws(Stop) -> String {
        let bundled = DefaultWorkflows.directory
        switch WorkflowsFolder.resolve(explicit: workflowsFolder, bundled: bundled) {
        case .success(let found):
            run.usesBuiltInDistrict = workflowsFolder == nil && found == bundled
            return found
        case .failure(let problem): throw run.fail(problem)
        }
    }

    /// Loads the workflow files; their diagnostics go to `run` (with their text), and an
    /// error among them stops the operation.
    func loadSet(into run: inout Run, budget: YAMLBudget = .standard, errorsOnly: Bool = false) throws(Stop) -> WorkflowSet {
        try loadSetAndGeneration(into: &run, budget: budget, errorsOnly: errorsOnly).set
    }

    /// The files loaded, with the cache's number of the load they came from (nil without a
    /// cache: then every call reads them again).
    func loadSetAndGeneration(into run: inout Run, budget: YAMLBudget = .standard, errorsOnly: Bool = false) throws(Stop) -> (set: WorkflowSet, generation: Int?) {
        let folder = try folder(into: &run)
        let loader = WorkflowSetLoader(budget: budget)
        var generation: Int?
        let outcome: WorkflowSetLoader.Outcome
        if let cache, budget == .standard {
            let kept = cache.outcome(of: folder) { loader.load(folder: $0) }
            outcome = kept.outcome
            generation = kept.generation
        } else {
            outcome = loader.load(folder: folder)
        }
        run.sources.merge(outcome.sources)
        run.diagnostics.append(contentsOf: errorsOnly ? outcome.diagnostics.items.filter(\.isError) : outcome.diagnostics.items)
        guard let set = outcome.set, !outcome.diagnostics.hasErrors else { throw Stop() }
        return (set, generation)
    }

    /// The path of the database, `--db` or the default.
    var databasePath: String { database ?? Self.defaultDatabase }

    /// The database as messages show it: a file's path, a URL without its password.
    var databaseShown: String { Self.shown(databasePath) }

    /// A database as messages show it: a file's path, a URL without its password.
    public static func shown(_ path: String) -> String {
        PostgresAddress.isURL(path) ? PostgresAddress.redacted(path) : path
    }

    /// The database a command uses: `--db` when given, else the environment's `SIZHEN_DB`, else
    /// `fallback` (what the front ends pass as `database`).
    public static func chosenDatabase(flag: String?, environment: [String: String], fallback: String? = defaultDatabase) -> String? {
        flag ?? environment["SIZHEN_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? fallback
    }

    /// Whether a database is there to open: a file that exists, or any PostgreSQL URL (whose
    /// server says, when connected to, whether the database is there).
    static func databaseExists(_ path: String) -> Bool {
        PostgresAddress.isURL(path) || FileManager.default.fileExists(atPath: path)
    }

    /// Opens the database at `path` for `access` (see `StoreAccess`: a writing command's
    /// purpose is checked, or recorded in a new database, in the transaction that creates or
    /// upgrades it): a `postgres://` URL is a PostgreSQL database, anything else an SQLite file.
    /// Opening fails on the value given for `--db`: the error is located there (a URL shown
    /// without its password).
    func openStore(_ path: String, access: StoreAccess, for set: WorkflowSet?, into run: inout Run) throws -> any DatabaseStore {
        try Self.openStore(path, access: access, caseType: set?.caseType, flag: "--db", into: &run)
    }

    /// Opens the database `flag` names (see `openStore(_:access:for:into:)`), either kind able to
    /// be copied row for row; an error is located in `flag`'s value.
    static func openStore(_ path: String, access: StoreAccess, caseType: ObjectType?, flag: String,
                          into run: inout Run) throws -> any DatabaseStore {
        do {
            if PostgresAddress.isURL(path) { return try PostgresStore(url: path, access: access, caseType: caseType) }
            return try SQLiteStore(path: path, access: access, caseType: caseType)
        } catch {
            run.sources.remember(shown(path), as: flag)
            throw run.fail(.error(error.message, at: FlagValue.location(flag), hint: error.hint))
        }
    }

    /// Opens an existing database for reading only: a missing file is an error located in
    /// `--db`, not a new database, and nothing is created, upgraded or written.
    func openExisting(for set: WorkflowSet?, access: StoreAccess = .reading, into run: inout Run) throws -> any DatabaseStore {
        let path = databasePath
        guard path.isEmpty || Self.databaseExists(path) else {
            run.sources.remember(path, as: "--db")
            throw run.fail(.error(OperationMessage.noDatabase(["path": .text(path)]), at: FlagValue.location("--db"),
                                  hint: OperationMessage.noDatabaseHint()))
        }
        return try openStore(path, access: access, for: set, into: &run)
    }
}

/// Values given on the command line (or in a form) that must be checked like file contents:
/// a mistake is located in the value itself.
enum FlagValue {
    /// Where a flag's value is, for a diagnostic.
    static func location(_ flag: String) -> SourceLocation { SourceLocation(file: flag, line: 1, column: 1) }

    /// A month `YYYY-MM`.
    static func month(_ text: String, flag: String = "--month", into run: inout Run) throws(Stop) -> YearMonth {
        run.sources.remember(text, as: flag)
        guard let month = YearMonth(iso: text) else {
            throw run.fail(.error(OperationMessage.badMonth(["value": .text(text), "flag": .text(flag)]), at: location(flag),
                                  hint: OperationMessage.badMonthHint()))
        }
        return month
    }

    /// A date `YYYY-MM-DD`; nil (with an error recorded) when it is not one, so that several
    /// flags can be checked before stopping.
    static func date(_ text: String, flag: String, into run: inout Run) -> CivilDate? {
        if let date = CivilDate(iso: text) { return date }
        run.sources.remember(text, as: flag)
        run.diagnostics.append(.error(OperationMessage.badDate(["value": .text(text), "flag": .text(flag)]), at: location(flag),
                                      hint: OperationMessage.badDateHint()))
        return nil
    }
}
