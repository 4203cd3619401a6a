import Foundation
import Testing
import SizhenDiagnostics
import SizhenModel
@testable import SizhenLoader

/// Loads whole folders: `Fixtures/sets/minimal` must load cleanly; each folder under
/// `Fixtures/sets/broken/` is laid over a copy of `minimal` (its files replace or add to the
/// minimal ones), and the result must give exactly the diagnostics its files expect. An
/// overlay's `expectations.txt` holds expectations located in minimal's files, written
/// `# expect-warning: path/in/set.yaml:LINE:COL CODE ARGS` (Fixtures/README.md).
@Suite struct WorkflowSetTests {
    static let sets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sets")
    static let minimal = sets.appendingPathComponent("minimal")

    static var brokenCases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: sets.appendingPathComponent("broken").path)) ?? []).sorted()
    }

    @Test func theMinimalSetLoadsCleanly() throws {
        let outcome = WorkflowSetLoader().load(folder: Self.minimal.path)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.sorted.map { SizhenLoaderMessages.describe($0) })")
        let set = try #require(outcome.set)
        #expect(set.district.streets.map(\.id) == ["haitangxi", "tianwen"])
        #expect(set.district.communities.count == 3)
        #expect(set.people.map(\.id) == ["L001", "L002", "P001", "CW001"])
        #expect(set.people[0].availability.first?.days.count == 5, "merged from the anchor")
        #expect(set.workflows.map(\.id) == ["huizhen", "jiezhen"])
        #expect(set.sites(of: try #require(set.workflow("jiezhen"))).map(\.id) == ["yanyu"])
        #expect(set.calendar.id == "test-cal")
        #expect(set.caseSchema?.field(at: ["resident", "housebound"])?.type == .bool)
        #expect(outcome.fileCount == 8)
    }

    @Test(arguments: brokenCases)
    func brokenSetGivesExactlyItsExpectedDiagnostics(name: String) throws {
        let folder = try Self.overlay(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = WorkflowSetLoader().load(folder: folder.path)
        var expected: [(path: String, expectation: Expectation)] = []
        let enumerator = FileManager.default.enumerator(atPath: Self.sets.appendingPathComponent("broken/\(name)").path)
        while let relative = enumerator?.nextObject() as? String {
            let path = Self.sets.appendingPathComponent("broken/\(name)/\(relative)").path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            if relative == "expectations.txt" {
                for line in text.split(separator: "\n") {
                    // `# expect-warning: file:LINE:COL message`
                    let parts = line.split(separator: " ", maxSplits: 3)
                    guard parts.count == 4, let severity = Severity(rawValue: String(parts[1].dropFirst(7).dropLast())) else { continue }
                    let place = parts[2].split(separator: ":")
                    guard place.count == 3, let l = Int(place[1]), let c = Int(place[2]) else { continue }
                    expected.append((folder.path + "/" + place[0], Expectation(severity: severity, line: l, column: c, message: String(parts[3]))))
                }
            } else {
                expected += Expectation.parse(text).map { (folder.path + "/" + relative, $0) }
            }
        }
        let found = outcome.diagnostics.sorted
        let list = found.map { ($0.location?.file ?? "") + ": " + Expectation($0).description }.joined(separator: "\n")
        for (path, expectation) in expected {
            #expect(found.contains { $0.location?.file == path && expectation.isMet(by: $0) }, "\(name): missing \(expectation) in \(path)\nfound:\n\(list)")
        }
        #expect(found.count == expected.count, "\(name): expected \(expected.count), found:\n\(list)")
        #expect((outcome.set == nil) == expected.contains { $0.expectation.severity == .error })
    }

    /// A temporary copy of `minimal` with the broken case's files laid over it.
    static func overlay(_ name: String) throws -> URL {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("sizhen-set-\(name)-\(UInt32.random(in: 0...UInt32.max))")
        try manager.copyItem(at: minimal, to: folder)
        let source = sets.appendingPathComponent("broken/\(name)")
        let enumerator = manager.enumerator(atPath: source.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let from = source.appendingPathComponent(relative)
            manager.fileExists(atPath: from.path, isDirectory: &isDirectory)
            let to = folder.appendingPathComponent(relative)
            if isDirectory.boolValue {
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
            } else if relative.hasSuffix(".yaml") {
                try? manager.removeItem(at: to)
                try manager.copyItem(at: from, to: to)
            }
        }
        return folder
    }
}

/// The synthetic districts of the benchmark and `sizhen scaffold` must validate.
@Suite struct DistrictScaffoldTests {
    static var shipped: ScaffoldTemplate {
        get throws { try ScaffoldTemplate.load(folder: CalendarFileTests.repository.appendingPathComponent("Workflows").path).get() }
    }

    @Test(arguments: [1, 138, 1_381])
    func aScaffoldedDistrictValidates(communities: Int) throws {
        let template = try Self.shipped
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-scaffold-\(communities)-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = DistrictScaffold(communities: communities, communitiesPerFile: 500, template: template).files()
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let outcome = WorkflowSetLoader().load(folder: folder.path)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.sorted.prefix(5).map { SizhenLoaderMessages.describe($0) })")
        let set = try #require(outcome.set)
        #expect(set.district.communities.count == communities)
        let clinics = set.district.communities.filter { $0.tags.contains("clinic") }.count
        if communities == 138 { #expect(clinics == 31) }
        #expect(set.people.filter { $0.holds("community_worker") }.count == communities)
        #expect(files.map(\.path) == DistrictScaffold(communities: communities, communitiesPerFile: 500, template: template).files().map(\.path))
    }

    /// The rules are the shipped district's, file for file: a benchmark at any size runs them.
    @Test func theRulesAreTheShippedFilesThemselves() throws {
        let template = try Self.shipped
        let files = Dictionary(uniqueKeysWithValues: DistrictScaffold(communities: 20, template: template).files().map { ($0.path, $0.text) })
        let root = CalendarFileTests.repository.appendingPathComponent("Workflows")
        for path in ["workflows/jiezhen.yaml", "workflows/xunzhen.yaml", "workflows/huizhen.yaml", "workflows/zhuzhen.yaml",
                     "tables/mediation_subsidy.yaml", "tables/shishi_fenliu.yaml", "tables/escalation_triage.yaml", "schemas/case.yaml",
                     "scenarios/default.yaml", "calendars/cn.yaml", "district/district.yaml"] {
            #expect(files[path] == (try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)), "\(path)")
        }
        #expect(!files.keys.contains("district/haitangxi.yaml") && !files.keys.contains("staff/lawyers.yaml"), "places and people are written anew")
    }

    /// Every rule a report prints has its words in the shipped files: the escalations, the
    /// screening's scope and its 民转刑 rule (written with `when:` and `description:`).
    @Test func theShippedRulesAReportPrintsCarryTheirWords() throws {
        let outcome = WorkflowSetLoader().load(folder: CalendarFileTests.repository.appendingPathComponent("Workflows").path)
        let set = try #require(outcome.set)
        for workflow in set.workflows {
            for escalation in workflow.escalations { #expect(escalation.description?.isEmpty == false, "\(workflow.id) \(escalation.id)") }
        }
        let major = set.workflow("jiezhen")?.escalations.first { $0.id == "major" }
        #expect(major?.description == "重大疑难或当事人 5 方以上的案件，提请会诊" && major?.when.text == "case.major || case.parties >= 5")
        let screening = try #require(set.district.reports?.screening)
        #expect(screening.casesDescription == "矛盾纠纷" && screening.cases?.text == "case.kind == \"dispute\"")
        #expect(screening.riskDescription == "有“民转刑”风险，或婚恋、家庭、邻里纠纷未化解" && screening.risk?.text.hasPrefix("case.risk_criminal ||") == true)
    }

    @Test func aTemplateSelectingByATagTheScaffoldDoesNotGiveIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-template-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CalendarFileTests.repository.appendingPathComponent("Workflows"), to: folder)
        // 烟雨社区 and a few others carry the tag `station`: the folder loads, but the scaffold
        // would write no community the workflow selects.
        let jiezhen = folder.appendingPathComponent("workflows/jiezhen.yaml")
        try (try String(contentsOf: jiezhen, encoding: .utf8)).replacingOccurrences(of: "sites: { tags: [clinic] }", with: "sites: { tags: [clinic, station] }")
            .write(to: jiezhen, atomically: true, encoding: .utf8)
        guard case .failure(let problems) = ScaffoldTemplate.load(folder: folder.path) else {
            Issue.record("a tag the scaffold does not give must be refused")
            return
        }
        #expect(problems.items.map(\.message) == [ScaffoldMessage.unknownTag(["tag": "station", "tags": .texts(["clinic", "community"])])])
    }
}
