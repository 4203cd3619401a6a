import Foundation
import Testing
import SizhenDiagnostics
@testable import SizhenLoader

/// The one reader of named files: what is not a regular file is refused before it is opened
/// (a FIFO would block forever), a file over the limit is refused unread, and a file read is
/// never more than the limit.
@Suite struct InputFileTests {
    static func temporary() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let directory = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(InputFile.read(fifo, maxBytes: 100) == .failure(.notAFile(.fifo)))
        var sources = SourceFiles()
        guard case .failure(let diagnostic) = sources.read(fifo, maxBytes: 100) else {
            Issue.record("a FIFO was read")
            return
        }
        #expect(diagnostic.message.code == FileMessage.notAFile.rawValue)
        #expect(diagnostic.location == SourceLocation(file: fifo, line: 1, column: 1))
        #expect(LoaderWords.english.render(diagnostic.message) == "\(fifo) is a named pipe (FIFO), not a regular file")
    }

    @Test func devicesAndFoldersAreRefused() throws {
        #expect(InputFile.read("/dev/zero", maxBytes: 100) == .failure(.notAFile(.characterDevice)))
        #expect(InputFile.read("/dev/null", maxBytes: 100) == .failure(.notAFile(.characterDevice)))
        #expect(InputFile.read("/tmp", maxBytes: 100) == .failure(.folder))
        #expect(InputFile.read("/nonexistent/x.yaml", maxBytes: 100) == .failure(.missing))
    }

    @Test func aFileOverTheLimitIsRefusedAndOneWithinItReadWhole() throws {
        let directory = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("big.json")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        #expect(InputFile.read(big.path, maxBytes: 8 << 20) == .failure(.tooLarge(size: 1 << 30)))
        let small = directory.appendingPathComponent("small.yaml")
        let text = String(repeating: "接诊\n", count: 5000)
        try Data(text.utf8).write(to: small)
        #expect(InputFile.read(small.path, maxBytes: 8 << 20) == .success(Array(text.utf8)))
        #expect(InputFile.read(small.path, maxBytes: text.utf8.count) == .success(Array(text.utf8)), "exactly the limit")
        #expect(InputFile.read(small.path, maxBytes: text.utf8.count - 1) == .failure(.tooLarge(size: text.utf8.count)))
    }

    @Test func aFileWhoseSizeSaysNothingIsReadOnlyUpToTheLimit() {
        // /proc files say they are empty; what they hold is read, but never past the limit.
        guard case .failure(.tooLarge) = InputFile.read("/proc/self/maps", maxBytes: 16) else {
            Issue.record("read past the limit")
            return
        }
        guard case .success(let bytes) = InputFile.read("/proc/self/maps", maxBytes: 1 << 20) else {
            Issue.record("a /proc file is a regular file")
            return
        }
        #expect(!bytes.isEmpty)
    }

    @Test func linksAreFollowedOnlyWhenAsked() throws {
        let directory = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("target.yaml")
        try Data("a: 1\n".utf8).write(to: target)
        let link = directory.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        #expect(InputFile.read(link, maxBytes: 100) == .success(Array("a: 1\n".utf8)))
        #expect(InputFile.read(link, maxBytes: 100, followsLinks: false) == .failure(.symbolicLink))
    }
}
