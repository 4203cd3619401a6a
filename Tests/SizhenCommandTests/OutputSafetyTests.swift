import Foundation
import Testing

/// Outputs go only where a file belongs and arrive whole: an empty `--output`, a symbolic link,
/// a device or a pipe is refused before anything is written; a file is written beside its
/// target and renamed over it; a failed write to standard output is exit status 1 with a
/// message, never a trap.
@Suite struct OutputSafetyTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `sizhen` with standard output going to `path` (e.g. `/dev/full`).
    func run(_ arguments: [String], standardOutput path: String) throws -> (status: Int32, standardError: String) {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.repository
        process.environment = CommandRunner.environment()
        process.standardOutput = try #require(FileHandle(forWritingAtPath: path))
        let error = Pipe()
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "\(arguments) was killed by a signal")
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [["validate"], ["schedule", "--month", "2026-12"], ["plan", "--month", "2026-12", "--format", "csv"], ["--help"],
                      ["schedule", "--help"]])
    func aFullDiskOnStandardOutputIsAnErrorNotATrap(arguments: [String]) throws {
        let result = try run(arguments, standardOutput: "/dev/full")
        #expect(result.status == 1)
        #expect(result.standardError.contains("could not write to standard output: the disk is full"), "\(result.standardError)")
    }

    @Test func anEmptyOutputWritesNothingInTheCurrentFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "mine".write(to: folder.appendingPathComponent("district.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["scaffold", "--communities", "5", "--output", ""], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("--output:1:1: error: the path given to --output is empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["district.yaml"])
        #expect(try String(contentsOf: folder.appendingPathComponent("district.yaml"), encoding: .utf8) == "mine")
    }

    @Test func aSymbolicLinkIsNeverReplaced() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.html")
        try "kept".write(to: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.html")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let folderLink = folder.appendingPathComponent("folder-link")
        try FileManager.default.createSymbolicLink(at: folderLink, withDestinationURL: folder)
        for arguments in [["report", "--month", "2026-12", "--output", link.path], ["scaffold", "--communities", "5", "--output", folderLink.path]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1)
            #expect(result.standardError.contains("is a symbolic link; Sizhen does not write through links"), "\(result)")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "kept")
    }

    @Test func aPipeIsRefusedWithoutBlocking() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let result = try CommandRunner.run(["report", "--month", "2026-12", "--output", fifo.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("is not a regular file (a device, a pipe or a socket)"))
    }

    @Test func aReportFileIsWrittenWholeAndLeavesNothingBeside() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("month.db").path
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-09", "--db", database]).status == 0)
        let output = folder.appendingPathComponent("report.html")
        try "old".write(to: output, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["report", "--month", "2026-12", "--db", database, "--format", "html", "--output", output.path])
        #expect(result.status == 0, "\(result)")
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>") && written.hasSuffix("</html>\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("month.db") }
        #expect(names == ["report.html"])
    }

    @Test func aScaffoldLeavesNoTemporaryFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("district")
        #expect(try CommandRunner.run(["scaffold", "--communities", "12", "--output", output.path]).status == 0)
        let files = FileManager.default.enumerator(atPath: output.path)?.allObjects.compactMap { $0 as? String } ?? []
        #expect(!files.isEmpty)
        #expect(files.allSatisfy { !$0.contains(".sizhen-") && !$0.hasSuffix(".tmp") }, "\(files)")
        #expect(try CommandRunner.run(["validate", "--workflows", output.path]).status == 0)
    }
}
