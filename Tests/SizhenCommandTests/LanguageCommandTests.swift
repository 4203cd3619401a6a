import Foundation
import Testing

/// Every command speaks the language chosen by `--lang`, else SIZHEN_LANG, else the locale; a
/// `--lang` that names no language is a located error.
@Suite struct LanguageCommandTests {
    /// A workflows folder with one mistake: no district file.
    static let broken = CommandRunner.repository.appendingPathComponent("docs/examples/district-with-mistakes").path

    @Test func theLocaleTheVariableAndTheFlagChooseInThatOrder() throws {
        let english = try CommandRunner.run(["validate", "--workflows", Self.broken])
        let chinese = try CommandRunner.run(["validate", "--workflows", Self.broken], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(english.status == 1 && chinese.status == 1)
        #expect(english.standardError.contains(": error: ") && !english.standardError.contains("错误"))
        #expect(chinese.standardError.contains(": 错误: ") && chinese.standardError.contains("提示") && !chinese.standardError.contains(": error: "))
        let variable = try CommandRunner.run(["validate", "--workflows", Self.broken], environment: ["LANG": "en_US.UTF-8", "SIZHEN_LANG": "zh"])
        #expect(variable.standardError == chinese.standardError)
        let flag = try CommandRunner.run(["--lang", "en", "validate", "--workflows", Self.broken], environment: ["SIZHEN_LANG": "zh"])
        #expect(flag.standardError == english.standardError)
        let after = try CommandRunner.run(["validate", "--workflows", Self.broken, "--lang=zh"])
        #expect(after.standardError == chinese.standardError)
    }

    @Test func aFlagNamingNoLanguageIsALocatedError() throws {
        let bad = try CommandRunner.run(["validate", "--lang", "fr"])
        #expect(bad.status == 1)
        #expect(bad.standardError.hasPrefix("--lang:1:1: error: 'fr' is not a language for --lang\n  hint: write --lang zh (中文) or --lang en (English)"))
        let empty = try CommandRunner.run(["validate", "--lang"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(empty.status == 1 && empty.standardError.hasPrefix("--lang:1:1: 错误: --lang 需要指定语言"))
    }

    @Test func theRunSheetSpeaksTheChosenLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("t.db").path
        let sheet = CommandRunner.repository.appendingPathComponent("docs/examples/intake-2026-12.csv").path
        #expect(try CommandRunner.run(["intake", "import", sheet, "--db", db]).status == 0)
        let chinese = try CommandRunner.run(["rounds", "--date", "2026-12-23", "--db", db], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.status == 0)
        let lines = chinese.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "2026-12-23 周三 · 重庆市南岸区 · 工作单")
        #expect(lines.contains("上次工作单以来交回的登记（均已从所涉日期起重新推算）"))
        #expect(lines.contains { $0.hasPrefix("  时间 ") && $0.contains("地点") && $0.contains("人员") && $0.hasSuffix("备注") })
        for english in ["run sheet", "Reported since", "TIME", "PLACE", "WHO", "NOTE", "visitor rows"] {
            #expect(!chinese.standardOutput.contains(english), "\(english)")
        }
        // The records table too: its headers, outcomes and count.
        let records = try CommandRunner.run(["records", "--db", db, "--site", "烟雨社区", "--lang", "zh"])
        #expect(records.standardOutput.hasPrefix("日期        类型") && records.standardOutput.contains("已解决") && records.standardOutput.contains("\n共 "))
        for english in ["DATE", "OUTCOME", "resolved", " records\n"] { #expect(!records.standardOutput.contains(english), "\(english)") }
        // The same sheet again is read from the same database in English: the words are chosen when shown.
        let english = try CommandRunner.run(["rounds", "--date", "2026-12-23", "--db", db, "--lang", "en"])
        #expect(english.standardOutput.hasPrefix("2026-12-23 周三 · 重庆市南岸区 · run sheet\n"))
    }

    @Test func theMainJobsSummarySpeaksTheChosenLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-lang-sim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRunner.run(["simulate", "--month", "2026-12", "--db", folder.appendingPathComponent("s.db").path],
                                        environment: ["LANG": "zh_CN.UTF-8"])
        #expect(run.status == 0, "\(run)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("模拟 2026-12 · 重庆市南岸区 · 随机种子 ") == true)
        for heading in ["场次", "服务记录", "提请与期限", "补贴"] { #expect(lines.contains(heading), "\(heading)") }
        for english in ["Simulated", "Occurrences", "Records", "RECORD TYPE", "deadlines met", "Subsidies", "Load (", "Unfilled", "Open at the end"] {
            #expect(!run.standardOutput.contains(english), "\(english)")
        }
    }
}
