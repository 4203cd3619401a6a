import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// `sizhen report --month M`: the month's statistics, coverage, subsidy ledger, dispute
/// screening, escalations and deadlines, and workload, from the stored records.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The monthly report: statistics, coverage, subsidy ledger, dispute screening (矛盾纠纷排查), deadlines, workload.",
        discussion: """
            Reads the records of a database made by `rounds`, `intake import` or `simulate`. Record
            types, the roles paid the mediation subsidy and the screening rules come from the
            district file (`record_types`, `reports:`). HTML is one self-contained file that
            prints on A4; CSV (UTF-8 with BOM, for Excel) is one section at a time (--section).
            Personal data from intake never appears in a report. A closed month (`sizhen close`)
            prints the report frozen when it was closed, byte for byte; what changed in it since
            shows as adjustments (调整) under the ledger of the next open month.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, json, csv }

    @Option(help: ArgumentHelp("The month.", valueName: "YYYY-MM"))
    var month: String

    @Option(help: "Output format: text, html, json or csv.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Only this section (repeatable): statistics, coverage, ledger, screening, deadlines, workload. CSV needs exactly one.",
                               valueName: "SECTION"))
    var section: [String] = []

    @Option(help: ArgumentHelp("Roles paid the mediation subsidy (repeatable), instead of the district's reports.subsidy_roles.", valueName: "ROLE"))
    var subsidyRole: [String] = []

    @Flag(name: .customLong("show-rules"), help: "Show each rule's expression beside its words (the files' description) in the screening and the escalations.")
    var showRules = false

    @Option(help: ArgumentHelp("Write the report to FILE (atomically) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("The database.", valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp("The workflows folder (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    func validate() throws {
        for name in section where MonthReport.Section(rawValue: name) == nil {
            throw ValidationError("unknown section '\(name)'; the sections are: " + MonthReport.Section.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if format == .csv, section.count != 1 {
            throw ValidationError("--format csv writes one section: add --section ledger, statistics, coverage, screening, deadlines or workload")
        }
    }

    func run() throws {
        if let output, let problem = FileWriting.problem(writing: output, flag: "--output") {
            Output.report(Diagnostics([problem]))
            throw ExitCode(1)
        }
        let operation = ReportOperation(workspace: Workspace(workflowsFolder: workflows, database: db), month: month, subsidyRoles: subsidyRole,
                                        language: Output.language, format: ReportOperation.Format(rawValue: format.rawValue) ?? .text,
                                        sections: section.compactMap(MonthReport.Section.init(rawValue:)), showsRules: showRules)
        let text = try Output.value(of: operation.run())
        guard let output else {
            Output.write(text)
            return
        }
        try Output.write(text, toFile: output)
    }
}
