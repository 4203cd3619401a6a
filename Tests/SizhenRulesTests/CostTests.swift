import SizhenDiagnostics
import Testing
@testable import SizhenRules

private typealias R = RuleMessage

/// Rules are bounded: the checker estimates every rule's worst case and refuses one over the
/// limits where the cost multiplies, and an evaluation that goes beyond its budget anyway stops
/// with an error, whatever the values.
@Suite struct CostTests {
    static let ten = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"

    /// `body` inside `depth` macros `name`, each over `range`, with variables v1, v2, …
    static func nested(_ name: String, depth: Int, over range: String = ten, body: String) -> String {
        (1...depth).reversed().reduce(body) { inner, level in "\(range).\(name)(v\(level), \(inner))" }
    }

    /// `text` followed by `count` times `suffix`.
    static func chained(_ text: String, _ suffix: String, times count: Int) -> String {
        text + String(repeating: suffix, count: count)
    }

    static func cost(_ text: String) throws -> RuleCost {
        try TestSchema.compile(text).get().cost
    }

    // MARK: Estimates

    @Test func aComparisonCostsItsNodes() throws {
        // `case`, `.parties`, `5` and `>=`.
        #expect(try Self.cost("case.parties >= 5") == RuleCost(minimumSteps: 4, maximumSteps: 4, maximumBytes: 0, resultSize: nil))
    }

    @Test func aMacroOverAListFieldCostsItsAssumedLengthOfVisits() throws {
        // The range (2 steps) and the macro (1), then up to 100 visits of 4 steps (the visit,
        // `t`, the constant, `==`); `exists` may stop at the first, or visit none.
        let cost = try Self.cost(#"case.tags.exists(t, t == "老年人")"#)
        #expect(cost == RuleCost(minimumSteps: 3, maximumSteps: 3 + 100 * 4, maximumBytes: 0, resultSize: nil))
    }

    @Test func sizesPropagateThroughLiteralsJoinsAndMacros() throws {
        // Two visits of 5 steps each building 2 bytes of text and one element of 32 bytes.
        #expect(try Self.cost(#"["a", "b"].map(x, x + x)"#) == RuleCost(minimumSteps: 14, maximumSteps: 14, maximumBytes: 68, resultSize: 2...2))
        #expect(try Self.cost(#"case.title + "!""#).resultSize == 1...1_025)
        #expect(try Self.cost("case.tags.filter(t, t != \"\")").resultSize == 0...100)
        #expect(try Self.cost("case.tags + [case.title, case.title]").resultSize == 2...102)
    }

    @Test func theLimitsAssumptionsSizeWhatTheRuleDoesNotKnow() throws {
        let small = RuleLimits(maximumLength: 10_000, maximumDepth: 100, assumedItems: 3, assumedTextBytes: 10)
        let cost = try TestSchema.compile("case.tags.map(t, t + t)", limits: small).get().cost
        #expect(cost.resultSize == 0...3)
        #expect(cost.maximumBytes == 3 * (20 + 32))
    }

    // MARK: Refused at validate

    /// Rules of a few hundred characters that once took gigabytes or minutes to evaluate.
    static let hostile: [(name: String, rule: String)] = [
        ("maps nested six deep", nested("map", depth: 6, body: "v1 + v6")),
        ("maps nested eight deep", nested("map", depth: 8, body: "v1")),
        ("filters nested six deep", (1...6).reversed().reduce("v1 < v6") { "[1,2,3,4,5,6,7,8,9,10].filter(v\($1), \($0)).size() > 0" }),
        ("a filter over a product", ten + ".map(a, " + nested("map", depth: 5, body: "a") + ").filter(x, size(x) > 0)"),
        ("all over a product", nested("all", depth: 7, body: "v1 > 0")),
        ("exists_one over a product", nested("exists_one", depth: 7, body: "v1 == v7")),
        ("the size of a product", "size(" + nested("map", depth: 7, body: "v1") + ") > 0"),
        ("text doubled in a chain of maps", chained(#"["ab"]"#, ".map(s, s + s)", times: 26) + ".size() > 0"),
        ("text doubled inside nested maps", nested("map", depth: 4, body: #"case.title + case.title + case.title"#)),
        ("lists joined in a chain of maps", chained("[[1, 2]]", ".map(l, l + l)", times: 22) + ".size() > 0"),
        ("lists joined inside nested maps", nested("map", depth: 5, body: "case.tags + case.tags")),
        ("macros nested over a list field", "case.tags.exists(a, case.tags.exists(b, case.tags.exists(c, a + b == c)))"),
        ("membership in a product", "[[[[[0]]]]] in " + nested("map", depth: 6, body: "v1")),
    ]

    @Test(arguments: hostile)
    func aHostileRuleIsRefusedByTheChecker(name: String, rule: String) throws {
        #expect(rule.count < 400, "\(name) is a short rule")
        guard case .failure(let diagnostics) = TestSchema.compile(rule) else {
            Issue.record("\(name) compiled: \(rule)")
            return
        }
        let codes = Set(diagnostics.map(\.message.code))
        #expect(!codes.isDisjoint(with: [R.tooCostly.rawValue, R.tooMuchMemory.rawValue]), "\(name): \(diagnostics.sorted)")
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func theMessageSaysTheEstimateTheLimitAndWhereTheCostMultiplies() throws {
        // Four maps over ten: 10,000 visits of the innermost body, each under the limit
        // alone; the fifth (outermost) is where the estimate goes over.
        let rule = Self.nested("map", depth: 5, body: "v1 + v2 + v3 + v4 + v5")
        guard case .failure(let diagnostics) = TestSchema.compile(rule) else { Issue.record("compiled"); return }
        let error = try #require(diagnostics.sorted.first { $0.message.code == R.tooCostly.rawValue })
        let steps = try #require(error.message.int("steps"))
        #expect(steps > 1_000_000)
        #expect(error.message.int("limit") == 1_000_000)
        // The outermost `map`: its name is the 33rd character.
        #expect(error.location == TestSchema.origin.advanced(byColumns: Self.ten.count + 1))
        #expect(error.hint?.code == R.tooCostlyMacroHint.rawValue)
        #expect(error.hint?.int("items") == 10)

        let book = MessageBook(SizhenRulesMessages.catalogues)
        #expect(MessageRenderer(book: book, language: .english).render(error.message)
            == "this may take up to \(steps) steps to evaluate, more than the limit of 1000000")
        #expect(MessageRenderer(book: book, language: .chinese).render(error.message) == "这部分求值最多可能需要 \(steps) 步，超过了上限 1000000")
    }

    @Test func aDecisionTableEntryIsEstimatedToo() {
        let at = TestSchema.origin
        let definition = DecisionTableDefinition(
            id: "t", name: "t", hitPolicy: .first,
            inputs: [.init(id: "tags", expression: LocatedText("case.tags", at: at))],
            outputs: [.init(id: "n", type: .int, location: at)],
            rows: [.init(entries: [LocatedText("-", at: at)],
                         outputs: [LocatedText("size(" + Self.nested("map", depth: 7, body: "v1") + ")", at: at)], location: at)],
            location: at)
        let (table, diagnostics) = DecisionTable.build(definition, in: TestSchema.environment)
        #expect(table == nil)
        #expect(diagnostics.contains { $0.message.code == R.tooCostly.rawValue }, "\(diagnostics.sorted)")
    }

    // MARK: Stopped at run time

    /// Limits under which the checker lets everything through, so that only the budget acts.
    static func unchecked(stepBudget: Int = 10_000_000) -> RuleLimits {
        RuleLimits(maximumLength: 10_000, maximumDepth: 100, maximumCost: .max, maximumMemory: .max, stepBudget: stepBudget)
    }

    static func runtimeError(_ rule: String, limits: RuleLimits, case value: RuleValue = TestSchema.sampleCase()) throws -> RuleError? {
        let compiled = try TestSchema.compile(rule, limits: limits).get()
        guard case .failure(let error) = compiled.evaluate(TestSchema.environment.activation(["case": value, "limit": .int(5)])) else {
            return nil
        }
        return error
    }

    @Test func textThatDoublesStopsAtTheMemoryBudget() throws {
        // 2 bytes doubled 40 times would be two terabytes; the budget is 64 MiB.
        let rule = Self.chained(#"["ab"]"#, ".map(s, s + s)", times: 40)
        let error = try #require(try Self.runtimeError(rule, limits: Self.unchecked()))
        #expect(error.message == R.memoryBudget(["limit": .int(64 << 20)]))
    }

    @Test func listsThatDoubleStopAtTheMemoryBudget() throws {
        let rule = Self.chained("[[1]]", ".map(l, l + l)", times: 40)
        let error = try #require(try Self.runtimeError(rule, limits: Self.unchecked()))
        #expect(error.message == R.memoryBudget(["limit": .int(64 << 20)]))
    }

    @Test func nestedMacrosStopAtTheStepBudget() throws {
        // 10⁸ visits; the budget stops them after 200,000 steps.
        let rule = Self.nested("exists_one", depth: 8, body: "v1 == v8")
        let error = try #require(try Self.runtimeError(rule, limits: Self.unchecked(stepBudget: 200_000)))
        #expect(error.message == R.stepBudget(["limit": .int(200_000)]))
    }

    @Test func aSpentBudgetIsNotForgivenByOrNorByExists() throws {
        // `error || true` is true in CEL, and `exists` forgives an error if another element
        // satisfies it; a stopped evaluation stays stopped.
        let product = Self.nested("exists_one", depth: 8, body: "v1 == v8")
        for rule in ["\(product) || true", "true && \(product)", "[1, 2].exists(x, x == 2 || \(product))", "[\(product), true].exists(x, x)"] {
            let error = try #require(try Self.runtimeError(rule, limits: Self.unchecked(stepBudget: 100_000)), "\(rule)")
            #expect(error.message.code == R.stepBudget.rawValue)
        }
    }

    @Test func valuesLargerThanAssumedStopAtTheBudgetOfAnAcceptedRule() throws {
        // Accepted for 100 tags at most; with 3,000 the 9,000,000 pairs run into the budget.
        let rule = "case.tags.exists(a, case.tags.exists(b, a < b && b < a))"
        let limits = RuleLimits(maximumLength: 10_000, maximumDepth: 100, stepBudget: 100_000)
        #expect(try TestSchema.compile(rule, limits: limits).get().cost.maximumSteps < limits.maximumCost)
        guard case .object(var record) = TestSchema.sampleCase() else { Issue.record("not a record"); return }
        record.fields[TestSchema.caseType.index(of: "tags")!] = .list((0..<3_000).map { .string("标签\($0)") })
        let error = try #require(try Self.runtimeError(rule, limits: limits, case: .object(record)))
        #expect(error.message.code == R.stepBudget.rawValue)
    }

    @Test func longTextIsCountedByItsBytes() throws {
        // Each comparison of two 1 MB texts reads 16,384 steps' worth.
        let long = RuleValue.string(String(repeating: "a", count: 1 << 20))
        let rule = "[limit, limit, limit, limit, limit, limit, limit].all(x, x == limit)"
        let compiled = try RuleCompiler.compile(rule, at: TestSchema.origin, in: RuleEnvironment([("limit", .string)]),
                                                limits: Self.unchecked(stepBudget: 100_000)).get()
        guard case .failure(let error) = compiled.evaluate(Activation(values: [long])) else { Issue.record("evaluated"); return }
        #expect(error.message.code == R.stepBudget.rawValue)
    }

    @Test func anOrdinaryRuleSpendsLittle() throws {
        let limits = RuleLimits(maximumLength: 10_000, maximumDepth: 100, stepBudget: 20, memoryBudget: 100)
        let compiled = try TestSchema.compile(#"case.kind == "dispute" && case.tags.exists(t, t == "老年人")"#, limits: limits).get()
        #expect(compiled.evaluate(TestSchema.activation) == .success(.bool(true)))
    }
}
