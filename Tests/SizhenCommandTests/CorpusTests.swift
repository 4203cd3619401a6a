import Foundation
import Testing

/// The hostile-input corpus (Corpus/, described in docs/reliability.md): every case must end
/// with exit status 1 and a located error (`path:line:col: error:` or `--flag:1:col: error:`)
/// within 2 seconds and 256 MB, and never crash, trap or hang.
///
/// - `yaml/*.yaml`: a file laid over a copy of the minimal workflows folder (its first line,
///   `# corpus: PATH`, names the file it replaces or adds), then `sizhen validate`;
/// - `csv/*.csv`: `sizhen intake import` against the default workflows;
/// - `cli/cases.txt`: one command line per line, `ARGUMENTS ==> EXPECTED`;
/// - generated here, in a temporary folder: the cases too big to commit (a 100 MB scalar, a
///   1 GB CSV, 100,000-deep nesting, alias bombs) and the empty files.
///
/// The expected first located error of the yaml, csv and generated cases is in
/// `expectations.txt`, `CASE<TAB>TEXT`; `RECORD_CORPUS=1 swift test --filter CorpusTests`
/// re-records it (review the difference before committing it).
/// Peak memory is the child's maximum resident set size and time its user + system CPU time,
/// as `/usr/bin/time -f "%M %U %S"` reports them.
@Suite struct CorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    static let minimal = CommandRunner.repository.appendingPathComponent("Tests/SizhenLoaderTests/Fixtures/sets/minimal")
    static let timeLimit: Double = 2
    static let memoryLimitKiB = 256 * 1024
    static let standardErrorLimit = 256 * 1024

    /// One bad input and how to run `sizhen` on it.
    struct Case: Sendable {
        var id: String
        /// The command line; `$TMP` is the case's temporary folder.
        var arguments: [String]
        /// The expected text of the first located error (`$TMP` as above), when known.
        var expected: String?
        /// Writes the case's files into its temporary folder.
        var prepare: @Sendable (URL) throws -> Void = { _ in }
    }

    /// What a run did.
    struct Outcome: Sendable {
        var status: Int32
        var signalled: Bool
        var standardError: String
        var seconds: Double
        var peakKiB: Int?
        /// User and system CPU seconds: what the command costs, whatever else the machine runs.
        var cpuSeconds: Double?
        var timedOut: Bool

        /// The first `place: error: message` line, with the place in a file or a flag's value.
        var firstLocatedError: String? {
            standardError.split(separator: "\n").first { line in
                guard let range = line.range(of: ": error: ") else { return false }
                let place = line[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
                return place.count >= 3 && Int(place[place.count - 1]) != nil && Int(place[place.count - 2]) != nil
                    && !place[0].isEmpty
            }.map(String.init)
        }

        var crashed: Bool {
            signalled || timedOut || standardError.contains("Fatal error") || standardError.contains("Command terminated by signal")
                || !(0...2).contains(status)
        }
    }

    // MARK: The cases

    static func expectations() -> [String: String] {
        let text = (try? String(contentsOf: corpus.appendingPathComponent("expectations.txt"), encoding: .utf8)) ?? ""
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { table[String(parts[0])] = String(parts[1]) }
        }
        return table
    }

    static func yamlCases(_ expected: [String: String]) throws -> [Case] {
        let folder = corpus.appendingPathComponent("yaml")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            let header = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            let target = header.hasPrefix("# corpus: ") ? String(header.dropFirst(10)) : "workflows/case.yaml"
            let id = "yaml/" + name
            return Case(id: id, arguments: ["validate", "--workflows", "$TMP/set"], expected: expected[id]) { directory in
                try overlay(bytes, at: target, in: directory)
            }
        }
    }

    static func csvCases(_ expected: [String: String]) throws -> [Case] {
        let folder = corpus.appendingPathComponent("csv")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted().map { name in
            let id = "csv/" + name
            return Case(id: id, arguments: ["intake", "import", "Tests/SizhenCommandTests/Corpus/csv/" + name, "--db", "$TMP/intake.db"],
                        expected: expected[id])
        }
    }

    static func commandLineCases() throws -> [Case] {
        let text = try String(contentsOf: corpus.appendingPathComponent("cli/cases.txt"), encoding: .utf8)
        var cases: [Case] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.hasPrefix("#") && line.contains(" ==> ") {
            let parts = line.components(separatedBy: " ==> ")
            cases.append(Case(id: "cli/cases.txt:\(number + 1)", arguments: CommandRunner.words(parts[0]), expected: parts[1]))
        }
        return cases
    }

    /// A file written at test time over `target` of a copy of the minimal folder, then `validate`.
    static func generatedYAML(_ name: String, _ target: String, _ expected: [String: String],
                              _ write: @escaping @Sendable (FileHandle) throws -> Void) -> Case {
        Case(id: "gen/" + name, arguments: ["validate", "--workflows", "$TMP/set"], expected: expected["gen/" + name]) { directory in
            try overlay(Data(), at: target, in: directory)
            let handle = try FileHandle(forWritingTo: directory.appendingPathComponent("set/" + target))
            defer { try? handle.close() }
            try write(handle)
        }
    }

    /// The cases too big to commit, and those with no bytes to carry a header.
    static func generatedCases(_ expected: [String: String]) -> [Case] {
        func yaml(_ name: String, _ target: String, _ write: @escaping @Sendable (FileHandle) throws -> Void) -> Case {
            generatedYAML(name, target, expected, write)
        }
        func csv(_ name: String, _ write: @escaping @Sendable (FileHandle) throws -> Void) -> Case {
            Case(id: "gen/" + name, arguments: ["intake", "import", "$TMP/" + name + ".csv", "--db", "$TMP/intake.db"],
                 expected: expected["gen/" + name]) { directory in
                let file = directory.appendingPathComponent(name + ".csv")
                _ = FileManager.default.createFile(atPath: file.path, contents: nil)
                let handle = try FileHandle(forWritingTo: file)
                defer { try? handle.close() }
                try write(handle)
            }
        }
        let header = "version: 1\nkind: workflow\nid: big\nname: 大\n"
        let csvHeader = "日期,工作流,诊室,序号,结果\n"
        return [
            yaml("yaml-empty-file", "workflows/empty.yaml") { _ in },
            yaml("yaml-empty-district", "district/district.yaml") { _ in },
            yaml("yaml-100mb-scalar", "workflows/big.yaml") { handle in
                try handle.write(contentsOf: Data((header + "description: ").utf8))
                let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
                for _ in 0..<100 { try handle.write(contentsOf: chunk) }
                try handle.write(contentsOf: Data("\n".utf8))
            },
            yaml("yaml-just-over-8mib", "workflows/big.yaml") { handle in
                try handle.write(contentsOf: Data((header + "description: " + String(repeating: "法", count: 3 << 20) + "\n").utf8))
            },
            yaml("yaml-nesting-100000-flow", "workflows/deep.yaml") { handle in
                try handle.write(contentsOf: Data((header + "steps: " + String(repeating: "[", count: 100_000)
                                                   + String(repeating: "]", count: 100_000) + "\n").utf8))
            },
            yaml("yaml-nesting-100000-flow-unclosed", "workflows/deep.yaml") { handle in
                try handle.write(contentsOf: Data((header + "steps: " + String(repeating: "{a: ", count: 100_000) + "\n").utf8))
            },
            yaml("yaml-nesting-100000-block", "workflows/deep.yaml") { handle in
                try handle.write(contentsOf: Data((header + "steps:\n  " + String(repeating: "- ", count: 100_000) + "x\n").utf8))
            },
            yaml("yaml-alias-bomb-sequences", "workflows/bomb.yaml") { handle in
                var text = header + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                for level in 1...9 {
                    text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
                }
                try handle.write(contentsOf: Data(text.utf8))
            },
            yaml("yaml-alias-bomb-merge-keys", "workflows/bomb.yaml") { handle in
                var text = header + "m0: &m0 { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }\n"
                for level in 1...12 {
                    text += "m\(level): &m\(level) { x: *m\(level - 1), y: *m\(level - 1), z: *m\(level - 1), w: *m\(level - 1) }\n"
                }
                try handle.write(contentsOf: Data(text.utf8))
            },
            yaml("yaml-one-million-keys", "workflows/wide.yaml") { handle in
                var text = header + "x: {"
                text.reserveCapacity(7 << 20)
                for k in 0..<520_000 { text += "k\(k): 1," }
                try handle.write(contentsOf: Data((text + "}\n").utf8))
            },
            csv("csv-empty-file") { _ in },
            csv("csv-1gb") { handle in
                // Sparse: the size a user's disk would hold, without writing a gigabyte here.
                try handle.write(contentsOf: Data(csvHeader.utf8))
                try handle.truncate(atOffset: 1 << 30)
            },
            csv("csv-just-over-8mib") { handle in
                let row = "2026-12-09,接诊,烟雨社区,1,已解决\n"
                try handle.write(contentsOf: Data((csvHeader + String(repeating: row, count: (8 << 20) / row.utf8.count + 1)).utf8))
            },
            csv("csv-100001-rows") { handle in
                var text = csvHeader
                for k in 1...100_001 { text += "2026-12-09,接诊,烟雨社区,\(k),已解决\n" }
                try handle.write(contentsOf: Data(text.utf8))
            },
            csv("csv-one-huge-quoted-cell") { handle in
                try handle.write(contentsOf: Data((csvHeader + "2026-12-09,接诊,烟雨社区,1,\"" + String(repeating: "x", count: 7 << 20)).utf8))
            },
            csv("csv-many-columns") { handle in
                try handle.write(contentsOf: Data((Array(repeating: "x", count: 200_000).joined(separator: ",") + "\n").utf8))
            },
        ] + issue14Cases(expected)
    }

    /// Issue 14's classes: values multiplied by aliases, inputs that are not regular files,
    /// bounded folder walks, many bad rows (each constant work once the printed ones are
    /// found).
    static func issue14Cases(_ expected: [String: String]) -> [Case] {
        func yaml(_ name: String, _ target: String, _ write: @escaping @Sendable (FileHandle) throws -> Void) -> Case {
            generatedYAML(name, target, expected, write)
        }
        /// A case whose input is a FIFO nobody writes to: reading it would wait forever.
        func fifo(_ name: String, _ file: String, _ arguments: [String]) -> Case {
            Case(id: "gen/" + name, arguments: arguments, expected: expected["gen/" + name]) { directory in
                guard mkfifo(directory.appendingPathComponent(file).path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
            }
        }
        /// A copy of the minimal folder, changed by `change`.
        func folder(_ name: String, _ change: @escaping @Sendable (URL) throws -> Void) -> Case {
            Case(id: "gen/" + name, arguments: ["validate", "--workflows", "$TMP/set"], expected: expected["gen/" + name]) { directory in
                try FileManager.default.copyItem(at: minimal, to: directory.appendingPathComponent("set"))
                try change(directory)
            }
        }
        let header = "version: 1\nkind: workflow\nid: big\nname: 大\n"
        let mebibyte = String(repeating: "a", count: 1 << 20)
        return [
            yaml("yaml-1mib-value-used-1000-times", "workflows/big.yaml") { handle in
                try handle.write(contentsOf: Data((header + "description: &d \(mebibyte)\nx: [" + Array(repeating: "*d", count: 1000)
                                                   .joined(separator: ", ") + "]\n").utf8))
            },
            yaml("yaml-1mib-kind-quoted", "workflows/big.yaml") { handle in
                try handle.write(contentsOf: Data(("version: 1\nkind: \(mebibyte)\n").utf8))
            },
            yaml("yaml-1mib-role-used-12-times", "workflows/jiezhen.yaml") { handle in
                // Twelve unknown roles, each the same 1 MiB name (within the 16 MiB budget): every message quotes it.
                let text = try String(contentsOf: minimal.appendingPathComponent("workflows/jiezhen.yaml"), encoding: .utf8)
                try handle.write(contentsOf: Data(text.replacingOccurrences(of: "name: 接诊", with: "name: &r \(mebibyte)")
                    .replacingOccurrences(of: "roles: [lawyer]", with: "roles: [lawyer, " + Array(repeating: "*r", count: 12).joined(separator: ", ") + "]")
                    .utf8))
            },
            fifo("fifo-intake", "fifo.csv", ["intake", "import", "$TMP/fifo.csv", "--db", "$TMP/intake.db"]),
            fifo("fifo-pinned", "fifo.json", ["plan", "--month", "2026-12", "--pinned", "$TMP/fifo.json"]),
            fifo("fifo-calendar", "fifo.yaml", ["schedule", "--rrule", "FREQ=MONTHLY;BYDAY=2WE", "--from", "2026-01-01", "--count", "3",
                                                "--calendar", "$TMP/fifo.yaml"]),
            fifo("fifo-scenario", "fifo.yaml", ["simulate", "--month", "2026-12", "--scenario", "$TMP/fifo.yaml", "--db", "$TMP/s.db"]),
            fifo("fifo-with", "fifo.json", ["eval", "x + 1", "--with", "$TMP/fifo.json"]),
            folder("walk-fifo-named-yaml") { directory in
                guard mkfifo(directory.appendingPathComponent("set/workflows/pipe.yaml").path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
            },
            folder("walk-link-to-a-file-outside") { directory in
                try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("set/workflows/passwd.yaml").path,
                                                           withDestinationPath: "/etc/passwd")
            },
            folder("walk-linked-staff-folder") { directory in
                // The staff kept elsewhere and linked in: its people would silently be missing.
                try FileManager.default.moveItem(at: directory.appendingPathComponent("set/staff"), to: directory.appendingPathComponent("staff"))
                try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("set/staff").path, withDestinationPath: "../staff")
            },
            folder("walk-too-deep") { directory in
                let deep = directory.appendingPathComponent("set/" + Array(repeating: "d", count: 12).joined(separator: "/"))
                try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
                try Data("version: 1\n".utf8).write(to: deep.appendingPathComponent("x.yaml"))
            },
            Case(id: "gen/csv-20000-bad-rows", arguments: ["intake", "import", "$TMP/bad.csv", "--db", "$TMP/intake.db"],
                 expected: expected["gen/csv-20000-bad-rows"]) { directory in
                // Each row names a workflow that does not exist, one edit from 接诊: "did you mean".
                var text = "日期,工作流,诊室,序号,结果\n"
                for k in 1...20_000 { text += "2026-12-09,接珍,烟雨社区,\(k),已解决\n" }
                try Data(text.utf8).write(to: directory.appendingPathComponent("bad.csv"))
            },
        ]
    }

    static func overlay(_ bytes: Data, at target: String, in directory: URL) throws {
        let set = directory.appendingPathComponent("set")
        try FileManager.default.copyItem(at: minimal, to: set)
        let file = set.appendingPathComponent(target)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
    }

    // MARK: Running

    /// Runs a case under `/usr/bin/time` (for its peak memory), killing it after 20 s.
    static func run(_ testCase: Case) throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try testCase.prepare(directory)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        let memory = directory.appendingPathComponent("peak-kib")
        process.arguments = ["-f", "%M %U %S", "-o", memory.path, CommandRunner.executable.path]
            + testCase.arguments.map { $0.replacingOccurrences(of: "$TMP", with: directory.path) }
        process.currentDirectoryURL = CommandRunner.repository
        process.environment = CommandRunner.environment()
        let errorFile = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > 20 {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        try? errorHandle.close()
        let standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        let timeReport = (try? String(contentsOf: memory, encoding: .utf8)) ?? ""
        let figures = timeReport.split(separator: "\n").last?.split(separator: " ") ?? []
        let peak = figures.first.flatMap { Int($0) }
        let cpu = figures.count == 3 ? (Double(figures[1]) ?? 0) + (Double(figures[2]) ?? 0) : nil
        return Outcome(status: process.terminationStatus,
                       signalled: process.terminationReason == .uncaughtSignal || timeReport.contains("terminated by signal"),
                       standardError: standardError.replacingOccurrences(of: directory.path, with: "$TMP"),
                       seconds: seconds, peakKiB: peak, cpuSeconds: cpu, timedOut: timedOut)
    }

    @Test func everyBadInputEndsWithALocatedErrorQuicklyAndSmall() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            Issue.record("/usr/bin/time (GNU time) is needed to measure peak memory; install the `time` package")
            return
        }
        let expected = Self.expectations()
        let cases = try Self.yamlCases(expected) + Self.csvCases(expected) + Self.commandLineCases() + Self.generatedCases(expected)
        let outcomes = Outcomes(count: cases.count)
        // Two at a time: enough to finish in reasonable time, few enough that timings mean something.
        let workers = 2
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: cases.count, by: workers) {
                outcomes.set(index, Result { try Self.run(cases[index]) })
            }
        }
        let recording = ProcessInfo.processInfo.environment["RECORD_CORPUS"] != nil
        var recorded: [String] = []
        var located = 0, crashes = 0, exitOne = 0, slowest = 0.0, slowestCPU = 0.0, largest = 0
        var slowestCase = ""
        for (testCase, result) in zip(cases, outcomes.all) {
            let outcome: Outcome
            switch result {
            case .success(let value): outcome = value
            case .failure(let error):
                Issue.record("\(testCase.id): could not run: \(error)")
                continue
            }
            slowest = max(slowest, outcome.seconds)
            if (outcome.cpuSeconds ?? 0) > slowestCPU { slowestCPU = outcome.cpuSeconds ?? 0; slowestCase = testCase.id }
            largest = max(largest, outcome.peakKiB ?? 0)
            if outcome.crashed { crashes += 1 }
            if outcome.status == 1 { exitOne += 1 }
            let first = outcome.firstLocatedError
            if first != nil { located += 1 }
            let context = "\(testCase.id): \(testCase.arguments.joined(separator: " "))\nexit \(outcome.status)\n\(outcome.standardError)"
            #expect(!outcome.crashed, "crashed or hung: \(context)")
            #expect(outcome.status == 1, "exit status: \(context)")
            #expect(first != nil, "no located error: \(context)")
            // The limit applies to the CPU time: the wall time of a test run depends on the tests
            // running beside it (it is printed, and a hang is caught by the 20 s watchdog).
            #expect((outcome.cpuSeconds ?? .infinity) < Self.timeLimit, "\(testCase.id) took \(outcome.cpuSeconds ?? -1) s of CPU")
            #expect((outcome.peakKiB ?? Int.max) < Self.memoryLimitKiB, "\(testCase.id) used \(outcome.peakKiB ?? -1) KiB")
            // What a user wrote is quoted short, however long or often: the messages stay readable.
            #expect(outcome.standardError.utf8.count < Self.standardErrorLimit, "\(testCase.id) wrote \(outcome.standardError.utf8.count) bytes")
            #expect(!outcome.standardError.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && QuotedTextScalars.actsOnATerminal($0) },
                    "\(testCase.id) printed a control character: \(outcome.standardError.prefix(2000).debugDescription)")
            if recording, !testCase.id.hasPrefix("cli/"), let first {
                recorded.append(testCase.id + "\t" + first)
            } else if let wanted = testCase.expected {
                #expect(outcome.standardError.contains(wanted), "expected \(wanted)\n\(context)")
            } else {
                Issue.record("\(testCase.id): no expectation; record with RECORD_CORPUS=1")
            }
        }
        if recording {
            let text = "# CASE<TAB>first located error (RECORD_CORPUS=1 swift test --filter CorpusTests)\n" + recorded.joined(separator: "\n") + "\n"
            try text.write(to: Self.corpus.appendingPathComponent("expectations.txt"), atomically: true, encoding: .utf8)
        }
        print("corpus: \(cases.count) inputs, \(exitOne) exit 1, \(located) located errors, \(crashes) crashes; "
              + "slowest \(String(format: "%.2f", slowestCPU)) s CPU (\(slowestCase); the longest wall time \(String(format: "%.2f", slowest)) s), largest \(largest / 1024) MiB")
    }
}

/// The outcomes of the cases, filled in by concurrent workers.
private final class Outcomes: @unchecked Sendable {
    private var results: [Result<CorpusTests.Outcome, any Error>?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<CorpusTests.Outcome, any Error>) {
        lock.withLock { results[index] = result }
    }

    var all: [Result<CorpusTests.Outcome, any Error>] {
        lock.withLock { results.map { $0 ?? .failure(CocoaError(.featureUnsupported)) } }
    }
}
