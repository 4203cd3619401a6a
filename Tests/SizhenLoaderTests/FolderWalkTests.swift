import Foundation
import Testing
import SizhenDiagnostics
@testable import SizhenLoader

/// What a workflows folder is made of (docs/workflow-language.md, "Files and folders"): hidden
/// files and folders are skipped alike, links are never followed, a folder that cannot be read
/// or a special file named `.yaml` is an error, and the walk is bounded.
@Suite struct FolderWalkTests {
    static let minimal = WorkflowSetTests.minimal

    /// A copy of the minimal folder in a temporary folder (the copy is `set/` inside it).
    static func copy() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: minimal, to: directory.appendingPathComponent("set"))
        return directory
    }

    static func codes(_ outcome: WorkflowSetLoader.Outcome) -> [String] { outcome.diagnostics.sorted.map(\.message.code) }

    @Test func hiddenFilesAndFoldersAreSkippedAlike() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let set = directory.appendingPathComponent("set")
        // A broken file in a hidden folder (.git/, .github/) and a hidden broken file: neither is read.
        for folder in [".git", ".github/workflows"] {
            try FileManager.default.createDirectory(at: set.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data("version: 1\nkind: nonsense\n\t: bad\n".utf8).write(to: set.appendingPathComponent(folder + "/ci.yml"))
        }
        try Data("kind: nonsense\n".utf8).write(to: set.appendingPathComponent("staff/.draft.yaml"))
        let outcome = WorkflowSetLoader().load(folder: set.path)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.sorted.map { SizhenLoaderMessages.describe($0) })")
        #expect(outcome.fileCount == 8)
    }

    @Test func aLinkedFolderIsAnErrorNotSilentlyLeftOut() throws {
        // The staff kept outside and linked in: before, its people were silently missing.
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let set = directory.appendingPathComponent("set")
        try FileManager.default.moveItem(at: set.appendingPathComponent("staff"), to: directory.appendingPathComponent("staff"))
        try FileManager.default.createSymbolicLink(atPath: set.appendingPathComponent("staff").path, withDestinationPath: "../staff")
        let outcome = WorkflowSetLoader().load(folder: set.path)
        #expect(outcome.set == nil)
        let link = try #require(outcome.diagnostics.sorted.first { $0.message.code == FileMessage.symbolicLink.rawValue })
        #expect(link.location == SourceLocation(file: set.path + "/staff", line: 1, column: 1))
        #expect(link.message.text("path") == set.path + "/staff")
    }

    @Test func aLinkToAFileOutsideIsRefusedUnread() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let set = directory.appendingPathComponent("set")
        let secret = directory.appendingPathComponent("secret.yaml")
        try Data("version: 1\nkind: secret-的-内容\n".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: set.appendingPathComponent("workflows/secret.yaml").path, withDestinationPath: secret.path)
        // A link to a file that is not YAML is ignored like any such file.
        try FileManager.default.createSymbolicLink(atPath: set.appendingPathComponent("README.md").path, withDestinationPath: secret.path)
        let outcome = WorkflowSetLoader().load(folder: set.path)
        #expect(Self.codes(outcome) == [FileMessage.symbolicLink.rawValue])
        #expect(outcome.sources.text(of: set.path + "/workflows/secret.yaml") == nil, "never read")
        #expect(!outcome.diagnostics.sorted.contains { SizhenLoaderMessages.describe($0).contains("secret-的-内容") }, "never quoted")
    }

    @Test func aSpecialFileNamedYAMLIsAnErrorAndNeverOpened() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let set = directory.appendingPathComponent("set")
        #expect(mkfifo(set.appendingPathComponent("workflows/pipe.yaml").path, 0o600) == 0)
        #expect(mkfifo(set.appendingPathComponent("workflows/pipe.txt").path, 0o600) == 0, "not YAML: ignored")
        let outcome = WorkflowSetLoader().load(folder: set.path)
        #expect(Self.codes(outcome) == [FileMessage.notAFile.rawValue])
        #expect(outcome.diagnostics.sorted.first?.message.message("kind")?.code == FileMessage.kindFIFO.rawValue)
    }

    @Test func anUnreadableFolderIsAnError() throws {
        // Permissions do not bind root: there the folder is readable and nothing can be shown.
        guard geteuid() != 0 else { return }
        let directory = try Self.copy()
        defer {
            chmod(directory.appendingPathComponent("set/staff").path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        let set = directory.appendingPathComponent("set")
        #expect(chmod(set.appendingPathComponent("staff").path, 0o000) == 0)
        let outcome = WorkflowSetLoader().load(folder: set.path)
        #expect(outcome.set == nil)
        #expect(Self.codes(outcome).first == FileMessage.unreadableFolder.rawValue)
    }

    @Test func theWalkIsBoundedInDepthEntriesAndFiles() throws {
        let directory = try Self.copy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let set = directory.appendingPathComponent("set")
        let deep = set.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try Data("version: 1\n".utf8).write(to: deep.appendingPathComponent("x.yaml"))
        let shallow = WorkflowSetLoader(walkLimits: FolderWalk.Limits(maxDepth: 2)).load(folder: set.path)
        #expect(Self.codes(shallow) == [FileMessage.tooDeep.rawValue])
        #expect(shallow.diagnostics.sorted.first?.location == SourceLocation(file: set.path + "/a/b/c", line: 1, column: 1))
        // Past a limit of names or files nothing is read: the folder is not a workflows folder.
        let few = WorkflowSetLoader(walkLimits: FolderWalk.Limits(maxEntries: 5)).load(folder: set.path)
        #expect(Self.codes(few) == [FileMessage.tooManyEntries.rawValue])
        #expect(few.fileCount == 0 && few.sources.paths.isEmpty)
        let files = WorkflowSetLoader(walkLimits: FolderWalk.Limits(maxFiles: 3)).load(folder: set.path)
        #expect(Self.codes(files) == [FileMessage.tooManyFiles.rawValue])
        #expect(files.diagnostics.sorted.first?.location == SourceLocation(file: set.path, line: 1, column: 1))
    }
}
