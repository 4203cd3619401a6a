import Foundation
import SizhenLoader
import Testing

/// The what-if folders under Examples/ are the shipped district with one rule changed: every
/// other file is the shipped file itself (but for the `$schema` line that points at the shipped
/// schemas), so that a comparison shows the effect of that rule and of nothing else. A copy
/// that drifted once (an old district file without the screening focus) changed every case the
/// comparison drew.
@Suite struct ExampleFoldersTests {
    static let repository = CalendarFileTests.repository
    /// Each example and the files it changes on purpose.
    static let changed: [String: @Sendable (String) -> Bool] = [
        "three-sittings": { $0 == "workflows/jiezhen.yaml" },
        "all-clinics": { $0.hasPrefix("district/") && $0 != "district/district.yaml" },
    ]

    static func yamlFiles(under folder: URL) -> [String] {
        let root = folder.standardizedFileURL.path
        let walker = FileManager.default.enumerator(atPath: root)
        return (walker?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func body(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# yaml-language-server:") }.joined(separator: "\n")
    }

    @Test(arguments: ["three-sittings", "all-clinics"])
    func anExampleIsTheShippedDistrictButForItsRule(example: String) throws {
        let shipped = Self.repository.appendingPathComponent("Workflows")
        let folder = Self.repository.appendingPathComponent("Examples/\(example)")
        let isChanged = try #require(Self.changed[example])
        #expect(Self.yamlFiles(under: folder) == Self.yamlFiles(under: shipped), "the same files")
        var changed: [String] = []
        for path in Self.yamlFiles(under: shipped) {
            let same = try Self.body(shipped.appendingPathComponent(path)) == Self.body(folder.appendingPathComponent(path))
            if !same { changed.append(path) }
            #expect(same || isChanged(path), "\(example)/\(path) differs from Workflows/\(path)")
        }
        #expect(!changed.isEmpty, "\(example) changes a rule")
        #expect(!WorkflowSetLoader().load(folder: folder.path).diagnostics.hasErrors)
    }
}
