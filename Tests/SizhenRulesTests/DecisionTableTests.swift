import Testing
import SizhenDiagnostics
@testable import SizhenRules

private typealias T = DecisionTableMessage
private typealias R = RuleMessage

/// `row N` as messages name a row without an id.
private func row(_ number: Int) -> MessageValue { .message(T.rowNumber(["number": .int(number)])) }

/// Decision tables: each hit policy, and the load-time checks.
@Suite struct DecisionTableTests {
    static let file = "table.yaml"

    /// A definition from plain strings; row N is on line 10 + N, its entries at columns 10, 30, …
    static func table(_ policy: HitPolicy, aggregation: Aggregation? = nil, inputs: [String], outputs: [(String, RuleType)],
                      rows: [([String], [String])]) -> DecisionTableDefinition {
        DecisionTableDefinition(
            id: "t", name: "test", hitPolicy: policy, aggregation: aggregation,
            inputs: inputs.enumerated().map { .init(id: $1.split(separator: ".").last.map(String.init) ?? $1, expression: LocatedText($1, at: .init(file: file, line: 5 + $0, column: 10))) },
            outputs: outputs.enumerated().map { .init(id: $1.0, type: $1.1, location: .init(file: file, line: 8, column: 10 + 20 * $0)) },
            rows: rows.enumerated().map { number, row in
                .init(entries: row.0.enumerated().map { LocatedText($1, at: .init(file: file, line: 10 + number, column: 10 + 20 * $0)) },
                      outputs: row.1.enumerated().map { LocatedText($1, at: .init(file: file, line: 10 + number, column: 70 + 20 * $0)) },
                      location: .init(file: file, line: 10 + number, column: 5))
            },
            location: .init(file: file, line: 1, column: 1))
    }

    static func build(_ definition: DecisionTableDefinition) -> (DecisionTable?, Diagnostics) {
        DecisionTable.build(definition, in: TestSchema.environment)
    }

    static func run(_ table: DecisionTable, kind: String = "dispute", parties: Int64 = 3, major: Bool = false) -> Result<DecisionResult, RuleError> {
        table.evaluate(TestSchema.environment.activation(["case": TestSchema.sampleCase(kind: kind, parties: parties, major: major), "limit": .int(5)]))
    }

    static let subsidy = table(.unique, inputs: ["case.kind", "case.parties"], outputs: [("amount", .int), ("tier", .string)], rows: [
        (["\"dispute\"", "< 5"], ["50", "\"一般\""]),
        (["\"dispute\"", ">= 5"], ["100", "\"重大\""]),
        (["\"consultation\"", "-"], ["0", "\"咨询\""]),
        (["\"document\"", "-"], ["20", "\"文书\""]),
    ])

    @Test func uniqueGivesTheOneMatchingRow() throws {
        let (built, diagnostics) = Self.build(Self.subsidy)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted)")
        let table = try #require(built)
        let small = try Self.run(table).get()
        #expect(small.matchedRows == [0])
        #expect(small.matchedRowIDs == ["row 1"])
        #expect(small["amount"] == .int(50))
        #expect(small["tier"] == .string("一般"))
        #expect(try Self.run(table, parties: 7).get().outputs == [[.int(100), .string("重大")]])
        #expect(try Self.run(table, kind: "consultation", parties: 9).get().matchedRows == [2])
    }

    @Test func uniqueRowsThatOverlapAreAnErrorNamingBoth() {
        let overlapping = Self.table(.unique, inputs: ["case.category", "case.parties"], outputs: [("amount", .int)], rows: [
            (["\"婚恋\", \"家庭\"", "[1..5]"], ["1"]),
            (["\"邻里\"", "-"], ["2"]),
            (["not(\"婚恋\", \"邻里\")", "[5..10]"], ["3"]),
            (["\"物业\", \"劳动\"", "> 10"], ["4"]),
        ])
        let (table, diagnostics) = Self.build(overlapping)
        #expect(table == nil)
        let errors = diagnostics.sorted.filter(\.isError)
        #expect(errors.map(\.message) == [T.rowsOverlap(["first": row(1), "second": row(3)])])
        #expect(errors.first?.hint == T.overlapHint())
        #expect(errors.first?.location?.line == 12)
        #expect(errors.first?.notes.map(\.message) == [T.rowIsHere(["row": row(1)])])
        #expect(errors.first?.notes.first?.location?.line == 10)
        let book = MessageBook(SizhenRulesMessages.catalogues)
        #expect(errors.map { MessageRenderer(book: book, language: .english).render($0.message) }
                == ["row 1 and row 3 overlap: some input matches both, but the hit policy is unique"])
        #expect(errors.map { MessageRenderer(book: book, language: .chinese).render($0.message) }
                == ["第 1 行与第 3 行重叠：有的输入同时匹配这两行，但命中策略是 unique"])
    }

    @Test func exclusiveIntervalsDoNotOverlap() {
        let exclusive = Self.table(.unique, inputs: ["case.parties"], outputs: [("amount", .int)], rows: [
            (["< 1"], ["0"]), (["[1..5)"], ["1"]), (["[5..10]"], ["2"]), (["> 10"], ["3"]),
        ])
        let (table, diagnostics) = Self.build(exclusive)
        #expect(table != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics.sorted)")
    }

    @Test func uncoveredEnumerationCombinationIsAWarningWithAnExample() {
        let partial = Self.table(.first, inputs: ["case.category", "case.major"], outputs: [("route", .string)], rows: [
            (["\"婚恋\", \"家庭\"", "-"], ["\"调解\""]),
            (["-", "true"], ["\"会诊\""]),
        ])
        let (table, diagnostics) = Self.build(partial)
        #expect(table != nil)
        #expect(diagnostics.sorted.map(\.message) == [T.uncovered(["example": .texts([#"category = "邻里""#, "major = false"]), "others": 2])])
        #expect(diagnostics.sorted.first?.hint == T.uncoveredHint())
        let book = MessageBook(SizhenRulesMessages.catalogues)
        #expect(diagnostics.sorted.map { MessageRenderer(book: book, language: .english).render($0.message) }
                == [#"no row matches category = "邻里", major = false (and 2 other combinations)"#])
        #expect(diagnostics.sorted.map { MessageRenderer(book: book, language: .chinese).render($0.message) }
                == [#"没有一行匹配 category = "邻里"、major = false（另有 2 种组合也没有）"#])
        #expect(diagnostics.sorted.first?.severity == .warning)
    }

    @Test func firstTakesTheFirstMatchingRow() throws {
        let table = try #require(Self.build(Self.table(.first, inputs: ["case.parties"], outputs: [("route", .string)], rows: [
            ([">= 5"], ["\"会诊\""]), ([">= 2"], ["\"调解\""]), (["-"], ["\"咨询\""]),
        ])).0)
        #expect(try Self.run(table, parties: 7).get().outputs == [[.string("会诊")]])
        #expect(try Self.run(table, parties: 7).get().matchedRows == [0])
        #expect(try Self.run(table, parties: 3).get().outputs == [[.string("调解")]])
        #expect(try Self.run(table, parties: 1).get().outputs == [[.string("咨询")]])
    }

    @Test func priorityTakesTheRowWhoseOutputComesFirstInTheValues() throws {
        let table = try #require(Self.build(Self.table(.priority, inputs: ["case.parties", "case.major"],
                                                       outputs: [("route", .enumeration(values: ["会诊", "调解", "咨询"]))], rows: [
            (["-", "-"], ["\"咨询\""]), ([">= 2", "-"], ["\"调解\""]), (["-", "true"], ["\"会诊\""]),
        ])).0)
        let major = try Self.run(table, parties: 3, major: true).get()
        #expect(major.matchedRows == [0, 1, 2])
        #expect(major.outputs == [[.string("会诊")]])
        #expect(try Self.run(table, parties: 3).get().outputs == [[.string("调解")]])
        #expect(try Self.run(table, parties: 1).get().outputs == [[.string("咨询")]])
    }

    @Test func anyAllowsSeveralRowsOnlyWithTheSameOutputs() throws {
        let table = try #require(Self.build(Self.table(.any, inputs: ["case.parties"], outputs: [("route", .string)], rows: [
            ([">= 5"], ["\"会诊\""]), (["> 8"], ["\"会诊\""]), (["> 10"], ["\"调解\""]), (["< 5"], ["\"咨询\""]),
        ])).0)
        #expect(try Self.run(table, parties: 9).get().outputs == [[.string("会诊")]])
        #expect(try Self.run(table, parties: 9).get().matchedRows == [0, 1])
        guard case .failure(let error) = Self.run(table, parties: 11) else { Issue.record("no error"); return }
        #expect(error.message == T.anyViolated(["first": row(1), "second": row(3)]))
    }

    @Test func ruleOrderListsEveryMatchInOrder() throws {
        let table = try #require(Self.build(Self.table(.ruleOrder, inputs: ["case.parties"], outputs: [("note", .string)], rows: [
            ([">= 2"], ["\"多方\""]), (["-"], ["\"登记\""]), (["> 100"], ["\"群体\""]),
        ])).0)
        #expect(try Self.run(table, parties: 3).get().outputs == [[.string("多方")], [.string("登记")]])
    }

    @Test(arguments: [(Aggregation?.none, [[RuleValue.int(50)], [.int(30)], [.int(10)]]), (.sum, [[.int(90)]]), (.count, [[.int(3)]]),
                      (.min, [[.int(10)]]), (.max, [[.int(50)]])])
    func collectGathersOrAggregates(aggregation: Aggregation?, expected: [[RuleValue]]) throws {
        let table = try #require(Self.build(Self.table(.collect, aggregation: aggregation, inputs: ["case.parties"], outputs: [("amount", .int)], rows: [
            ([">= 2"], ["50"]), (["-"], ["30"]), (["< 5"], ["5 * 2"]), (["> 100"], ["1000"]),
        ])).0)
        #expect(try Self.run(table, parties: 3).get().outputs == expected)
        #expect(try Self.run(table, parties: 3).get().matchedRows == [0, 1, 2])
    }

    @Test func uniqueViolationThatOnlyShowsAtRunTimeIsAnError() throws {
        let table = try #require(Self.build(Self.table(.unique, inputs: ["case.parties"], outputs: [("n", .int)], rows: [
            ([">= limit"], ["1"]), ([">= 3"], ["2"]),
        ])).0)
        guard case .failure(let error) = Self.run(table, parties: 6) else { Issue.record("no error"); return }
        #expect(error.message == T.uniqueViolated(["first": row(1), "second": row(2)]))
        #expect(error.description == "table.yaml:1:1: row 1 and row 2 both match, but the hit policy is unique")
        #expect(try Self.run(table, parties: 4).get().matchedRows == [1])
    }

    @Test func entryMistakesPointIntoTheEntry() {
        let bad = Self.table(.first, inputs: ["case.category", "case.parties"], outputs: [("route", .enumeration(values: ["会诊", "调解"]))], rows: [
            (["\"家庭\", \"婚姻\"", ">= \"5\""], ["\"会诊\""]),
            (["-", "[1..5"], ["\"调角\""]),
            (["-"], ["\"调解\""]),
        ])
        let (table, diagnostics) = Self.build(bad)
        #expect(table == nil)
        let found = diagnostics.sorted.map { ("\($0.location!.line):\($0.location!.column)", $0.message) }
        #expect(found.map(\.0) == ["10:16", "10:30", "11:34", "11:70", "12:5"])
        #expect(found.map(\.1) == [
            R.notAValue(["value": "婚姻", "what": "category", "values": .texts(TestSchema.categories), "suggestion": "婚恋"]),
            R.cannotCompare(["left": "int", "right": "string", "op": ">="]),
            T.badInterval(),
            R.notAValue(["value": "调角", "what": .message(T.outputColumn(["output": "route"])), "values": .texts(["会诊", "调解"]),
                         "suggestion": "调解"]),
            T.inputEntryCount(["row": row(3), "found": 1, "expected": 2]),
        ])
        let english = MessageRenderer(book: MessageBook(SizhenRulesMessages.catalogues), language: .english)
        #expect(english.render(found[3].1) == "'调角' is not one of the values of output 'route': 会诊, 调解; did you mean '调解'?")
        #expect(english.render(found[4].1) == "row 3 has 1 input entry, but the table has 2 inputs")
        let chinese = MessageRenderer(book: MessageBook(SizhenRulesMessages.catalogues), language: .chinese)
        #expect(chinese.render(found[3].1) == "“调角”不是输出列“route”的可选值之一：会诊、调解；是不是“调解”？")
        #expect(chinese.render(found[4].1) == "第 3 行有 1 个输入条目，但决策表有 2 个输入列")
    }

    @Test func policyRequirementsAreChecked() {
        let (_, a) = Self.build(Self.table(.first, aggregation: .sum, inputs: ["case.parties"], outputs: [("n", .int)], rows: []))
        #expect(a.sorted.map(\.message) == [T.aggregationWithoutCollect(["policy": "first"])])
        let (_, b) = Self.build(Self.table(.collect, aggregation: .sum, inputs: ["case.parties"], outputs: [("n", .string)], rows: []))
        #expect(b.sorted.map(\.message) == [T.aggregationType(["aggregation": "sum", "type": "string"])])
        let (_, c) = Self.build(Self.table(.priority, inputs: ["case.parties"], outputs: [("n", .string)], rows: []))
        #expect(c.sorted.map(\.message) == [T.priorityNeedsValues()])
        #expect(c.sorted.first?.hint == T.priorityHint())
        #expect(MessageRenderer(book: MessageBook(SizhenRulesMessages.catalogues)).render(T.priorityHint())
                == "e.g. { id: route, type: string, values: [会诊, 调解, 咨询] }: the first value wins")
    }
}
