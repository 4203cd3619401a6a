import Foundation
import ArgumentParser
import SizhenDefaults
import SizhenCalendar
import SizhenDiagnostics
import SizhenLoader
import SizhenModel
import SizhenRules
import SizhenStore

/// What the state commands share: the loaded workflows and the database.
enum Workspace {
    /// Loads the workflows folder, printing every diagnostic; exits 1 on errors.
    static func loadSet(_ workflows: String?) throws -> WorkflowSet {
        let folder: String
        switch WorkflowsFolder.resolve(explicit: workflows, bundled: DefaultWorkflows.directory) {
        case .success(let found): folder = found
        case .failure(let problem):
            Output.report(Diagnostics([problem]), sources: SourceFiles())
            throw ExitCode(1)
        }
        let outcome = WorkflowSetLoader().load(folder: folder)
        Output.report(outcome.diagnostics, sources: outcome.sources)
        guard let set = outcome.set else { throw ExitCode(1) }
        return set
    }

    /// Opens (creating) the database; exits 1 with a clear message when it cannot.
    static func openStore(_ path: String, for set: WorkflowSet?) throws -> SQLiteStore {
        var caseType: ObjectType?
        if case .object(let type)? = set?.caseSchema?.ruleType { caseType = type }
        do {
            return try SQLiteStore(path: path, caseType: caseType)
        } catch {
            // Opening fails on the command-line value: locate the message there.
            fail(error, at: SourceLocation(file: "--db", line: 1, column: 1))
        }
    }

    /// Opens an existing database for reading; a missing file is an error, not a new database.
    static func openExisting(_ path: String, for set: WorkflowSet?) throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            // Located in the command-line value, like any other mistake in one.
            var sources = SourceFiles()
            sources.remember(path, as: "--db")
            Output.report(Diagnostics([.error("no database at \(path)", at: SourceLocation(file: "--db", line: 1, column: 1),
                                              hint: "run `sizhen rounds --date …` or `sizhen simulate --month …` first, or give --db FILE")]),
                          sources: sources)
            throw ExitCode(1)
        }
        return try openStore(path, for: set)
    }

    /// Reports a store error and exits 1.
    static func fail(_ error: any Error, at location: SourceLocation? = nil) -> Never {
        let message = (error as? StoreError).map { ($0.message, $0.hint) } ?? ("\(error)", nil)
        Output.report(Diagnostics([.error(message.0, at: location, hint: message.1)]), sources: SourceFiles())
        Foundation.exit(1)
    }
}

/// Command-line values that must be checked like file contents: located in the flag's value.
enum FlagValues {
    /// The month of a `--month` value; reports the error (located in the value) and exits 1.
    static func month(_ text: String, flag: String = "--month") throws -> YearMonth {
        if let month = YearMonth(iso: text) { return month }
        var sources = SourceFiles()
        sources.remember(text, as: flag)
        Output.report(Diagnostics([.error(ScheduleMessages.badMonth(text), at: SourceLocation(file: flag, line: 1, column: 1),
                                          hint: ScheduleMessages.badMonthHint)]), sources: sources)
        throw ExitCode(1)
    }
}

extension Workspace {
    /// For month commands that gather every diagnostic and print them together at the end:
    /// the `--month` value and the loaded workflows, the problems appended to `diagnostics`
    /// (and the files' text to `sources`); exits 1 when either is unusable.
    static func loadMonth(_ month: String, workflows: String?, diagnostics: inout Diagnostics, sources: inout SourceFiles) throws
        -> (YearMonth, WorkflowSet) {
        sources.remember(month, as: "--month")
        guard let yearMonth = YearMonth(iso: month) else {
            diagnostics.append(.error(ScheduleMessages.badMonth(month), at: SourceLocation(file: "--month", line: 1, column: 1),
                                      hint: ScheduleMessages.badMonthHint))
            throw ExitCode(1)
        }
        let folder: String
        switch WorkflowsFolder.resolve(explicit: workflows, bundled: DefaultWorkflows.directory) {
        case .success(let found): folder = found
        case .failure(let problem): diagnostics.append(problem); throw ExitCode(1)
        }
        let outcome = WorkflowSetLoader().load(folder: folder)
        sources = outcome.sources
        sources.remember(month, as: "--month")
        diagnostics.append(contentsOf: outcome.diagnostics)
        guard let set = outcome.set else { throw ExitCode(1) }
        return (yearMonth, set)
    }
}
