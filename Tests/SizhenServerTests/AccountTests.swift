import Foundation
import SizhenOperations
import SizhenRecords
import Testing
@testable import SizhenServer

/// `sizhen user add`'s checks, and bcrypt (the accounts store protocol is held by the store
/// contract suite, on every store).
@Suite struct AccountTests {
    static func workspace() -> (Workspace, () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-user-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (Workspace(workflowsFolder: ServerFixture.repository.appendingPathComponent("Workflows").path, database: folder.appendingPathComponent("s.db").path),
                { try? FileManager.default.removeItem(at: folder) })
    }

    @Test(arguments: [
        ("admin", "admin", nil, nil, "short", "server.account.weak-password"),
        ("admin", "admin", nil, nil, "", "server.account.no-password"),
        ("admin", "admin", nil, nil, "aaaaaaaaaaaaaaa", "server.account.weak-password"),
        ("a b", "admin", nil, nil, "correct horse 42", "server.account.bad-name"),
        ("x", "boss", nil, nil, "correct horse 42", "server.account.bad-role"),
        ("x", "street", nil, nil, "correct horse 42", "server.account.needs-street"),
        ("x", "street", "nowhere", nil, "correct horse 42", "operation.unknown-street"),
        ("x", "recorder", nil, "nowhere", "correct horse 42", "operation.unknown-site"),
        ("x", "viewer", "haitangxi", nil, "correct horse 42", "server.account.no-scope"),
    ] as [(String, String, String?, String?, String, String)])
    func userAddRefusesWhatItShould(name: String, role: String, street: String?, site: String?, password: String, code: String) {
        let (workspace, cleanUp) = Self.workspace()
        defer { cleanUp() }
        let outcome = UserAddOperation(workspace: workspace, name: name, role: role, street: street, site: site, password: password,
                                       hasher: PlainHasher(), now: 0).run()
        #expect(outcome.value == nil)
        #expect(outcome.diagnostics.items.filter(\.isError).map(\.message.code).contains(code), "\(outcome.diagnostics.items.map(\.message.code))")
    }

    @Test func userAddChecksTheSiteByNameAndRefusesADuplicate() throws {
        let (workspace, cleanUp) = Self.workspace()
        defer { cleanUp() }
        let add = UserAddOperation(workspace: workspace, name: "yanyu", role: "clinic", site: "烟雨社区", password: "correct horse 42", hasher: PlainHasher(), now: 9)
        let account = try #require(add.run().value)
        #expect(account.role == .recorder && account.site == "haitangxi-yanyu" && account.passwordHash == "plain:correct horse 42")
        #expect(add.run().diagnostics.items.map(\.message.code) == ["server.account.exists"])
        #expect(UserListOperation(workspace: workspace).run().value?.map(\.name) == ["yanyu"])
        #expect(UserRemoveOperation(workspace: workspace, name: "yanyu").run().value == "yanyu")
        #expect(UserRemoveOperation(workspace: workspace, name: "yanyu").run().diagnostics.items.map(\.message.code) == ["server.account.unknown"])
    }

    @Test func bcryptHashesAtCostTenOrMoreAndVerifies() {
        let hasher = BcryptHasher(cost: 4)
        #expect(hasher.cost == 10)
        let hash = hasher.hash("correct horse 42")
        #expect(hash.hasPrefix("$2b$10$") || hash.hasPrefix("$2a$10$") || hash.hasPrefix("$2y$10$"))
        #expect(hasher.verify("correct horse 42", against: hash))
        #expect(!hasher.verify("correct horse 43", against: hash))
        #expect(!hasher.verify("x", against: "not a hash"))
    }
}

/// The web server's cache of the workflow files: kept while no file changes, read again when one does.
@Suite struct WorkflowSetCacheTests {
    @Test func aChangedFileIsReadAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: ServerFixture.repository.appendingPathComponent("Workflows"), to: folder)
        let workspace = Workspace(workflowsFolder: folder.path, cache: WorkflowSetCache())
        #expect(workspace.district().value?.community("haitangxi-yanyu")?.name == "烟雨社区")
        let file = folder.appendingPathComponent("district/haitangxi.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "name: 烟雨社区", with: "name: 烟雨新社区").write(to: file, atomically: true, encoding: .utf8)
        #expect(workspace.district().value?.community("haitangxi-yanyu")?.name == "烟雨新社区")
        try FileManager.default.removeItem(at: file)
        #expect(workspace.district().value?.community("haitangxi-yanyu") == nil)
    }
}
