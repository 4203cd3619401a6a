import Foundation
import Testing

/// `sizhen init`: the built-in district written out as a starting copy, whole or not at all;
/// and the built-in district itself, which a copied binary carries with it.
@Suite struct InitCommandTests {
    /// A new empty folder, removed at `body`'s end.
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// Every file under `folder`, by relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let walk = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in walk where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            found[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return found
    }

    @Test func initWritesTheBuiltInDistrictThatValidates() throws {
        try withFolder { folder in
            let written = try CommandRunner.run(["init"], in: folder)
            #expect(written.status == 0, "\(written)")
            #expect(written.standardOutput.contains("wrote the built-in district to Workflows:"), "\(written)")
            #expect(written.standardOutput.contains("calendars, district"), "\(written)")
            #expect(written.standardOutput.contains("next: edit them for your district"), "\(written)")
            #expect(written.standardOutput.contains("sizhen validate --workflows Workflows"), "\(written)")
            // File for file the repository's Workflows/.
            let copy = try Self.contents(of: folder.appendingPathComponent("Workflows"))
            let shipped = try Self.contents(of: CommandRunner.repository.appendingPathComponent("Workflows"))
            #expect(copy.keys.sorted() == shipped.keys.sorted())
            #expect(copy == shipped)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Workflows"], "no staging folder is left")

            let validated = try CommandRunner.run(["validate", "--workflows", "Workflows"], in: folder)
            #expect(validated.status == 0, "\(validated)")
            // The copy is what commands in that folder now read, and a hint names it.
            let plain = try CommandRunner.run(["plan", "--month", "2027-01"], in: folder)
            #expect(plain.status == 1 && plain.standardError.contains("(Workflows/calendars/cn.yaml)"), "\(plain)")
            #expect(!plain.standardError.contains("sizhen init"), "\(plain)")
        }
    }

    @Test func initWritesANamedFolderInChinese() throws {
        try withFolder { folder in
            let written = try CommandRunner.run(["init", "district-copy", "--lang", "zh"], in: folder)
            #expect(written.status == 0, "\(written)")
            #expect(written.standardOutput.contains("已把内置示例辖区写入 district-copy"), "\(written)")
            #expect(written.standardOutput.contains("sizhen validate --workflows district-copy"), "\(written)")
            let validated = try CommandRunner.run(["validate", "--workflows", "district-copy"], in: folder)
            #expect(validated.status == 0, "\(validated)")
        }
    }

    @Test func anEmptyFolderIsWrittenInto() throws {
        try withFolder { folder in
            let target = folder.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            let written = try CommandRunner.run(["init", target.path])
            #expect(written.status == 0, "\(written)")
            #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("calendars/cn.yaml").path))
        }
    }

    @Test(arguments: ["folder", "file", "link"])
    func initRefusesWhatIsNotANewFolderAndWritesNothing(kind: String) throws {
        try withFolder { folder in
            let target = folder.appendingPathComponent("Workflows")
            switch kind {
            case "folder":
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                try Data("mine\n".utf8).write(to: target.appendingPathComponent("notes.txt"))
            case "file":
                try Data("mine\n".utf8).write(to: target)
            default:
                let elsewhere = folder.appendingPathComponent("elsewhere")
                try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(at: target, withDestinationURL: elsewhere)
            }
            let before = try Self.contents(of: folder)
            let listing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            let refused = try CommandRunner.run(["init"], in: folder)
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.standardOutput.isEmpty, "\(refused)")
            #expect(refused.standardError.hasPrefix("DIR:1:1: error: "), "\(refused)")
            #expect(refused.standardError.contains("hint: init writes a new folder"), "\(refused)")
            #expect(try Self.contents(of: folder) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == listing)
        }
    }

    @Test func aCopiedBinaryRunsTheBuiltInDistrictAndItsHintsNameNoBuildFolder() throws {
        try withFolder { folder in
            // The executable alone, in a folder of its own: no build folder, no resource bundle beside it.
            let binary = folder.appendingPathComponent("bin/sizhen")
            try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: CommandRunner.executable, to: binary)
            // It names no resource bundle of its own: the accessor SwiftPM generates for one holds
            // the build folder's absolute path, and stops the program when neither is found.
            #expect(try Data(contentsOf: binary).range(of: Data("sizhen_SizhenDefaults.resources".utf8)) == nil)
            let work = folder.appendingPathComponent("work")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            func run(_ arguments: [String]) throws -> CommandRunner.Result {
                try CommandRunner.run(arguments, in: work, program: binary)
            }
            let simulated = try run(["simulate", "--month", "2026-12", "--db", "s.db"])
            #expect(simulated.status == 0, "\(simulated)")
            #expect(!simulated.combined.contains(".build"), "\(simulated)")

            // A year the built-in calendar lacks: the hint says the district is built in and how to get one's own.
            let refused = try run(["plan", "--month", "2027-01"])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.standardError.contains("year 2027 is not covered"), "\(refused)")
            #expect(refused.standardError.contains("this is the built-in district, part of the program: write your own copy with `sizhen init`"),
                    "\(refused)")
            #expect(refused.standardError.contains("(Workflows/calendars/cn.yaml)"), "\(refused)")
            #expect(!refused.standardError.contains(".build") && !refused.standardError.contains("builtin-"), "\(refused)")
            let chinese = try run(["plan", "--month", "2027-01", "--lang", "zh"])
            #expect(chinese.standardError.contains("当前使用的是内置示例辖区，它属于程序本身：请先用 `sizhen init` 写出自己的副本"), "\(chinese)")

            // validate names the district as built in, not the folder the program wrote it to.
            let validated = try run(["validate"])
            #expect(validated.status == 0 && validated.standardOutput.hasPrefix("the built-in district (write your own copy with `sizhen init`): "),
                    "\(validated)")

            // The copied binary writes the same district out.
            let written = try run(["init"])
            #expect(written.status == 0, "\(written)")
            #expect(try Self.contents(of: work.appendingPathComponent("Workflows"))
                == Self.contents(of: CommandRunner.repository.appendingPathComponent("Workflows")))
        }
    }

    @Test func anAlteredCopyOfTheBuiltInDistrictIsWrittenAgain() throws {
        try withFolder { folder in
            // A temporary directory of the test's own, so that no other test's district is touched.
            let temporary = folder.appendingPathComponent("tmp")
            let work = folder.appendingPathComponent("work")
            for made in [temporary, work] { try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true) }
            let first = try CommandRunner.run(["validate"], in: work, environment: ["TMPDIR": temporary.path])
            #expect(first.status == 0, "\(first)")
            let owner = try #require(FileManager.default.contentsOfDirectory(atPath: temporary.path).first { $0.hasPrefix("sizhen-") })
            let version = try #require(FileManager.default.contentsOfDirectory(atPath: temporary.path + "/" + owner).first)
            let calendar = temporary.appendingPathComponent("\(owner)/\(version)/Workflows/calendars/cn.yaml")
            let original = try Data(contentsOf: calendar)
            try Data("kind: nonsense\n".utf8).write(to: calendar)
            let again = try CommandRunner.run(["validate"], in: work, environment: ["TMPDIR": temporary.path])
            #expect(again.status == 0, "\(again)")
            #expect(try Data(contentsOf: calendar) == original)
        }
    }
}
