import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenLoader
import SizhenRecords

/// What an operation gives back: its value when it got that far, every diagnostic it found
/// (errors, warnings, notes), and the text of the files they point into. An operation never
/// prints and never exits: a front end (the command line, the web server) shows the value and
/// the diagnostics, and decides what failure means to its user.
public struct Outcome<Value: Sendable>: Sendable {
    /// The result, when the operation produced one (it may also have errors: `plan --strict`
    /// gives its plan and an error for the unfilled slots).
    public var value: Value?
    /// Everything found, in the order found.
    public var diagnostics: Diagnostics
    /// The files and flag values the diagnostics point into.
    public var sources: SourceFiles

    /// Creates an outcome.
    public init(value: Value?, diagnostics: Diagnostics, sources: SourceFiles) {
        self.value = value
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Whether it produced a value and found no error.
    public var succeeded: Bool { value != nil && !diagnostics.hasErrors }
}

/// The diagnostics an operation has gathered so far; `fail` records one and gives the error
/// that ends the operation.
struct Run {
    var diagnostics = Diagnostics()
    var sources = SourceFiles()
    /// Whether the files came from the built-in district (no `--workflows`, no `./Workflows`):
    /// then a hint that says to edit a file of it says to write a copy with `sizhen init` first.
    var usesBuiltInDistrict = false

    /// Records an error and returns what to throw to stop.
    mutating func fail(_ diagnostic: Diagnostic) -> Stop {
        diagnostics.append(diagnostic)
        return Stop()
    }

    /// Records every diagnostic; stops when one is an error.
    mutating func check(_ found: Diagnostics) throws(Stop) {
        diagnostics.append(contentsOf: found)
        if found.hasErrors { throw Stop() }
    }

    /// Records calendar fallbacks as warnings.
    mutating func warn(_ warnings: CalendarWarnings) {
        diagnostics.append(warnings)
    }

    /// The diagnostics as the user sees them: on the built-in district, the calendar's "add
    /// year … to calendar 'cn' (file)" names no file inside the program, but says that the
    /// district is built in and how to get a copy of one's own.
    var finished: Diagnostics {
        guard usesBuiltInDistrict else { return diagnostics }
        let editing: Set<String> = [CalendarMessage.addYear.rawValue, CalendarMessage.addYearOrFallBack.rawValue]
        func pointed(_ diagnostic: Diagnostic) -> Diagnostic {
            var diagnostic = diagnostic
            if let hint = diagnostic.hint, editing.contains(hint.code) {
                let builtIn = OperationMessage.builtInAddYearHint(["year": .int(hint.int("year") ?? 0),
                                                                   "calendar": .text(hint.text("calendar") ?? "")])
                diagnostic.hint = hint.code == CalendarMessage.addYear.rawValue ? builtIn : builtIn.with("fallback", "yes")
            }
            diagnostic.notes = diagnostic.notes.map(pointed)
            return diagnostic
        }
        return Diagnostics(diagnostics.items.map(pointed))
    }
}

/// Ends an operation whose reason is already among its diagnostics.
struct Stop: Error {}

/// Runs an operation's body, turning what it throws into diagnostics: a store's errors, the
/// calendar's "year not covered", anything else as one error.
func perform<Value: Sendable>(_ body: (inout Run) throws -> Value) -> Outcome<Value> {
    var run = Run()
    do {
        let value = try body(&run)
        return Outcome(value: value, diagnostics: run.finished, sources: run.sources)
    } catch {
        run.record(error)
        return Outcome(value: nil, diagnostics: run.finished, sources: run.sources)
    }
}

extension Run {
    /// An error thrown by a part the operation called, as a diagnostic.
    mutating func record(_ error: any Error) {
        switch error {
        case is Stop: break
        case let error as StoreError: diagnostics.append(.error(error.message, hint: error.hint))
        case let error as CalendarCoverageError: diagnostics.append(error.diagnostic())
        case let error as Diagnostic: diagnostics.append(error)
        case let error as Diagnostics: diagnostics.append(contentsOf: error)
        case let error as CocoaError:
            // A file system error: its system reason in words, not Foundation's domain and number.
            let underlying = (error.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
            let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? error.filePath ?? ""
            diagnostics.append(.error(OperationMessage.fileError(["path": .text(path),
                                                                 "detail": .message(FileWriting.reason(errno: underlying ?? EIO))])))
        case is DecodingError: diagnostics.append(.error(OperationMessage.unreadableJSON()))
        default: diagnostics.append(.error(OperationMessage.unexpected(["detail": .text("\(error)")])))
        }
    }
}
