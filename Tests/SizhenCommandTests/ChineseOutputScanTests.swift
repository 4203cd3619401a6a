import Foundation
import Testing

/// The main commands' Chinese outputs hold no English word outside an allow-list: the ids and
/// codes of the files (workflows, people, sites, steps, escalations, tables and their fields),
/// file paths and commands, the keys of a calendar entry, and rule expressions (which `explain`
/// shows beside their words). A word left in English by a message, a header or a stored text
/// fails here with the command and the line.
@Suite struct ChineseOutputScanTests {
    /// Words that may stand alone in a Chinese output.
    static let allowed: Set<String> = [
        // Commands, files and formats.
        "sizhen", "intake", "template", "visits", "panels", "import", "rounds", "records", "report", "explain", "close", "plan", "schedule",
        "validate", "simulate", "calendar", "draft", "db", "csv", "json", "html", "ics", "yaml", "tmp", "docs", "examples", "Workflows",
        "lang", "zh", "en", "month", "date", "workflows", "format", "print", "year",
        // The district's ids and codes (workflows, escalations, steps, decision tables, roles, people's prefixes).
        "jiezhen", "xunzhen", "huizhen", "zhuzhen", "major", "risk", "nanan", "cn", "Asia", "Shanghai", "LW", "ZF", "PX", "JG", "cw", "default",
        "sitter", "visitor", "helper", "panel", "mediate", "consult", "resolved", "counselling", "welfare", "lecture", "event",
        // A calendar entry's keys (`calendar draft --print` shows the YAML it writes).
        "status", "provisional", "source", "holidays", "name", "from", "to",
        // Values of rules and tables.
        "true", "false",
    ]

    /// The English words of a text: runs of two or more ASCII letters that stand alone (not part
    /// of an id, a path, a field or a code), outside backquotes and rule expressions.
    static func englishWords(in text: String) -> [(word: String, line: String)] {
        var found: [(String, String)] = []
        for line in text.components(separatedBy: "\n") {
            var scanned = line.replacingOccurrences(of: #"`[^`]*`"#, with: " ", options: .regularExpression)
            scanned = scanned.replacingOccurrences(of: #"（[^（）]*(==|&&|\|\||>=|<=|has\(| in )[^（）]*）"#, with: " ", options: .regularExpression)
            let tokens = scanned.split { character in
                !(character.isASCII && (character.isLetter || character.isNumber || "_./#>:=\"'@$-+*".contains(character)))
            }
            for token in tokens {
                let word = token.trimmingCharacters(in: CharacterSet(charactersIn: ":.\"'"))
                guard word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLetter }), !allowed.contains(word) else { continue }
                found.append((word, line))
            }
        }
        return found
    }

    @Test func theMainCommandsSpeakChineseThroughout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-zh-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("zh.db").path, simulated = folder.appendingPathComponent("sim.db").path
        let commands: [[String]] = [
            ["validate"], ["schedule", "--month", "2026-12"], ["plan", "--month", "2026-12"], ["plan", "--month", "2026-12", "--explain"],
            ["intake", "template"], ["intake", "template", "visits"],
            ["intake", "import", "docs/examples/intake-2026-12.csv", "--db", db], ["intake", "import", "docs/examples/moved-2026-12.csv", "--db", db],
            ["intake", "import", "docs/examples/events-2026-12.csv", "--db", db],
            ["rounds", "--date", "2026-12-23", "--db", db], ["records", "--db", db], ["report", "--month", "2026-12", "--db", db],
            ["explain", "jiezhen/nanping-donglu/2026-12-23/1#1", "--db", db],
            ["intake", "void", "jiezhen/haitangxi-yanyu/2026-12-09/1#1", "--reason", "重复登记", "--db", db],
            ["simulate", "--month", "2026-12", "--db", simulated], ["calendar", "draft", "--year", "2028", "--print"],
            ["intake", "import", "docs/examples/intake-contradictions.csv", "--db", db],
        ]
        for command in commands {
            let result = try CommandRunner.run(command, environment: ["SIZHEN_LANG": "zh"])
            let english = Self.englishWords(in: result.combined)
            #expect(english.isEmpty, "sizhen \(command.joined(separator: " ")): \(english.prefix(5).map { "'\($0.word)' in: \($0.line)" }.joined(separator: "\n"))")
        }
    }

    @Test func theScanFindsAnEnglishWordAndLetsIdsPass() {
        #expect(Self.englishWords(in: "已安排 jiezhen/haitangxi-yanyu/2026-12-09/1#1 给 L016").isEmpty)
        #expect(Self.englishWords(in: "提请规则 major（case.major || case.parties >= 5）").isEmpty)
        #expect(Self.englishWords(in: "2026-12-09 held by 谢海莉").map(\.word) == ["held", "by"])
    }
}
