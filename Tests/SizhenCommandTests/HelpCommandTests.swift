import Foundation
import Testing

/// `--help` of every command in both languages: Chinese under `--lang zh` (ArgumentParser's
/// own headings too), English otherwise, each held to a snapshot; lines broken by display
/// width so that they fit 80 columns, Chinese at character boundaries.
@Suite struct HelpCommandTests {
    static let commands: [[String]] = [[], ["init"], ["simulate"], ["validate"], ["schedule"], ["plan"], ["rounds"], ["intake"], ["intake", "import"],
                                       ["intake", "template"], ["intake", "void"], ["records"], ["report"], ["close"], ["db"], ["db", "copy"], ["explain"],
                                       ["eval"], ["schema"], ["scaffold"], ["calendar"], ["calendar", "draft"], ["serve"],
                                       ["user"], ["user", "add"], ["user", "list"], ["user", "password"], ["user", "remove"]]

    static func snapshotName(_ command: [String], _ language: String) -> String {
        "help-" + (command.isEmpty ? "sizhen" : command.joined(separator: "-")) + "." + language + ".txt"
    }

    @Test(arguments: commands)
    func helpIsChineseUnderLangZhAndFits80Columns(command: [String]) throws {
        let result = try CommandRunner.run(["--lang", "zh"] + command + ["--help"])
        #expect(result.status == 0 && result.standardError.isEmpty, "\(result)")
        let help = result.standardOutput
        #expect(help.hasPrefix("概述："), "\(help)")
        #expect(help.contains("\n用法：sizhen") && help.contains("\n选项：\n") && help.contains("显示帮助信息。"))
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "(default", "(values", "See '", "Example"] {
            #expect(!help.contains(english), "\(command): \(english)")
        }
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(Self.displayWidth(line) <= 80, "\(command): \(line)")
        }
        try Snapshot.check(help, named: Self.snapshotName(command, "zh"))
    }

    @Test(arguments: commands)
    func helpIsEnglishOtherwise(command: [String]) throws {
        let result = try CommandRunner.run(command + ["--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.hasPrefix("OVERVIEW: ") && result.standardOutput.contains("\nUSAGE: sizhen"))
        #expect(!result.standardOutput.contains("用法") && !result.standardOutput.contains("概述"))
        // Lines with Chinese words in them fit too: broken by display width, not by characters.
        for line in result.standardOutput.split(separator: "\n") { #expect(Self.displayWidth(line) <= 80, "\(command): \(line)") }
        try Snapshot.check(result.standardOutput, named: Self.snapshotName(command, "en"))
        // SIZHEN_LANG and the locale choose it too; the flag wins.
        let variable = try CommandRunner.run(command + ["--help"], environment: ["SIZHEN_LANG": "zh"])
        #expect(variable.standardOutput.hasPrefix("概述："))
        let flag = try CommandRunner.run(command + ["--help", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(flag.standardOutput == result.standardOutput)
    }

    /// ArgumentParser's usage errors in Chinese: its message, the option's help, the synopsis.
    @Test func usageErrorsAreChineseUnderLangZh() throws {
        let missing = try CommandRunner.run(["--lang", "zh", "plan"])
        #expect(missing.status == 2)
        #expect(missing.standardError.hasPrefix("错误：缺少必需的参数 --month <YYYY-MM>\n帮助：--month <YYYY-MM>  要排班的月份。\n用法：sizhen plan --month <YYYY-MM> "),
                "\(missing)")
        #expect(missing.standardError.hasSuffix("\n  详见 sizhen plan --help\n"))
        let invalid = try CommandRunner.run(["report", "--month", "2026-12", "--format", "pdf"], environment: ["SIZHEN_LANG": "zh"])
        #expect(invalid.status == 2 && invalid.standardError.hasPrefix("错误：“pdf”不是 --format <format> 可用的值；可用的值：“text”、“html”、")
                && invalid.standardError.contains("“csv”\n帮助：--format <format>  输出格式："), "\(invalid)")
        let unknown = try CommandRunner.run(["--lang", "zh", "validate", "--format", "json", "--worklfows", "x"])
        #expect(unknown.status == 2 && unknown.standardError.hasPrefix("错误：未知选项 --worklfows；是不是 --workflows？\n"), "\(unknown)")
        // The commands' own refusals too.
        let both = try CommandRunner.run(["--lang", "zh", "schedule", "--month", "2026-12", "--rrule", "FREQ=DAILY"])
        #expect(both.status == 2 && both.standardError.hasPrefix("错误：--month 和 --rrule 只能给出一个。\n"))
        for result in [missing, invalid, unknown, both] {
            for line in result.standardError.split(separator: "\n") { #expect(Self.displayWidth(line) <= 80, "\(line)") }
        }
        let english = try CommandRunner.run(["plan"])
        #expect(english.status == 2 && english.standardError.hasPrefix("Error: Missing expected argument '--month <YYYY-MM>'\nHelp:  --month <YYYY-MM>  The month to plan.\n"))
    }

    /// What ArgumentParser prints for programs to read is the same in both languages, unwrapped.
    @Test func completionScriptsAreLeftAsTheyAre() throws {
        let english = try CommandRunner.run(["--generate-completion-script", "bash"])
        let chinese = try CommandRunner.run(["--lang", "zh", "--generate-completion-script", "bash"])
        #expect(english.status == 0 && english.standardOutput.count > 1_000)
        #expect(chinese.standardOutput == english.standardOutput)
    }

    /// Terminal columns, said again here rather than taken from the program: 2 for Chinese
    /// characters and full-width forms, else 1.
    static func displayWidth(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6: width + 2
            default: width + 1
            }
        }
    }
}
