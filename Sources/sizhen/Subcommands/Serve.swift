import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenServer

/// `sizhen serve`: the web application, until interrupted (Ctrl-C or SIGTERM end it cleanly).
struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: HelpMessage.serveAbstract.text, discussion: HelpMessage.serveDiscussion.text)
    }

    @Option(help: ArgumentHelp(HelpMessage.serveHost.text, valueName: "HOST"))
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp(HelpMessage.servePort.text, valueName: "PORT"))
    var port: Int = 8080

    @Option(help: ArgumentHelp(HelpMessage.databaseCreatedOption.text, valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    @Flag(help: ArgumentHelp(HelpMessage.serveSecureCookies.text))
    var secureCookies = false

    @Flag(help: ArgumentHelp(HelpMessage.serveTrustProxy.text))
    var trustProxy = false

    @Option(help: ArgumentHelp(HelpMessage.serveRequestTimeout.text, valueName: "SECONDS"))
    var requestTimeout: Int = 120

    func run() throws {
        guard (1...65_535).contains(port) else {
            Output.report(Diagnostics([.error(ServerMessage.badPort(["port": .int(port)]), at: SourceLocation(file: "--port", line: 1, column: 1))]))
            throw ExitCode(1)
        }
        guard (1...3_600).contains(requestTimeout) else {
            Output.report(Diagnostics([.error(ServerMessage.badTimeout(["seconds": .int(requestTimeout)]),
                                              at: SourceLocation(file: "--request-timeout", line: 1, column: 1))]))
            throw ExitCode(1)
        }
        // The files are parsed once and again only when one changes, not on every page.
        let workspace = Workspace(workflowsFolder: workflows, database: db, cache: WorkflowSetCache())
        let district = try Output.value(of: workspace.district())
        let accounts = try Output.value(of: workspace.accountStore())
        if (try? accounts.accounts().contains { $0.role == .admin }) != true {
            Output.report(Diagnostics([.warning(ServerMessage.noAdministrator())]))
        }
        let configuration = ServerConfiguration(host: host, port: port, workspace: workspace, secureCookies: secureCookies, trustsProxy: trustProxy,
                                                requestTimeout: Int64(requestTimeout))
        let web = SizhenWeb(configuration: configuration, environment: .live, accounts: accounts, district: district)
        Output.write(Output.messages.render(ServerMessage.listening(["host": .text(host), "port": .int(port)])) + "\n")
        // The command line is synchronous; the server is not: it runs on Swift's concurrency
        // threads while this one waits for it to stop.
        let stopped = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await ServerApplication.application(for: web).runService() } catch { failure.error = error }
            stopped.signal()
        }
        stopped.wait()
        // A simulation running stops after its current day; its folder is deleted.
        web.shutDown()
        if let error = failure.error {
            Output.report(Diagnostics([.error(OperationMessage.unexpected(["detail": .text("\(error)")]))]))
            throw ExitCode(1)
        }
    }
}

/// The error a server stopped with, handed from its task to the waiting thread.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
