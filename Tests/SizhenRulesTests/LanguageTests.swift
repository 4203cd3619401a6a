import Testing
import SizhenDiagnostics
@testable import SizhenRules

private typealias R = RuleMessage

/// The language as a table: expression → value, evaluated against the sample case.
@Suite struct LanguageTests {
    static let values: [(String, RuleValue)] = [
        // Literals
        ("42", .int(42)), ("-9223372036854775808", .int(.min)), ("0x1F", .int(31)), ("2.5", .double(2.5)), ("1e3", .double(1000)),
        ("'婚恋'", .string("婚恋")), (#""a\tb\u00e9\U0001F431""#, .string("a\tbé🐱")), (#"r"\n""#, .string("\\n")), ("'''x'y'''", .string("x'y")),
        ("true", .bool(true)), ("null", .null), ("[1, 2, 3]", .list([.int(1), .int(2), .int(3)])),
        ("{'a': 1, 'b': 2}['b']", .int(2)),
        // Arithmetic and precedence
        ("1 + 2 * 3", .int(7)), ("(1 + 2) * 3", .int(9)), ("7 / 2", .int(3)), ("-7 / 2", .int(-3)), ("-7 % 3", .int(-1)),
        ("7.0 / 2.0", .double(3.5)), ("'四' + '诊'", .string("四诊")), ("[1] + [2]", .list([.int(1), .int(2)])),
        ("--5", .int(5)), ("!!true", .bool(true)), ("1 < 2 == true", .bool(true)), ("2 < 1.5", .bool(false)), ("1 == 1 && 2 != 3", .bool(true)),
        ("true || false && false", .bool(true)), ("false ? 1 : true ? 2 : 3", .int(2)), ("1 in [1, 2] && !(3 in [1, 2])", .bool(true)),
        // Error-absorbing logic
        ("false && (1 / 0 == 1)", .bool(false)), ("(1 / 0 == 1) && false", .bool(false)), ("true || 1 / 0 == 1", .bool(true)),
        ("(1 / 0 == 1) || true", .bool(true)),
        // Fields, enums, indexing
        ("case.kind == 'dispute'", .bool(true)), ("case.parties >= 3", .bool(true)), ("case.resident.housebound", .bool(true)),
        ("case.resident.age > 80 && case.category == '婚恋'", .bool(true)), ("case.category in ['婚恋', '家庭']", .bool(true)),
        ("case.tags[1]", .string("残疾人")), ("case.extra['visits']", .int(2)), ("case.extra.visits", .int(2)),
        ("case.kind == 'dispute' && (case.major || case.parties >= limit)", .bool(false)),
        ("case.amount > 1000.0", .bool(true)), ("case.amount > 1000", .bool(true)), ("'老年人' in case.tags", .bool(true)),
        // Functions, both call forms
        ("size('πέντε')", .int(5)), ("'邻里漏水纠纷'.size()", .int(6)), ("size(case.tags)", .int(2)), ("case.title.contains('漏水')", .bool(true)),
        ("case.title.startsWith('邻里')", .bool(true)), ("case.title.endsWith('纠纷')", .bool(true)), ("int(2.9)", .int(2)), ("int(-2.9)", .int(-2)),
        ("int('42')", .int(42)), ("double(3)", .double(3)), ("double('2.5')", .double(2.5)), ("string(12)", .string("12")),
        ("string(true)", .string("true")), ("has(case.lawyer)", .bool(false)), ("has(case.title)", .bool(true)), ("has(case.extra.visits)", .bool(true)),
        // Macros
        ("[1, 2, 3].all(x, x > 0)", .bool(true)), ("[1, 2, 3].exists(x, x > 2)", .bool(true)), ("[1, 2, 3].exists_one(x, x > 1)", .bool(false)),
        ("[1, 2, 3].map(x, x * 10)", .list([.int(10), .int(20), .int(30)])), ("[1, 2, 3].map(x, x > 1, x * 10)", .list([.int(20), .int(30)])),
        ("[1, 2, 3, 4].filter(x, x % 2 == 0)", .list([.int(2), .int(4)])), ("case.tags.exists(t, t == '老年人')", .bool(true)),
        ("{'a': 1, 'b': 2}.all(k, k.size() == 1)", .bool(true)), ("[[1, 2], [3]].all(l, l.all(x, x > 0))", .bool(true)),
        ("[0, 1].exists(x, 1 / x == 1)", .bool(true)), ("[1, 0].all(x, x > 0 && 1 / x > 0)", .bool(false)),
        // Heterogeneous equality inside dyn collections
        ("[1, 'a'] == [1, 'a']", .bool(true)), ("'a' in [1, 'a']", .bool(true)), ("{'k': 1} == {'k': 1}", .bool(true)),
    ]

    @Test(arguments: values)
    func evaluates(expression: String, expected: RuleValue) throws {
        let result = try #require(TestSchema.evaluate(expression), "did not compile: \(TestSchema.compile(expression))")
        #expect(try result.get() == expected)
    }

    /// Runtime errors are values with the column of the operation, never a crash.
    static let runtimeErrors: [(String, Message, Int)] = [
        ("1 / (case.parties - 3)", R.divisionByZero(), 3),
        ("case.parties % 0", R.modulusByZero(), 14),
        ("9223372036854775807 + case.parties", R.integerOverflow(), 21),
        ("-9223372036854775808 - 1 < 0", R.integerOverflow(), 22),
        ("case.parties * 4611686018427387904 > 0", R.integerOverflow(), 14),
        ("case.extra['missing'] > 0", R.noSuchKey(["key": "\"missing\""]), 11),
        ("case.tags[2] == ''", R.indexOutOfRange(["index": 2, "count": 2]), 10),
        ("case.lawyer == 'x'", R.noValue(["path": "case.lawyer"]), 6),
        ("int('十') == 1", R.cannotConvert(["text": "十", "type": "int"]), 1),
        ("int(1e20) > 0", R.conversionRange(["type": "int"]), 1),
        ("true && 1 / 0 == 1", R.divisionByZero(), 11),
        ("[1, 'a'][1] + 1 == 2", R.noSuchOverload(["op": "+", "kinds": .texts(["string", "int"])]), 13),
    ]

    @Test(arguments: runtimeErrors)
    func runtimeErrorIsAValueWithItsLocation(expression: String, message: Message, column: Int) throws {
        let result = try #require(TestSchema.evaluate(expression), "did not compile: \(TestSchema.compile(expression))")
        guard case .failure(let error) = result else {
            Issue.record("expected an error, got \(result)")
            return
        }
        #expect(error.message == message, "\(error)")
        #expect(error.location == TestSchema.origin.advanced(byColumns: column - 1), "\(error)")
    }

    @Test func runtimeErrorsReadInEnglishAndChinese() throws {
        let result = try #require(TestSchema.evaluate("case.tags[2] == ''"))
        guard case .failure(let error) = result else {
            Issue.record("expected an error, got \(result)")
            return
        }
        #expect(error.description == "rule.yaml:3:19: index 2 out of range (the list has 2 elements)")
        let chinese = MessageRenderer(book: MessageBook(SizhenRulesMessages.catalogues), language: .chinese)
        #expect(chinese.render(error.message) == "下标 2 超出范围（列表有 2 个元素）")
        #expect(error.diagnostic.message.code == R.indexOutOfRange.rawValue)
    }

    @Test func typicalRuleCompilesOnceAndEvaluatesForManyCases() throws {
        let rule = try TestSchema.compile(#"case.kind == "dispute" && (case.major || case.parties >= 5)"#, expecting: .bool).get()
        let cases: [(RuleValue, Bool)] = [
            (TestSchema.sampleCase(), false), (TestSchema.sampleCase(parties: 5), true),
            (TestSchema.sampleCase(major: true), true), (TestSchema.sampleCase(kind: "consultation", major: true), false),
        ]
        for (value, expected) in cases {
            #expect(try rule.test(TestSchema.environment.activation(["case": value])).get() == expected)
        }
    }

    @Test func valuesPrintAsLiteralsAndAsJSON() {
        let value: RuleValue = .map(RuleMap([(.string("金额"), .double(50)), (.string("rows"), .list([.int(1), .bool(true), .null]))]))
        #expect(value.description == #"{"金额": 50.0, "rows": [1, true, null]}"#)
        #expect(value.jsonText == #"{"金额":50.0,"rows":[1,true,null]}"#)
    }
}
