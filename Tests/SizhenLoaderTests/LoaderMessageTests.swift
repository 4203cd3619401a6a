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
                #expect(entry.templateProblems().isEmpty, "\(entry.rawValue): \(entry.templateProblems())")
                codes += 1
            }
        }
        for catalogue in SizhenLoaderMessages.catalogues { check(catalogue) }
        #expect(codes == SizhenLoaderMessages.book.codes.count - DiagnosticsMessage.allCases.count)
        #expect(SizhenLoaderMessages.book.duplicates.isEmpty, "\(SizhenLoaderMessages.book.duplicates)")
    }

    @Test func everyCodeIsPrefixedByItsArea() {
        let areas = ["yaml", "decode", "thing", "shape", "named", "file", "workflow-file", "calendar-file", "case-schema-file",
                     "decision-table-file", "scenario-file", "staff-file", "check", "intake", "csv", "scaffold", "sessions"]
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
            type: sitting
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
        let found = try decodeWorkflow("version: 1\nkind: workflow\nid: w\nname: 接诊\nsteps:\n  - 3\ntype: sitting\n")
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

    // MARK: The file kinds

    @Test func fileKindMessagesReadInBothLanguages() {
        let step = WorkflowFileMessage.duplicateStep(["id": "consult"])
        #expect(english(step) == "step 'consult' is defined twice in this workflow")
        #expect(chinese(step) == "本流程中步骤“consult”定义了两次")
        let sites = WorkflowFileMessage.sitesHint()
        #expect(english(sites) == "e.g. sites: { tags: [clinic] } or sites: district")
        #expect(chinese(sites) == "例如 sites: { tags: [clinic] } 或 sites: district")

        let weekday = CalendarFileMessage.workdayNotOnWeekend(["date": "2026-05-07", "weekday": "周四"])
        #expect(english(weekday) == "make-up workday 2026-05-07 is a 周四, already a workday")
        #expect(chinese(weekday) == "调休上班日 2026-05-07 是周四，本来就是工作日")
        #expect(english(CalendarFileMessage.holidayDatesHint())
                == "e.g. `{ name: 国庆节, from: 2026-10-01, to: 2026-10-07 }` or `{ name: 元旦, date: 2025-01-01 }`")

        let type = CaseSchemaFileMessage.unknownType(["name": "strng", "suggestion": "string"])
        #expect(english(type) == "unknown field type 'strng'; did you mean 'string'?")
        #expect(chinese(type) == "未知的字段类型“strng”；是不是“string”？")

        let output = DecisionTableFileMessage.unknownType(["type": "strng"])
        #expect(english(output) == "'strng' is not an output type")
        #expect(chinese(output) == "“strng”不是输出列的类型")

        let shares = ScenarioFileMessage.sharesDoNotAddUp(["what": .message(LoaderThing.key("case_kinds")), "total": "0.9"])
        #expect(english(shares) == "the shares of case_kinds add up to 0.9, not 1")
        #expect(chinese(shares) == "“case_kinds”中各项比例合计为 0.9，而不是 1")
        #expect(english(ScenarioFileMessage.sharesHint())
                == "each share is between 0 and 1 and together they make 1, e.g. { consultation: 0.75, dispute: 0.25 }")

        let leave = StaffFileMessage.leaveEndsBeforeStart(["first": "2026-12-18", "last": "2026-12-14"])
        #expect(english(leave) == "the leave ends (2026-12-14) before it starts (2026-12-18)")
        #expect(chinese(leave) == "请假的结束日（2026-12-14）早于开始日（2026-12-18）")
    }

    @Test func fileMessagesReadInBothLanguages() {
        var sources = SourceFiles()
        let problem = CalendarLoader().load("/nonexistent/cal.yaml", sources: &sources).diagnostics.sorted.first
        #expect(problem?.message == FileMessage.noSuchFile(["path": "/nonexistent/cal.yaml"]))
        #expect(problem.map { english($0.message) } == "no such file: /nonexistent/cal.yaml")
        #expect(problem.map { chinese($0.message) } == "文件不存在：/nonexistent/cal.yaml")
        let many = FileMessage.manyCalendars(["folder": "W", "count": 2, "names": .texts(["a.yaml", "b.yaml"])])
        #expect(english(many) == "W/calendars holds 2 calendar files (a.yaml, b.yaml); which one is the district's is not known yet")
        #expect(chinese(many) == "W/calendars 中有 2 个工作日历文件（a.yaml、b.yaml），无法确定哪一个是本区的")
    }

    // MARK: The checks across files

    @Test func checkMessagesReadInBothLanguages() {
        let unknown = CheckMessage.unknown(["what": .message(NamedThing.role()), "id": "lawyr"]).suggesting("lawyr", in: ["lawyer"])
        #expect(english(unknown) == "unknown role 'lawyr'; did you mean 'lawyer'?")
        #expect(chinese(unknown) == "未知的角色“lawyr”；是不是“lawyer”？")
        let slot = CheckMessage.unknown(["what": .message(NamedThing.slotOfWorkflow(["workflow": "jiezhen"])), "id": "sittr"])
        #expect(english(slot) == "unknown slot of workflow 'jiezhen' 'sittr'")
        #expect(chinese(slot) == "未知的流程“jiezhen”的岗位“sittr”")
        let one = CheckMessage.quorumUnreachable(["count": 2, "role": "professor", "holders": 1])
        #expect(english(one) == "the panel needs 2 × professor, but only 1 person holds it")
        #expect(english(CheckMessage.quorumUnreachable(["count": 2, "role": "professor", "holders": 0]))
                == "the panel needs 2 × professor, but only 0 people hold it")
        #expect(chinese(one) == "会诊专家组需要 2 名 professor，但只有 1 人担任这个角色")
        let twice = CheckMessage.duplicateHint(["what": .message(NamedThing.recordType())])
        #expect(english(twice) == "every record type needs its own id, across all files")
        #expect(chinese(twice) == "每个记录类型都要有自己的 id，所有文件中不得重复")
    }

    // MARK: Intake

    @Test func intakeMessagesReadInBothLanguages() throws {
        let result = try IntakeSupport.read("\(IntakeSupport.header)\n2026-12-09,接诊,烟雨社区,1,已解决,,,consultation,婚姻,1\n")
        let problem = try #require(result.diagnostics.sorted.first)
        #expect(english(problem.message) == "column 9 (纠纷或咨询的领域): '婚姻' is not one of the values; did you mean '婚恋'?")
        #expect(chinese(problem.message) == "第 9 列（纠纷或咨询的领域）：“婚姻”不是可选的值；是不是“婚恋”？")
        let site = IntakeMessage.notASite(["place": .message(IntakeMessage.place(column: 3, title: "诊室")), "workflow": "接诊",
                                           "site": .message(IntakeMessage.nameAndID(["name": "回龙湾社区", "id": "haitangxi-huilong"]))])
        #expect(english(site) == "column 3 (诊室): 接诊 is not held at 回龙湾社区 (haitangxi-huilong)")
        #expect(chinese(site) == "第 3 列（诊室）：接诊不在回龙湾社区（haitangxi-huilong）举行")
    }

    @Test func csvMessagesReadInBothLanguages() throws {
        let result = try IntakeSupport.read("\(IntakeSupport.header)\n2026-12-09,接诊,烟雨社区,1,已解决,,\"漏水\n")
        let problem = try #require(result.diagnostics.sorted.first)
        #expect(problem.message.code == CSVMessage.unterminatedQuote.rawValue)
        #expect(english(problem.message) == "column 7: the quoted cell starting on this line is never closed")
        #expect(chinese(problem.message) == "第 7 列：从这一行开始的带引号单元格没有结束引号")
        #expect(chinese(try #require(problem.hint)) == "以双引号开头的单元格也要以双引号结束；单元格内的引号要写成两个（\"\"）")
    }
}
