import Testing
import SizhenDiagnostics
@testable import SizhenLoader

@Suite struct YAMLParserTests {
    func parse(_ text: String, budget: YAMLBudget = .standard) -> Result<YAMLNode, Diagnostics> {
        YAMLParser(budget: budget).parse(text, file: "t.yaml")
    }

    func errors(_ text: String, budget: YAMLBudget = .standard) -> [Diagnostic] {
        guard case .failure(let diagnostics) = parse(text, budget: budget) else { return [] }
        return diagnostics.sorted
    }

    @Test func buildsLocatedNodes() throws {
        let root = try parse("version: 1\nkind: calendar\nyears:\n  - year: 2026\n    name: \"国庆节\"\n").get()
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar } == ["version", "kind", "years"])
        #expect(pairs[1].value.location == SourceLocation(file: "t.yaml", line: 2, column: 7))
        let year = try #require(pairs[2].value.sequence?.first?.mapping)
        #expect(year[1].value.scalar == "国庆节")
        #expect(year[1].value.scalarStyle == .doubleQuoted)
        #expect(year[1].value.location.column == 11)
        #expect(year[1].value.textLocation.column == 12)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try parse("名称: 中国 x\n").get()
        #expect(root.mapping?.first?.value.location.column == 5)
    }

    @Test func rejectsDuplicateKeysWithANoteAtTheFirst() {
        let found = errors("a: 1\nb: 2\na: 3\n")
        #expect(found.count == 1)
        #expect(found.first?.message.code == YAMLMessage.duplicateKey.rawValue)
        #expect(found.first?.message.text("key") == "a")
        #expect(found.first?.notes.first?.message == YAMLMessage.firstAppearsHere(["key": "a"]))
        #expect(found.first?.location?.line == 3)
        #expect(found.first?.notes.first?.location?.line == 1)
    }

    @Test func appliesMergeKeysWithExplicitKeysWinning() throws {
        let text = """
            defaults: &d { time: "09:00-12:00", on_holiday: skip }
            jiezhen:
              <<: *d
              on_holiday: next_workday
            """
        let root = try parse(text).get()
        let jiezhen = try #require(root.mapping?[1].value.mapping)
        #expect(jiezhen.map { $0.key.scalar } == ["on_holiday", "time"])
        #expect(jiezhen[0].value.scalar == "next_workday")
        #expect(jiezhen[1].value.scalar == "09:00-12:00")
    }

    @Test func refusesABillionLaughsQuicklyWithBoundedWork() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = errors(text) }
        #expect(found.first?.message == YAMLMessage.tooManyNodes(["limit": 1_000_000]))
        #expect(elapsed < .seconds(1))
    }

    @Test func refusesDeepNestingWithoutRecursion() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let found = errors(deep)
        #expect(found.first?.message == YAMLMessage.tooDeep(["limit": 64]))
        #expect(found.first?.location?.column == 65)
    }

    @Test func refusesFilesOverTheSizeBudget() {
        let found = errors(String(repeating: "a", count: 2000), budget: YAMLBudget(maxBytes: 1000))
        #expect(found.first?.message == YAMLMessage.fileTooLarge(["bytes": 2000, "limit": 1000]))
        #expect(found.first?.hint?.code == YAMLMessage.fileTooLargeHint.rawValue)
    }

    @Test func refusesLargeValuesMultipliedByAliasesByTheirBytes() {
        // A 1 MiB value used a thousand times: few nodes, a gigabyte of text.
        let big = String(repeating: "a", count: 1 << 20)
        let text = "a: &big \(big)\nb: [" + Array(repeating: "*big", count: 1000).joined(separator: ", ") + "]\n"
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found.first?.message == YAMLMessage.tooManyBytes(["limit": .int(16 << 20)]))
        // Located at the alias that passed the budget: the 15th (the anchored value is the
        // first MiB, the keys two more bytes).
        #expect(found.first?.location == SourceLocation(file: "t.yaml", line: 2, column: 5 + 6 * 14))
        // Within the budget, aliases of large values are fine.
        #expect(errors("a: &big \(big)\nb: [*big, *big, *big]\n").isEmpty)
        #expect(YAMLBudget(maxBytes: 1 << 20).maxExpandedBytes == 2 << 20)
    }

    @Test func reportsSyntaxErrorsWithLocationAndHint() {
        let tab = errors("a:\n\tb: 1\n")
        #expect(tab.first?.location?.line == 2)
        #expect(tab.first?.hint?.code == YAMLMessage.tabHint.rawValue)
        let colon = errors("name: 地点: 中心\n")
        #expect(colon.first?.message.code == YAMLMessage.syntax.rawValue)
        #expect(colon.first?.message.text("problem")?.hasPrefix("mapping values are not allowed") == true)
        #expect(colon.first?.hint?.code == YAMLMessage.colonInValueHint.rawValue)
        #expect(colon.first?.location == SourceLocation(file: "t.yaml", line: 1, column: 9))
    }

    @Test func reportsInvalidUTF8() {
        let result = YAMLParser().parse(bytes: Array("a: ".utf8) + [0xFF, 0xFE, 0x41], file: "bad.yaml")
        guard case .failure(let diagnostics) = result else {
            Issue.record("invalid UTF-8 accepted")
            return
        }
        #expect(diagnostics.sorted.first?.message.code == YAMLMessage.syntax.rawValue)
        #expect(diagnostics.sorted.first?.hint?.code == YAMLMessage.encodingHint.rawValue)
    }

    @Test func reportsEmptyFilesAndSecondDocumentsAndUnknownAliases() {
        #expect(errors("").first?.message == YAMLMessage.emptyFile())
        #expect(errors("# only a comment\n").first?.message == YAMLMessage.emptyFile())
        #expect(errors("a: 1\n---\nb: 2\n").first?.message == YAMLMessage.multipleDocuments())
        let alias = errors("a: &base 1\nb: *bsae\n").first
        #expect(alias?.message == YAMLMessage.unknownAnchor(["name": "bsae"]))
        #expect(alias?.hint?.text("suggestion") == "base")
    }

    @Test func syntaxErrorsReadInEnglishAsLibYAMLSaysThemAndInChinese() throws {
        let problem = try #require(errors("years:\n  - year: 2026\n\tstatus: x\n").first)
        #expect(LoaderWords.english.render(problem.message)
                == "YAML syntax: found a tab character that violates indentation while scanning a plain scalar at line 2")
        #expect(LoaderWords.chinese.render(problem.message)
                == "YAML 语法错误：found a tab character that violates indentation（while scanning a plain scalar，第 2 行）")
        let hint = try #require(problem.hint)
        #expect(LoaderWords.english.render(hint) == "YAML indents with spaces only; replace the tab with spaces")
        #expect(LoaderWords.chinese.render(hint) == "YAML 只能用空格缩进，请把制表符（Tab）换成空格")
        let alias = try #require(errors("a: &base 1\nb: *bsae\n").first?.hint)
        #expect(LoaderWords.english.render(alias) == "did you mean '*base'? define `&bsae` on a value above the alias")
        #expect(LoaderWords.chinese.render(alias) == "是不是“*base”？请在别名之前的某个值上定义 `&bsae`")
    }
}
