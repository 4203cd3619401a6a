import ArgumentParser
import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenServer

/// `sizhen user`: the web application's accounts.
struct UserCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "user", abstract: HelpMessage.userAbstract.text,
                             subcommands: [UserAddCommand.self, UserListCommand.self, UserPasswordCommand.self, UserRemoveCommand.self])
    }
}

/// `sizhen user add NAME --role ROLE [--street ID | --site ID]`.
struct UserAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: HelpMessage.userAddAbstract.text, discussion: HelpMessage.userAddDiscussion.text)
    }

    @Argument(help: ArgumentHelp(HelpMessage.userName.text, valueName: "NAME"))
    var name: String

    @Option(help: ArgumentHelp(HelpMessage.userRole.text, valueName: "ROLE"))
    var role: String

    @Option(help: ArgumentHelp(HelpMessage.userStreet.text, valueName: "ID"))
    var street: String?

    @Option(help: ArgumentHelp(HelpMessage.userSite.text, valueName: "ID"))
    var site: String?

    @Option(help: ArgumentHelp(HelpMessage.databaseCreatedOption.text, valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    @Option(help: ArgumentHelp(HelpMessage.workflowsOption.text, valueName: "DIR"))
    var workflows: String?

    func run() throws {
        let password = try PasswordInput.required(for: name)
        let operation = UserAddOperation(workspace: Workspace(workflowsFolder: workflows, database: db), name: name, role: role, street: street, site: site,
                                         password: password, hasher: BcryptHasher(), now: Int64(Date().timeIntervalSince1970))
        let account = try Output.value(of: operation.run())
        let scope = account.street ?? account.site ?? ""
        Output.write(Output.messages.render(ServerMessage.accountAdded(["name": .text(account.name), "role": .text(account.role.rawValue),
                                                                      "scope": .text(scope)])) + "\n")
    }
}

/// `sizhen user list`.
struct UserListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: HelpMessage.userListAbstract.text)
    }

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    func run() throws {
        let accounts = try Output.value(of: UserListOperation(workspace: Workspace(database: db)).run())
        if accounts.isEmpty { Output.write(Output.messages.render(ServerMessage.noAccounts()) + "\n") }
        for account in accounts {
            Output.write([account.name, account.role.rawValue, account.street ?? account.site ?? "—"].joined(separator: "\t") + "\n")
        }
    }
}

/// `sizhen user password NAME`: sets a password (a forgotten one, or the first after a
/// breach); every session of the account ends.
struct UserPasswordCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "password", abstract: HelpMessage.userPasswordAbstract.text, discussion: HelpMessage.userPasswordDiscussion.text)
    }

    @Argument(help: ArgumentHelp(HelpMessage.userName.text, valueName: "NAME"))
    var name: String

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    func run() throws {
        let password = try PasswordInput.required(for: name)
        let operation = UserPasswordOperation(workspace: Workspace(database: db), name: name, password: password, hasher: BcryptHasher())
        let changed = try Output.value(of: operation.run())
        Output.write(Output.messages.render(ServerMessage.passwordSet(["name": .text(changed)])) + "\n")
    }
}

/// `sizhen user remove NAME`.
struct UserRemoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "remove", abstract: HelpMessage.userRemoveAbstract.text)
    }

    @Argument(help: ArgumentHelp(HelpMessage.userName.text, valueName: "NAME"))
    var name: String

    @Option(help: ArgumentHelp(HelpMessage.databaseOption.text, valueName: "FILE"))
    var db: String = Workspace.defaultDatabase

    func run() throws {
        let removed = try Output.value(of: UserRemoveOperation(workspace: Workspace(database: db), name: name).run())
        Output.write(Output.messages.render(ServerMessage.accountRemoved(["name": .text(removed)])) + "\n")
    }
}

/// Reads a new password: typed twice at a terminal without echo, or one line of standard
/// input (for scripts: `printf '%s\n' "$PW" | sizhen user add …`).
enum PasswordInput {
    struct Refusal: Error { var message: Message }

    /// The password read, or the refusal reported and the command ended with status 1.
    static func required(for name: String) throws -> String {
        switch read(for: name) {
        case .success(let typed): return typed
        case .failure(let refusal):
            Output.report(Diagnostics([.error(refusal.message)]))
            throw ExitCode(1)
        }
    }

    static func read(for name: String) -> Result<String, Refusal> {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = Swift.readLine(strippingNewline: true) else { return .failure(Refusal(message: ServerMessage.noPassword())) }
            return .success(line.hasSuffix("\r") ? String(line.dropLast()) : line)
        }
        let first = prompt(Output.messages.render(ServerMessage.passwordPrompt(["name": .text(name)])))
        let second = prompt(Output.messages.render(ServerMessage.passwordAgain()))
        guard let first, let second else { return .failure(Refusal(message: ServerMessage.noPassword())) }
        guard first == second else { return .failure(Refusal(message: ServerMessage.passwordsDiffer())) }
        return .success(first)
    }

    /// One line read with the terminal's echo off, put back on afterwards.
    static func prompt(_ text: String) -> String? {
        Output.write(text, to: STDERR_FILENO)
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            Output.write("\n", to: STDERR_FILENO)
        }
        return Swift.readLine(strippingNewline: true)
    }
}
