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
}
