import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenReports

/// `sizhen report --month M`: the month's statistics, coverage, subsidy ledger, dispute
/// screening, escalations and deadlines, and workload, from the stored records.
struct Report: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: HelpMessage.reportAbstract.text,
            discussion: HelpMessage.reportDiscussion.text
        )
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, json, csv }

    @Option(help: ArgumentHelp(HelpMessage.reportMonth.text, valueName: "YYYY-MM"))
    var month: String

    @Option(help: ArgumentHelp(HelpMessage.reportFormat.text))
    var format: Format = .text

    @Option(help: ArgumentHelp(HelpMessage.reportSection.text,
                               valueName: "SECTION"))
    var section: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.reportSubsidyRole.text, valueName: "ROLE"))
    var subsidyRole: [String] = []

    @Flag(name: .customLong("show-rules"), help: ArgumentHelp(HelpMessage.reportShowRules.text))
    var showRules = false

    @Option(help: ArgumentHelp(HelpMessage.reportStreet.text, valueName: "ID|NAME"))
    var street: String?

    @Option(help: ArgumentHelp(HelpMessage.madeOn.text, valueName: "YYYY-MM-DD"))
    var madeOn: String?

    @Option(help: ArgumentHelp(HelpMessage.reportOutput.text, valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    func validate() throws {
        for name in section where MonthReport.Section(rawValue: name) == nil {
            throw ValidationError(UsageMessage.unknownSection.text(["name": .text(name), "sections": .texts(MonthReport.Section.allCases.map(\.rawValue))]))
        }
        if format == .csv, section.count != 1 {
            throw ValidationError(UsageMessage.csvNeedsOneSection.text())
        }
    }

    func run() throws {
        if let output, let problem = FileWriting.problem(writing: output, flag: "--output") {
            Output.report(Diagnostics([problem]))
            throw ExitCode(1)
        }
        let operation = ReportOperation(workspace: Workspace(workflowsFolder: workflows, database: Workspace.chosenDatabase(flag: db, environment: ProcessInfo.processInfo.environment)), month: month, subsidyRoles: subsidyRole,
                                        language: Output.language, format: ReportOperation.Format(rawValue: format.rawValue) ?? .text,
                                        sections: section.compactMap(MonthReport.Section.init(rawValue:)), showsRules: showRules, street: street,
                                        madeOn: MadeOn(flag: madeOn, now: Output.now))
        let text = try Output.value(of: operation.run())
        guard let output else {
            Output.write(text)
            return
        }
        try Output.write(text, toFile: output)
    }
}
