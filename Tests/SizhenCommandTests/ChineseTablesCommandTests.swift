import Foundation
import Testing

/// The tables and lines of `schedule`, `plan`, `simulate --compare`, `explain`, `validate` and
/// `rounds` in Chinese (`--lang zh`), held to golden files like their English ones, and free of
/// English words but for ids, codes, file paths and rule text.
@Suite struct ChineseTablesCommandTests {
    static let small = "docs/examples/small-district"

    /// Runs `sizhen --lang zh …`, expecting success and nothing on standard error.
    static func chinese(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try CommandRunner.run(["--lang", "zh"] + arguments)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        #expect(result.standardError.isEmpty, "\(result)", sourceLocation: sourceLocation)
        return result.standardOutput
    }

    /// The English words of `text` (runs of two or more Latin letters) that are not in `allowed`.
    static func englishWords(in text: String, allowing allowed: Set<String> = []) -> Set<String> {
        var words: Set<String> = []
        var word = ""
        for character in text + " " {
            if character.isASCII && character.isLetter {
                word.append(character)
            } else {
                if word.count >= 2 && !allowed.contains(word) { words.insert(word) }
                word = ""
            }
        }
        return words
    }

    @Test func aRulesDatesWithMovesAndSkips() throws {
        let text = try Self.chinese(["schedule", "--rrule", "FREQ=WEEKLY;BYDAY=TU,SA", "--from", "2026-09-22", "--until", "2026-10-13",
                                     "--on-holiday", "next_workday"])
        try Snapshot.check(text, named: "schedule-national-day.zh.txt")
        #expect(text.contains("由 2026-10-06（国庆节）顺延到 2026-10-08"))
        let english = Self.englishWords(in: text, allowing: ["FREQ", "WEEKLY", "BYDAY", "TU", "SA", "UNTIL", "cn"])
        #expect(english.isEmpty, "\(english)")
    }

    @Test func aMonthOfTheShippedDistrict() throws {
        let text = try Self.chinese(["schedule", "--month", "2026-10", "--site", "haitangxi-yanyu"])
        try Snapshot.check(text, named: "schedule-month-2026-10-yanyu.zh.txt")
        let english = Self.englishWords(in: text, allowing: ["cn", "Asia", "Shanghai"])
        #expect(english.isEmpty, "\(english)")
    }

    @Test func thePlanOfTheSmallDistrict() throws {
        for (format, extra) in [("table", [String]()), ("table", ["--explain"]), ("csv", [])] {
            var text = try Self.chinese(["plan", "--month", "2026-12", "--workflows", Self.small, "--format", format] + extra)
            if format == "csv" { text = String(text.drop { $0 == "\u{FEFF}" }) }
            try Snapshot.check(text, named: "plan-2026-12-small\(extra.first ?? "").\(format).zh.txt")
            if format == "table" {
                let english = Self.englishWords(in: text, allowing: ["LW"])
                #expect(english.isEmpty, "\(english)")
            }
        }
        let pinned = try Self.chinese(["plan", "--month", "2026-12", "--workflows", Self.small, "--pinned", "docs/examples/small-district-plan.json"])
        try Snapshot.check(pinned, named: "plan-2026-12-small--pinned.table.zh.txt")
        #expect(pinned.contains("与保留的排班相比：调整 1，新增 0，取消 0"))
        // The pinned file keeps its reasons as codes: they read in Chinese too.
        #expect(Self.englishWords(in: pinned, allowing: ["LW"]).isEmpty, "\(Self.englishWords(in: pinned))")
    }

    @Test func twoFoldersCompared() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-zh-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Self.chinese(["simulate", "--month", "2026-12", "--db", folder.appendingPathComponent("s.db").path,
                                     "--compare", "Examples/three-sittings"])
        try Snapshot.check(text, named: "simulate-2026-12-compare.zh.txt")
        #expect(text.hasPrefix("模拟 2026-12 · 随机种子 20261201 · Workflows 对比 Examples/three-sittings\n"))
        let english = Self.englishWords(in: text, allowing: ["Workflows", "Examples", "three", "sittings"])
        #expect(english.isEmpty, "\(english)")
    }

    @Test func aCasesStoryTheRunSheetAndValidate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-zh-story-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("t.db").path
        for sheet in ["intake-2026-12.csv", "visits-2026-12.csv", "intake-2026-12-correction.csv"] {
            let imported = try CommandRunner.run(["intake", "import", "docs/examples/" + sheet, "--db", db])
            #expect(imported.status == 0, "\(imported)")
        }
        // The words are chosen when the story is told: the same database reads in either language.
        var text = ""
        for id in ["xunzhen/haitangxi-yanyu/2026-12-01/1#1", "jiezhen/haitangxi-yanyu/2026-12-23/1#1"] {
            text += try Self.chinese(["explain", id, "--db", db])
        }
        for date in ["2026-12-23", "2026-12-24"] { text += try Self.chinese(["rounds", "--date", date, "--db", db]) }
        text += try Self.chinese(["validate"])
        try Snapshot.check(text, named: "explain-rounds-validate.zh.txt")
        #expect(text.contains("登记 #10  上门、会诊登记  visits-2026-12.csv:2  2026-12-02 送法到家"))
        #expect(text.contains("结果 未解决 → 已解决"))
        #expect(text.contains("  09:00-12:00  烟雨社区    接诊  谢海莉（坐诊人员）"), "a slot in words")
        #expect(text.contains("  jiezhen/haitangxi-yanyu/2026-12-23/1#1>risk  会诊  "), "a session in words")
        #expect(text.hasSuffix("\nWorkflows：54 个文件，没有错误\n"))
        let english = try CommandRunner.run(["explain", "xunzhen/haitangxi-yanyu/2026-12-01/1#1", "--db", db])
        #expect(english.standardOutput.contains("\nreported #10  session  visits-2026-12.csv:2  home visit on 2026-12-02\n"))
    }
}
