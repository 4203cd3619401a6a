import Foundation
import Testing
import SizhenDiagnostics
@testable import SizhenLoader

/// Every ```yaml block in docs/*.md that is a whole file (it has `version:` and `kind:`) must
/// decode without an error by the decoder of its kind, so that the documentation's examples
/// are files a reader can copy.
@Suite struct DocumentationYAMLTests {
    struct Block: CustomStringConvertible {
        var file: String
        var line: Int
        var text: String
        var description: String { "\(file):\(line)" }
    }

    static var blocks: [Block] {
        let docs = CalendarFileTests.repository.appendingPathComponent("docs")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
        var blocks: [Block] = []
        for name in names {
            guard let text = try? String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8) else { continue }
            var current: Block?
            for (index, line) in text.components(separatedBy: "\n").enumerated() {
                if line == "```yaml" {
                    current = Block(file: "docs/" + name, line: index + 2, text: "")
                } else if line.hasPrefix("```"), let block = current {
                    if block.text.contains("\nkind: ") || block.text.hasPrefix("kind: "), block.text.contains("version: ") {
                        blocks.append(block)
                    }
                    current = nil
                } else if current != nil {
                    current!.text += line + "\n"
                }
            }
        }
        return blocks
    }

    @Test func theDocsHoldWholeFileExamplesOfEveryKind() {
        let kinds = Set(Self.blocks.compactMap { $0.text.firstMatch(of: /kind: (\S+)/).map { String($0.1) } })
        #expect(kinds.isSuperset(of: ["district", "staff", "case-schema", "workflow", "scenario", "calendar"]), "\(kinds)")
    }

    @Test(arguments: blocks)
    func exampleDecodesWithoutErrors(block: Block) throws {
        let root = try YAMLParser().parse(block.text, file: block.file).get()
        var context = DecodingContext()
        let kind = try #require(block.text.firstMatch(of: /kind: (\S+)/).map { String($0.1) })
        switch kind {
        case "district": #expect(DistrictFileDecoder().decode(root, in: &context) != nil)
        case "staff": #expect(StaffFileDecoder().decode(root, in: &context) != nil)
        case "case-schema": #expect(CaseSchemaFileDecoder().decode(root, in: &context) != nil)
        case "workflow": #expect(WorkflowFileDecoder().decode(root, in: &context) != nil)
        case "scenario": #expect(ScenarioFileDecoder().decode(root, in: &context) != nil)
        case "calendar": #expect(CalendarFileDecoder().decode(root, in: &context) != nil)
        default: return
        }
        #expect(!context.diagnostics.hasErrors, "\(block): \(context.diagnostics.sorted.map { SizhenLoaderMessages.describe($0) })")
    }
}
