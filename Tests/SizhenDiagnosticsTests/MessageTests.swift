import Testing
@testable import SizhenDiagnostics

/// A catalogue for these tests only.
enum SampleMessage: String, MessageCatalogue {
    case unknownKey = "sample.unknown-key"
    case records = "sample.records"
    case nested = "sample.nested"
    case braces = "sample.braces"

    var templates: (english: String, chinese: String) {
        switch self {
        case .unknownKey: ("unknown key '{key}' in {what}{?suggestion:; did you mean '{suggestion}'?}", "{what}中有未知的键“{key}”{?suggestion:；是不是“{suggestion}”？}")
        case .records: ("{count} {count|record|records}", "{count} 条记录")
        case .nested: ("because {why}", "因为{why}")
        case .braces: ("write {{\"a\": 1}} for {name}", "写 {{\"a\": 1}}：{name}")
        }
    }
}

@Suite struct MessageTests {
    let book = MessageBook([SampleMessage.self])

    func english(_ message: Message) -> String { MessageRenderer(book: book, language: .english).render(message) }
    func chinese(_ message: Message) -> String { MessageRenderer(book: book, language: .chinese).render(message) }

    @Test func rendersArgumentsInEitherLanguage() {
        let message = SampleMessage.unknownKey(["key": "sheduel", "what": "a workflow file", "suggestion": "schedule"])
        #expect(english(message) == "unknown key 'sheduel' in a workflow file; did you mean 'schedule'?")
        #expect(chinese(message) == "a workflow file中有未知的键“sheduel”；是不是“schedule”？")
    }

    @Test func optionalPartsAreLeftOutWhenTheArgumentIsMissingOrEmpty() {
        #expect(english(SampleMessage.unknownKey(["key": "x", "what": "y"])) == "unknown key 'x' in y")
        #expect(english(SampleMessage.unknownKey(["key": "x", "what": "y", "suggestion": ""])) == "unknown key 'x' in y")
    }

    @Test func pluralFormsFollowTheNumber() {
        #expect(english(SampleMessage.records(["count": 1])) == "1 record")
        #expect(english(SampleMessage.records(["count": 3])) == "3 records")
        #expect(chinese(SampleMessage.records(["count": 3])) == "3 条记录")
    }

    @Test func nestedMessagesAndListsRenderInTheSameLanguage() {
        let message = SampleMessage.nested(["why": .messages([SampleMessage.records(["count": 1]), SampleMessage.records(["count": 2])])])
        #expect(english(message) == "because 1 record, 2 records")
        #expect(chinese(message) == "因为1 条记录、2 条记录")
    }

    @Test func doubledBracesAreBraces() {
        #expect(english(SampleMessage.braces(["name": "eval"])) == "write {\"a\": 1} for eval")
    }

    @Test func anUnknownCodeShowsItsCodeAndArguments() {
        let message = Message(code: "nobody.knows", arguments: [MessageArgument(name: "n", value: 3)])
        #expect(english(message) == "nobody.knows (n=3)")
    }

    @Test func jsonRoundTripsEveryKindOfValue() throws {
        let message = SampleMessage.nested(["why": .list([.text("引号\"和\\反斜杠\n"), .int(-42), .message(SampleMessage.records(["count": 2]))]),
                                             "empty": .list([])])
        #expect(message.json == #"{"code":"sample.nested","args":{"empty":[],"why":["引号\"和\\反斜杠\n",-42,{"code":"sample.records","args":{"count":2}}]}}"#)
        #expect(Message(json: message.json) == message)
        #expect(Message(code: message.code, argumentsJSON: message.argumentsJSON) == message)
    }

    @Test func aCodesTemplateProblemsAreNamed() {
        #expect(SampleMessage.records.templateProblems().isEmpty)
        #expect(BrokenMessage.unbalanced.templateProblems(allowingDifferentArguments: true) == ["English: a placeholder is not closed"])
        #expect(BrokenMessage.differentArguments.templateProblems() == ["the languages read different arguments"])
        #expect(BrokenMessage.differentArguments.templateProblems(allowingDifferentArguments: true).isEmpty)
        #expect(BrokenMessage.noChinese.templateProblems() == ["no Chinese", "the languages read different arguments"])
    }

    @Test func malformedJSONIsRefused() {
        for text in ["", "{", "{\"code\":1,\"args\":{}}", "{\"code\":\"a\"}", "{\"code\":\"a\",\"args\":{}} x", String(repeating: "[", count: 100)] {
            #expect(Message(json: text) == nil, "\(text)")
        }
        #expect(Message(code: "a", argumentsJSON: "[1]") == nil)
    }

    @Test func everyTemplateIsWellFormedAndBothLanguagesReadTheSameArguments() {
        for entry in SampleMessage.allCases + [] {
            check(entry)
        }
        for entry in DiagnosticsMessage.allCases { check(entry) }
        #expect(MessageBook([SampleMessage.self, SampleMessage.self]).duplicates.count == SampleMessage.allCases.count)
    }

    func check<C: MessageCatalogue>(_ entry: C) {
        #expect(entry.templateProblems().isEmpty, "\(entry.rawValue): \(entry.templateProblems())")
    }

    @Test func theRendererUsesTheLanguagesWords() {
        let diagnostics = Diagnostics([Diagnostic(.error, SampleMessage.records(["count": 2]), hint: SampleMessage.records(["count": 1]))])
        let chineseText = DiagnosticRenderer(messages: MessageRenderer(book: book, language: .chinese)).render(diagnostics)
        #expect(chineseText == "错误: 2 条记录\n  提示: 1 条记录\n1 个错误\n")
    }
}

/// Codes whose templates are wrong on purpose, for `templateProblems`.
private enum BrokenMessage: String, MessageCatalogue {
    case unbalanced = "broken.unbalanced"
    case differentArguments = "broken.different-arguments"
    case noChinese = "broken.no-chinese"

    var templates: (english: String, chinese: String) {
        switch self {
        case .unbalanced: ("{count", "{count}")
        case .differentArguments: ("{a}", "{b}")
        case .noChinese: ("{a}", "")
        }
    }
}
