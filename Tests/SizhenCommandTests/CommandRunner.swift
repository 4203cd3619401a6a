import Foundation
import Testing

/// Runs the built `sizhen` executable as a user would, from the repository's root, and
/// captures what it prints.
struct CommandRunner {
    struct Result: CustomStringConvertible {
        var status: Int32
        var standardOutput: String
        var standardError: String

        /// What a user sees in a terminal when both streams go to it: output, then diagnostics.
        var combined: String { standardOutput + standardError }

        var description: String { "exit \(status)\n--- stdout\n\(standardOutput)--- stderr\n\(standardError)" }
    }

    /// Removes a database the command wrote, with its WAL and shared-memory files.
    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle (SwiftPM builds it because the test target
    /// depends on it).
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sizhen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/sizhen")
    }

    /// The environment a test runs `sizhen` in: this one's, with colour off and the language
    /// English (the machine's locale, SIZHEN_LANG and SIZHEN_DB left out), then `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // SIZHEN_DB too: a test names its database, whatever the machine's environment says.
        for key in ["LC_ALL", "LC_MESSAGES", "SIZHEN_LANG", "SIZHEN_DB"] { environment[key] = nil }
        environment["LANG"] = "C.UTF-8"
        // The day the sheets say they were made: 2026-12-31 08:00 in Chongqing, not the clock.
        environment["SOURCE_DATE_EPOCH"] = "1798675200"
        environment.merge(extra) { _, given in given }
        return environment
    }

    /// Runs `sizhen` with `arguments` in `directory` (default: the repository root), with colour
    /// off, standard input closed and the language English (the locale and SIZHEN_LANG of the
    /// machine left out) unless `environment` says otherwise. `program` runs another copy of
    /// the executable (one copied away from the build folder).
    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
                    program: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = program ?? executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        process.environment = environment(extra)
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so that a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `text` as an intake sheet `name` in `folder` (UTF-8 with a byte-order mark, as
    /// Excel saves it) and imports it into the database `db`.
    static func importSheet(_ text: String, named name: String, in folder: URL, db: String) throws -> Result {
        let sheet = folder.appendingPathComponent(name)
        try Data(("\u{FEFF}" + text).utf8).write(to: sheet)
        return try run(["intake", "import", sheet.path, "--db", db])
    }

    /// Splits a command line as a POSIX shell would for the simple cases docs use: spaces
    /// separate words; single and double quotes group; a backslash before a newline joins lines.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var characters = Array(line.replacingOccurrences(of: "\\\n", with: " "))[...]
        while let c = characters.popFirst() {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

extension CommandRunner {
    /// Runs a script of the repository (a browser check, an iCalendar check) with its output
    /// captured: a bash script, or with `python` a Python one.
    static func script(_ path: String, _ arguments: [String], python: Bool = false, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, given in given }
        process.executableURL = URL(fileURLWithPath: python ? "/usr/bin/env" : "/bin/bash")
        process.arguments = (python ? ["python3"] : []) + [repository.appendingPathComponent(path).path] + arguments
        // Standard error to a file, not a pipe: an install by apt-get can say more than a pipe
        // holds while standard output is being read.
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-script-\(UUID().uuidString).err").path
        FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = FileManager.default.contents(atPath: errorPath) ?? Data()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }
}

/// Golden text under Snapshots/, re-recorded with `RECORD_SNAPSHOTS=1 swift test`.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }
}

/// The characters `QuotedText.needsEscape` escapes, said again here so that the command tests
/// check the program's output against the rule rather than against the function under test.
enum QuotedTextScalars {
    static func actsOnATerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
