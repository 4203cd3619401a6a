import Testing
import SizhenDiagnostics
@testable import SizhenLoader

/// The loader's message catalogues: every template well formed in both languages, and a few
/// whole sentences of each family word for word in English (which the command snapshots hold
/// too) and in Chinese, nested places and shapes included.
@Suite struct LoaderMessageTests {
    func english(_ message: Message) -> String { LoaderWords.english.render(message) }
    func chinese(_ message: Message) -> String { LoaderWords.chinese.render(message) }

    // MARK: The catalogues

    @Test func everyTemplateIsWellFormedAndBothLanguagesReadTheSameArguments() {
        var codes = 0
        func check<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) {
            for entry in catalogue.allCases {
                let (english, chinese) = entry.templates
                #expect(!english.isEmpty && !chinese.isEmpty, "\(entry.rawValue)")
                #expect(MessageTemplate.problems(in: english).isEmpty, "\(entry.rawValue): \(MessageTemplate.problems(in: english))")
                #expect(MessageTemplate.problems(in: chinese).isEmpty, "\(entry.rawValue): \(MessageTemplate.problems(in: chinese))")
                #expect(Set(MessageTemplate(english).argumentNames) == Set(MessageTemplate(chinese).argumentNames), "\(entry.rawValue)")
                codes += 1
            }
        }
        for catalogue in SizhenLoaderMessages.catalogues { check(catalogue) }
        #expect(codes == SizhenLoaderMessages.book.codes.count - DiagnosticsMessage.allCases.count)
        #expect(SizhenLoaderMessages.book.duplicates.isEmpty, "\(SizhenLoaderMessages.book.duplicates)")
    }

    @Test func everyCodeIsPrefixedByItsArea() {
        let areas = ["yaml", "decode", "thing", "shape"]
        func check<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) {
            let prefixes = Set(catalogue.allCases.map { String($0.rawValue.prefix { $0 != "." }) })
            #expect(prefixes.count == 1 && prefixes.isSubset(of: areas), "\(catalogue): \(prefixes)")
        }
        for catalogue in SizhenLoaderMessages.catalogues { check(catalogue) }
    }

    // MARK: YAML

    @Test func yamlMessagesReadInBothLanguages() throws {
        guard case .failure(let found) = YAMLParser().parse("id: a\nid: b\n", file: "t.yaml") else {
            Issue.record("a duplicate key was accepted")
            return
        }
        let problem = try #require(found.sorted.first)
        #expect(english(problem.message) == "duplicate key 'id'")
        #expect(chinese(problem.message) == "键“id”重复")
        #expect(english(try #require(problem.hint)) == "each key may appear once in a mapping; remove or rename one of them")
        #expect(chinese(try #require(problem.notes.first).message) == "“id”第一次出现在这里")
        #expect(english(YAMLMessage.fileTooLarge(["bytes": 9_000_000, "limit": 8_388_608]))
                == "file is 9000000 bytes, larger than the limit of 8388608 bytes")
    }

    // MARK: Decoding

    func decodeWorkflow(_ text: String) throws -> [Diagnostic] {
        let root = try YAMLParser().parse(text, file: "w.yaml").get()
        var context = DecodingContext()
        _ = WorkflowFileDecoder().decode(root, in: &context)
        return context.diagnostics.sorted
    }

    @Test func decodingMessagesNameThePlaceInTheSameLanguage() throws {
        let found = try decodeWorkflow("""
            version: 1
            kind: workflow
            id: w
            name: 接诊
            sheduel: {}
            slots:
              sitter: { roles: [lawyer], count: 0 }
            steps: 3
            """)
        #expect(found.map(\.message.code) == [DecodingMessage.unknownKey.rawValue, DecodingMessage.outOfRange.rawValue,
                                               DecodingMessage.expected.rawValue])
        let unknown = found[0]
        #expect(unknown.message.text("key") == "sheduel")
        #expect(unknown.message["what"] == .message(LoaderThing.workflowFile()))
        #expect(unknown.message.text("suggestion") == "schedule")
        #expect(english(unknown.message) == "unknown key 'sheduel' in a workflow file; did you mean 'schedule'?")
        #expect(chinese(unknown.message) == "流程文件中有未知的键“sheduel”；是不是“schedule”？")
        let hint = try #require(unknown.hint)
        #expect(english(hint) == "the keys here are: " + WorkflowFileDecoder.topKeys.joined(separator: ", "))
        #expect(chinese(hint) == "这里可用的键：" + WorkflowFileDecoder.topKeys.joined(separator: "、"))

        let range = found[1].message
        #expect(range["what"] == .message(LoaderThing.key("count")))
        #expect(range.int("value") == 0 && range.int("min") == 1 && range.int("max") == 50)
        #expect(english(range) == "count is 0, outside 1…50")
        #expect(chinese(range) == "“count”为 0，超出了 1…50 的范围")

        let shape = found[2].message
        #expect(shape["expected"] == .message(ValueShape.list()) && shape["found"] == .message(ValueShape.singleValue()))
        #expect(english(shape) == "steps must be a list, but this is a single value")
        #expect(chinese(shape) == "“steps”必须是列表，但这里是单个值")
    }

    @Test func aWholeDiagnosticRendersInChinese() throws {
        let found = try decodeWorkflow("version: 1\nkind: workflow\nid: w\nname: 接诊\nsteps:\n  - 3\n")
        let renderer = DiagnosticRenderer(messages: LoaderWords.chinese)
        #expect(renderer.render(Diagnostics(found)) == """
            w.yaml:6:5: 错误: 步骤必须是键值映射（每行写 键: 值），但这里是单个值
              提示: 应有的键：\(WorkflowFileDecoder.stepKeys.joined(separator: "、"))
            1 个错误

            """)
        #expect(DiagnosticRenderer(messages: LoaderWords.english).render(Diagnostics(found)) == """
            w.yaml:6:5: error: a step must be a mapping (key: value lines), but this is a single value
              hint: expected keys: \(WorkflowFileDecoder.stepKeys.joined(separator: ", "))
            1 error

            """)
    }
}
