import Testing
import SizhenDiagnostics
@testable import SizhenRules

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
        #expect(errors.map(\.message) == ["row 1 and row 3 overlap: some input matches both, but the hit policy is unique"])
        #expect(errors.first?.location?.line == 12)
        #expect(errors.first?.notes.first?.location?.line == 10)
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
        #expect(diagnostics.sorted.map(\.message) == [#"no row matches category = "邻里", major = false (and 2 other combinations)"#])
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
        #expect(error.message == "row 1 and row 3 both match with different outputs, but the hit policy is any")
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
        #expect(error.message == "row 1 and row 2 both match, but the hit policy is unique")
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
        let found = diagnostics.sorted.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
        #expect(found == [
            "10:16 '婚姻' is not one of the values of category: 婚恋, 家庭, 邻里, 物业, 劳动; did you mean '婚恋'?",
            "10:30 cannot compare int with string using '>='",
            "11:34 an interval ends with ] or ) (or [ for an open end)",
            "11:70 '调角' is not one of the values of output 'route': 会诊, 调解; did you mean '调解'?",
            "12:5 row 3 has 1 input entry, but the table has 2 inputs",
        ])
    }

    @Test func policyRequirementsAreChecked() {
        let (_, a) = Self.build(Self.table(.first, aggregation: .sum, inputs: ["case.parties"], outputs: [("n", .int)], rows: []))
        #expect(a.sorted.map(\.message) == ["an aggregation needs the hit policy collect, not first"])
        let (_, b) = Self.build(Self.table(.collect, aggregation: .sum, inputs: ["case.parties"], outputs: [("n", .string)], rows: []))
        #expect(b.sorted.map(\.message) == ["sum needs a number output, not string"])
        let (_, c) = Self.build(Self.table(.priority, inputs: ["case.parties"], outputs: [("n", .string)], rows: []))
        #expect(c.sorted.map(\.message) == ["a priority table needs an output with `values` listed in order of priority"])
    }
}
