import Testing
import SizhenDiagnostics
@testable import SizhenRules

/// What the checker rejects before anything runs, each at its column inside the expression.
@Suite struct CheckerTests {
    static let errors: [(String, Int, String)] = [
        ("case.partys >= 5", 6, "case has no field 'partys'; did you mean 'parties'?"),
        ("case.resident.housbound", 15, "case.resident has no field 'housbound'; did you mean 'housebound'?"),
        ("caes.parties > 1", 1, "unknown name 'caes'; did you mean 'case'?"),
        (#"case.parties >= "5""#, 14, "cannot compare int with string using '>='"),
        (#"case.category == "婚姻""#, 18, "'婚姻' is not one of the values of case.category: 婚恋, 家庭, 邻里, 物业, 劳动"),
        (#"case.category in ["婚恋", "婚姻"]"#, 18, "'婚姻' is not one of the values of case.category"),
        (#""disput" != case.kind"#, 1, "'disput' is not one of the values of case.kind: dispute, consultation, document; did you mean 'dispute'?"),
        ("sise(case.tags) > 1", 1, "unknown function 'sise'; did you mean 'size'?"),
        ("size(case.tags, 1) > 1", 1, "size() takes 1 argument, but 2 were given"),
        ("case.title.startsWith() ", 12, "x.startsWith() takes 1 argument, but 0 were given"),
        ("contains(case.title, 'a')", 1, "'contains' is called as a method"),
        ("case.amount == 1", 13, "cannot compare double with int using '=='"),
        ("case.parties + 1.5 > 0", 14, "'+' cannot be applied to int and double"),
        ("case.major && case.parties", 15, "'&&' needs bool operands, but this is int"),
        ("case.tags['x']", 11, "a list index must be an int, not string"),
        ("case.parties.value", 14, "a value of type int has no field 'value'"),
        ("case.title.matches('a+')", 12, "the function 'matches' not supported"),
        ("case.parties == 1u", 17, "unsigned integers (1u) not supported"),
        ("b'abc' == case.title", 1, "bytes literals (b\"…\") not supported"),
        ("dyn(case.parties) == 1", 1, "the function 'dyn' not supported"),
        ("case.kind = 'dispute'", 11, "'=' is not an operator"),
        ("case.category == 婚恋", 18, "unexpected character '婚'"),
        ("case.title == 'open", 15, "the string is not closed"),
        ("if", 1, "'if' is a reserved word"),
        ("true ? 1 : 'a'", 6, "the two branches of '?:' have different types, int and string"),
        ("case.tags.all(1, true)", 15, "the first argument of 'all' must be a variable name"),
        ("case.parties.all(x, x > 0)", 1, "'all' needs a list or a map, not int"),
        ("", 1, "the expression is empty"),
        ("(1 + 2", 7, "expected ')', found the end of the expression"),
    ]

    @Test(arguments: errors)
    func rejects(expression: String, column: Int, message: String) {
        guard case .failure(let diagnostics) = TestSchema.compile(expression) else {
            Issue.record("\(expression) compiled")
            return
        }
        let first = diagnostics.sorted.first
        #expect(first?.message.description.hasPrefix(message) == true, "\(diagnostics.sorted)")
        #expect(first?.location == TestSchema.origin.advanced(byColumns: column - 1), "\(diagnostics.sorted)")
    }

    @Test func aWhenMustBeBool() {
        guard case .failure(let diagnostics) = TestSchema.compile("case.parties + 1", expecting: .bool) else {
            Issue.record("compiled")
            return
        }
        #expect(diagnostics.sorted.map(\.message) == ["the expression must give a bool, but it gives an int"])
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
        #expect(long.sorted.first?.message == "the expression is 200001 characters long, more than the limit of 10000")

        let roomy = RuleLimits(maximumLength: 1_000_000, maximumDepth: 100)
        guard case .failure(let deep) = TestSchema.compile(hundredThousand, limits: roomy) else { Issue.record("compiled"); return }
        #expect(deep.sorted.first?.message == "the expression is nested more than 100 levels deep")

        for text in [Array(repeating: "1", count: 5_000).joined(separator: " + "), String(repeating: "!", count: 50_000) + "true",
                     "[" + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_001), "case" + String(repeating: ".resident", count: 3_000)] {
            guard case .failure(let found) = TestSchema.compile(text, limits: roomy) else { Issue.record("compiled"); continue }
            #expect(found.sorted.first?.message == "the expression is nested more than 100 levels deep")
        }
        #expect((try? TestSchema.compile(Array(repeating: "1", count: 90).joined(separator: " + ")).get()) != nil)
    }
}
