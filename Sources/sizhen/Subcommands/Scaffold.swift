import ArgumentParser
import Foundation
import SizhenDefaults
import SizhenDiagnostics
import SizhenLoader

/// `sizhen scaffold`: write a synthetic district of any size, for benchmarks and what-ifs.
struct Scaffold: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic district of N communities (streets, clinics, staff in proportion) that validates.",
        discussion: """
            Streets of ten communities; 31 clinics and about 50 paired lawyers per 138
            communities, as in the shipped district; two legal workers per street, a community
            worker per community, professors and officials for panels; the four workflows, a case
            schema, a scenario, and the holiday calendar of the workflows folder. The same N gives
            the same files.
            """
    )

    @Option(help: ArgumentHelp("How many communities.", valueName: "N"))
    var communities: Int

    @Option(help: ArgumentHelp("The folder to write (must not exist, or be empty).", valueName: "DIR"))
    var output: String

    @Option(help: ArgumentHelp("The workflows folder whose calendar is copied (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func validate() throws {
        guard (1...1_000_000).contains(communities) else { throw ValidationError("--communities must be from 1 to 1000000.") }
    }

    func run() throws {
        let manager = FileManager.default
        func fail(_ message: String, hint: String? = nil) throws -> Never {
            Output.report(Diagnostics([.error(message, hint: hint)]), sources: SourceFiles())
            throw ExitCode(1)
        }
        if let existing = try? manager.contentsOfDirectory(atPath: output), !existing.isEmpty {
            try fail("\(output) already holds files", hint: "scaffold writes a new folder; give another --output")
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            try fail("\(output) is a file, not a folder")
        }
        let folder: String
        switch WorkflowsFolder.resolve(explicit: workflows, bundled: DefaultWorkflows.directory) {
        case .success(let found): folder = found
        case .failure(let problem): try fail(Output.messages.render(problem.message), hint: problem.hint.map { Output.messages.render($0) })
        }
        let loader = CalendarLoader()
        let calendarPath: String
        switch loader.districtCalendarPath(inFolder: folder) {
        case .success(let path): calendarPath = path
        case .failure(let problem): try fail(Output.messages.render(problem.message), hint: problem.hint.map { Output.messages.render($0) })
        }
        guard let calendar = manager.contents(atPath: calendarPath).map({ String(decoding: $0, as: UTF8.self) }) else {
            try fail("cannot read \(calendarPath)")
        }
        let files = DistrictScaffold(communities: communities, calendarText: calendar).files()
        do {
            for (path, text) in files {
                let url = URL(fileURLWithPath: output).appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            }
        } catch {
            try fail("cannot write \(output): \(error.localizedDescription)", hint: "check that the folder can be written")
        }
        Output.write("wrote \(files.count) files for \(communities) communities to \(output); check them with: sizhen validate --workflows \(output)\n")
    }
}
