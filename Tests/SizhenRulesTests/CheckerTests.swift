import Testing
import SizhenDiagnostics
@testable import SizhenRules

private typealias R = RuleMessage

/// What the checker rejects before anything runs, each at its column inside the expression.
@Suite struct CheckerTests {
    static let categories: MessageValue = .texts(TestSchema.categories)

    static let errors: [(String, Int, Message)] = [
        ("case.partys >= 5", 6, R.unknownField(["path": "case", "field": "partys", "suggestion": "parties"])),
        ("case.resident.housbound", 15, R.unknownField(["path": "case.resident", "field": "housbound", "suggestion": "housebound"])),
        ("caes.parties > 1", 1, R.unknownName(["name": "caes", "suggestion": "case"])),
        (#"case.parties >= "5""#, 14, R.cannotCompare(["left": "int", "right": "string", "op": ">="])),
        (#"case.category == "婚姻""#, 18, R.notAValue(["value": "婚姻", "what": "case.category", "values": categories, "suggestion": "婚恋"])),
        (#"case.category in ["婚恋", "婚姻"]"#, 18, R.notAValue(["value": "婚姻", "what": "case.category", "values": categories, "suggestion": "婚恋"])),
        (#""disput" != case.kind"#, 1, R.notAValue(["value": "disput", "what": "case.kind", "values": .texts(["dispute", "consultation", "document"]),
                                                    "suggestion": "dispute"])),
        ("sise(case.tags) > 1", 1, R.unknownFunction(["function": "sise", "suggestion": "size"])),
        ("size(case.tags, 1) > 1", 1, R.arity(["call": "size()", "expected": 1, "found": 2])),
        ("case.title.startsWith() ", 12, R.arity(["call": "x.startsWith()", "expected": 1, "found": 0])),
        ("case.title.size(1) ", 12, R.arityNone(["call": "x.size()", "found": 1])),
        ("contains(case.title, 'a')", 1, R.methodOnly(["function": "contains"])),
        ("case.amount == 1", 13, R.cannotCompare(["left": "double", "right": "int", "op": "=="])),
        ("case.parties + 1.5 > 0", 14, R.badArithmetic(["op": "+", "left": "int", "right": "double"])),
        ("case.major && case.parties", 15, R.logicalOperand(["op": "&&", "type": "int"])),
        ("case.tags['x']", 11, R.listIndexType(["type": "string"])),
        ("case.parties.value", 14, R.typeHasNoFields(["type": "int", "field": "value"])),
        ("case.title.matches('a+')", 12, R.unsupportedFunction(["function": "matches"])),
        ("case.parties == 1u", 17, R.unsupportedUnsigned()),
        ("b'abc' == case.title", 1, R.unsupportedBytes()),
        ("dyn(case.parties) == 1", 1, R.unsupportedFunction(["function": "dyn"])),
        ("case.kind = 'dispute'", 11, R.singleEquals()),
        ("case.category == 婚恋", 18, R.unexpectedCharacter(["character": "婚"])),
        ("case.title == 'open", 15, R.unterminatedString()),
        ("if", 1, R.reservedWord(["word": "if"])),
        ("true ? 1 : 'a'", 6, R.branchesDiffer(["first": "int", "second": "string"])),
        ("case.tags.all(1, true)", 15, R.macroVariable(["function": "all"])),
        ("case.tags.map(t)", 11, R.macroArityEither(["function": "map", "count": 2, "other": 3])),
        ("case.parties.all(x, x > 0)", 1, R.macroRange(["function": "all", "type": "int"])),
        ("", 1, R.emptyExpression()),
        ("(1 + 2", 7, R.expectedSymbol(["symbol": ")", "found": .message(R.endOfExpression())])),
        ("1 + 2 3", 7, R.unexpectedAfterEnd(["found": .message(R.aNumber())])),
    ]

    @Test(arguments: errors)
    func rejects(expression: String, column: Int, message: Message) {
        guard case .failure(let diagnostics) = TestSchema.compile(expression) else {
            Issue.record("\(expression) compiled")
            return
        }
        let first = diagnostics.sorted.first
        #expect(first?.message == message, "\(diagnostics.sorted)")
        #expect(first?.location == TestSchema.origin.advanced(byColumns: column - 1), "\(diagnostics.sorted)")
    }

    static let book = MessageBook(SizhenRulesMessages.catalogues)

    /// A few whole sentences, to keep the English as it was and to read the Chinese.
    @Test(arguments: [
        (#""disput" != case.kind"#, "'disput' is not one of the values of case.kind: dispute, consultation, document; did you mean 'dispute'?",
         "“disput”不是case.kind的可选值之一：dispute、consultation、document；是不是“dispute”？"),
        ("size(case.tags, 1) > 1", "size() takes 1 argument, but 2 were given", "size() 需要 1 个参数，实际给了 2 个"),
        ("case.title.matches('a+')", "the function 'matches' not supported in Sizhen rules", "规则中不支持函数“matches”"),
        ("(1 + 2", "expected ')', found the end of the expression", "应为“)”，实际是表达式结尾"),
    ])
    func readsInEnglishAndChinese(expression: String, english: String, chinese: String) throws {
        guard case .failure(let diagnostics) = TestSchema.compile(expression) else {
            Issue.record("\(expression) compiled")
            return
        }
        let first = try #require(diagnostics.sorted.first)
        #expect(MessageRenderer(book: Self.book, language: .english).render(first.message) == english)
        #expect(MessageRenderer(book: Self.book, language: .chinese).render(first.message) == chinese)
    }

    @Test func hintsSayWhatIsExpected() throws {
        func hint(_ expression: String) throws -> Message? {
            guard case .failure(let diagnostics) = TestSchema.compile(expression) else { throw Compiled() }
            return try #require(diagnostics.sorted.first).hint
        }
        #expect(try hint("caes.parties > 1") == R.namesHint(["names": .texts(["case", "limit"])]))
        #expect(try hint("case.partys >= 5")?.code == R.fieldsHint.rawValue)
        #expect(try hint("case.amount == 1") == R.mixedNumbersHint())
        #expect(try hint(#"case.parties >= "5""#) == R.quotedNumberHint())
        #expect(try hint("sise(1) > 0") == R.functionsHint())
        #expect(try hint("case.tags.map(t)") == R.mapMacroHint())
        #expect(try hint("case.tags.all(1, true)") == R.macroHint(["function": "all"]))
        #expect(try hint("case.category == 婚恋") == R.quoteTextHint())
    }

    struct Compiled: Error {}

    @Test func aWhenMustBeBool() {
        guard case .failure(let diagnostics) = TestSchema.compile("case.parties + 1", expecting: .bool) else {
            Issue.record("compiled")
            return
        }
        let expected = R.wrongResultType(["expected": .message(R.aType(["type": "bool"])), "found": .message(R.anType(["type": "int"]))])
        #expect(diagnostics.sorted.map(\.message) == [expected])
        #expect(diagnostics.sorted.first?.hint == R.boolResultHint())
        #expect(MessageRenderer(book: Self.book, language: .english).render(expected) == "the expression must give a bool, but it gives an int")
        #expect(MessageRenderer(book: Self.book, language: .chinese).render(expected) == "表达式的结果应为 bool，实际是 int")
    }

    @Test func everyMistakeIsReportedAtOnce() {
        guard case .failure(let diagnostics) = TestSchema.compile(#"case.partys > 1 && case.category == "婚姻" && sise(1) > 0"#) else {
            Issue.record("compiled")
            return
        }
        #expect(diagnostics.sorted.map(\.location?.column) == [15, 46, 54])
    }

    @Test func columnsCountUnicodeScalarsFromTheOrigin() {
        guard case .failure(let diagnostics) = TestSchema.compile(#""婚恋婚恋" == case.titel"#) else {
            Issue.record("compiled")
            return
        }
        // The field name starts at scalar 16 of the expression; the origin is column 10.
        #expect(diagnostics.sorted.first?.location == SourceLocation(file: "rule.yaml", line: 3, column: 10 + 15))
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let hundredThousand = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        guard case .failure(let long) = TestSchema.compile(hundredThousand) else { Issue.record("compiled"); return }
        #expect(long.sorted.first?.message == R.tooLong(["length": 200_001, "limit": 10_000]))

        let roomy = RuleLimits(maximumLength: 1_000_000, maximumDepth: 100)
        guard case .failure(let deep) = TestSchema.compile(hundredThousand, limits: roomy) else { Issue.record("compiled"); return }
        #expect(deep.sorted.first?.message == R.tooDeep(["limit": 100]))

        for text in [Array(repeating: "1", count: 5_000).joined(separator: " + "), String(repeating: "!", count: 50_000) + "true",
                     "[" + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_001), "case" + String(repeating: ".resident", count: 3_000)] {
            guard case .failure(let found) = TestSchema.compile(text, limits: roomy) else { Issue.record("compiled"); continue }
            #expect(found.sorted.first?.message == R.tooDeep(["limit": 100]))
        }
        #expect((try? TestSchema.compile(Array(repeating: "1", count: 90).joined(separator: " + ")).get()) != nil)
    }
}
