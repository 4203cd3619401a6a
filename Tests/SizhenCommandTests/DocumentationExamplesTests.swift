import Foundation
import Testing

/// Runs every example in docs/*.md and docs/zh/*.md: a ```console block holds `$ sizhen …`
/// lines, each followed by exactly what the command prints (output, then diagnostics); a line
/// `[exit N]` after the output says the command ends with status N (0 when absent). The pages
/// of the Chinese guide (docs/zh/) run with SIZHEN_LANG=zh, as on a machine set to Chinese
/// (their 入门 page says so); the others in English.
@Suite struct DocumentationExamplesTests {
    struct Example: CustomStringConvertible {
        var file: String
        var line: Int
        var command: String
        var expected: String
        var status: Int32

        var description: String { "\(file):\(line) \(command)" }
    }

    static var examples: [Example] {
        ["docs", "docs/zh"].flatMap { folder -> [Example] in
            let docs = CommandRunner.repository.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            return names.flatMap { name -> [Example] in
                guard let text = try? String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8) else { return [] }
                return parse(text, file: folder + "/" + name)
            }
        }
    }

    /// The environment a page's examples run in: Chinese for the Chinese guide.
    static func environment(of file: String) -> [String: String] {
        file.hasPrefix("docs/zh/") ? ["SIZHEN_LANG": "zh"] : [:]
    }

    static func parse(_ text: String, file: String) -> [Example] {
        var examples: [Example] = []
        var inConsole = false
        var current: Example?
        func finish() {
            if var example = current {
                if example.expected.hasSuffix("\n\n") { example.expected.removeLast() }
                examples.append(example)
            }
            current = nil
        }
        var pendingContinuation = false
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                if inConsole { finish(); inConsole = false } else if line == "```console" { inConsole = true }
                continue
            }
            guard inConsole else { continue }
            if pendingContinuation, current != nil {
                current!.command += "\n" + line
                pendingContinuation = line.hasSuffix("\\")
                continue
            }
            if line.hasPrefix("$ ") {
                finish()
                current = Example(file: file, line: index + 1, command: String(line.dropFirst(2)), expected: "", status: 0)
                pendingContinuation = line.hasSuffix("\\")
            } else if let exit = line.wholeMatch(of: /\[exit (\d+)\]/), current != nil {
                current!.status = Int32(exit.1)!
            } else if current != nil {
                current!.expected += line + "\n"
            }
        }
        return examples
    }

    @Test func theDocsHaveExamples() {
        #expect(Self.examples.count >= 5)
        // The Chinese guide's four pages each run examples.
        let chinese = Set(Self.examples.map(\.file).filter { $0.hasPrefix("docs/zh/") })
        #expect(chinese.isSuperset(of: ["docs/zh/getting-started.md", "docs/zh/workflow-files.md", "docs/zh/sheets.md", "docs/zh/rounds-and-report.md"]),
                "\(chinese.sorted())")
    }

    static var files: [String] { Array(Set(examples.map(\.file))).sorted() }

    /// The examples of one page run in order (a later one may read the database an earlier
    /// one wrote); pages run in parallel.
    @Test(arguments: files)
    func examplesRunAsDocumented(file: String) throws {
        // A page's examples start from no database: remove the files their --db options name.
        for example in Self.examples where example.file == file {
            let words = CommandRunner.words(example.command)
            for (index, word) in words.enumerated() where word == "--db" && index + 1 < words.count {
                let path = CommandRunner.repository.appendingPathComponent(words[index + 1]).path
                CommandRunner.removeDatabase(path)
            }
        }
        // And from no folder that `sizhen init docs-…` writes (only such names: a page cannot
        // make the test remove anything else), which is removed again at the end.
        let written = Self.examples.filter { $0.file == file }.compactMap { example -> URL? in
            let words = CommandRunner.words(example.command)
            guard words.count >= 3, words[1] == "init", let name = words.dropFirst(2).first(where: { !$0.hasPrefix("-") }),
                  name.hasPrefix("docs-"), !name.contains("/") else { return nil }
            return CommandRunner.repository.appendingPathComponent(name)
        }
        for folder in written { try? FileManager.default.removeItem(at: folder) }
        defer { for folder in written { try? FileManager.default.removeItem(at: folder) } }
        var recorded: [(example: Example, shown: String, status: Int32)] = []
        for example in Self.examples where example.file == file {
            var words = CommandRunner.words(example.command)
            try #require(words.first == "sizhen", "examples start with `sizhen`")
            words.removeFirst()
            let result = try CommandRunner.run(words, environment: Self.environment(of: file))
            // CSV written for Excel (`sizhen intake template`) starts with a byte-order mark and
            // ends its lines with CRLF, which a page cannot show: it is compared without them.
            var shown = result.combined
            if shown.hasPrefix("\u{FEFF}") { shown = String(shown.dropFirst()).replacingOccurrences(of: "\r\n", with: "\n") }
            recorded.append((example, shown, result.status))
            if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil { continue }
            #expect(shown == example.expected, "\(example)\n\(result)")
            #expect(result.status == example.status, "\(example)\n\(result)")
        }
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil { try Self.record(recorded, in: file) }
    }

    /// Writes what each example printed under its command, as `RECORD_SNAPSHOTS=1 swift test`
    /// does for the snapshots: the page's prose is kept, its outputs replaced.
    static func record(_ recorded: [(example: Example, shown: String, status: Int32)], in file: String) throws {
        let url = CommandRunner.repository.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        for (example, shown, status) in recorded.sorted(by: { $0.example.line > $1.example.line }) {
            var start = example.line   // the line after the command (1-based index of the command)
            while start < lines.count, lines[start - 1].hasSuffix("\\") { start += 1 }
            var end = start
            while end < lines.count, !lines[end].hasPrefix("$ "), !lines[end].hasPrefix("```") { end += 1 }
            var output = shown.components(separatedBy: "\n")
            if output.last == "" { output.removeLast() }
            if status != 0 { output.append("[exit \(status)]") }
            lines.replaceSubrange(start..<end, with: output)
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
