import Foundation
import Testing
import SizhenDiagnostics
import SizhenRules
@testable import SizhenLoader

/// Runs every fixture under Fixtures/decision-tables (each carries its expected diagnostics as
/// `# expect-error: LINE:COL CODE ARGS` comments, Fixtures/README.md), and loads the decision tables shown in
/// docs/rules.md, against the example schema the documentation describes.
@Suite struct DecisionTableFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/decision-tables")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The variables of docs/rules.md's examples: `case` and `worker`.
    static let environment: RuleEnvironment = {
        let caseType = ObjectType(name: "case", fields: [
            .init("kind", .enumeration(values: ["dispute", "consultation", "document"])),
            .init("category", .enumeration(values: ["婚恋", "家庭", "邻里", "物业", "劳动"])),
            .init("complexity", .enumeration(values: ["simple", "general", "complex"])),
            .init("parties", .int),
            .init("major", .bool),
        ])
        let worker = ObjectType(name: "worker", fields: [
            .init("role", .enumeration(values: ["lawyer", "grassroots_legal_worker"])),
        ])
        return RuleEnvironment([("case", .object(caseType)), ("worker", .object(worker))])
    }()

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test(arguments: fixtureNames)
    func fixtureGivesExactlyItsExpectedDiagnostics(name: String) throws {
        let path = Self.fixtures.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = Expectation.parse(text)
        var sources = SourceFiles()
        let (table, diagnostics) = DecisionTableLoader(environment: Self.environment).load(path, sources: &sources)
        let found = diagnostics.sorted
        for expectation in expected {
            #expect(found.contains { expectation.isMet(by: $0) }, "missing \(expectation) in \(name); found \(found.map(Expectation.init))")
        }
        #expect(found.count == expected.count, "\(name): expected \(expected.count) diagnostics, found \(found.map(Expectation.init))")
        #expect((table != nil) == !expected.contains { $0.severity == .error })
    }

    @Test func theSubsidyTableDecides() throws {
        var sources = SourceFiles()
        let (loaded, _) = DecisionTableLoader(environment: Self.environment)
            .load(Self.fixtures.appendingPathComponent("valid-mediation-subsidy.yaml").path, sources: &sources)
        let table = try #require(loaded)
        let caseType = try #require({ if case .object(let t) = Self.environment.variables[0].type { return t }; return nil }())
        let workerType = try #require({ if case .object(let t) = Self.environment.variables[1].type { return t }; return nil }())
        func decide(_ complexity: String, _ role: String, parties: Int64 = 2) throws -> DecisionResult {
            try table.evaluate(Self.environment.activation([
                "case": .object(ObjectValue(type: caseType, values: ["complexity": .string(complexity), "parties": .int(parties)])),
                "worker": .object(ObjectValue(type: workerType, values: ["role": .string(role)])),
            ])).get()
        }
        #expect(try decide("simple", "grassroots_legal_worker").outputs == [[.int(20), .string("简易")]])
        #expect(try decide("simple", "lawyer").matchedRowIDs == ["simple_others"])
        #expect(try decide("complex", "lawyer", parties: 6)["amount"] == .int(200))
    }

    /// The ```yaml blocks of docs/rules.md preceded by `<!-- test: decision-table -->` load
    /// without a diagnostic.
    @Test func theDocumentedTablesLoadCleanly() throws {
        let text = try String(contentsOf: Self.repository.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: String?
        var marked = false
        for line in text.components(separatedBy: "\n") {
            if current != nil {
                if line == "```" { blocks.append(current!); current = nil } else { current! += line + "\n" }
            } else if line == "<!-- test: decision-table -->" {
                marked = true
            } else if line == "```yaml", marked {
                current = ""
                marked = false
            } else if !line.isEmpty {
                marked = false
            }
        }
        #expect(blocks.count >= 2)
        // The documented tables are the valid fixtures, word for word.
        let fixtures = Self.fixtureNames.filter { $0.hasPrefix("valid-") }
            .compactMap { try? String(contentsOf: Self.fixtures.appendingPathComponent($0), encoding: .utf8) }
        #expect(Set(blocks) == Set(fixtures))
        for (index, block) in blocks.enumerated() {
            let (table, diagnostics) = DecisionTableLoader(environment: Self.environment).decode(bytes: Array(block.utf8), file: "docs/rules.md#\(index)")
            #expect(table != nil && diagnostics.isEmpty, "block \(index): \(diagnostics.sorted.map { SizhenLoaderMessages.describe($0) })")
        }
    }
}
