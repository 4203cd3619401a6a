import Foundation
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
import Testing

/// The run sheets the web server keeps: given again only while neither the files nor the
/// database have changed, and then the same as a sheet made afresh.
@Suite struct RunSheetCacheTests {
    static let messages = MessageRenderer(book: .sizhen, language: .chinese)

    /// The sheet of `date`, made through `cache` (or afresh), as JSON.
    static func sheet(_ workspace: Workspace, _ date: String, cache: RunSheetCache?) throws -> String {
        let outcome = RoundsOperation(workspace: workspace, date: date, marksShown: false, cache: cache).run()
        return try #require(outcome.value, "\(outcome.diagnostics)").json(messages: messages)
    }

    @Test func aKeptSheetIsGivenOnlyWhileNothingChangedAndEqualsAFreshOne() throws {
        let fixture = try ServerFixture(copyingWorkflows: true)
        defer { fixture.remove() }
        let cache = RunSheetCache(capacity: 4)
        let workspace = fixture.workspace
        // Another process on the same database: no cache of either kind.
        let other = Workspace(workflowsFolder: workspace.workflowsFolder, database: workspace.database)
        let first = try Self.sheet(workspace, "2026-12-09", cache: cache)
        #expect(cache.hits == 0)
        #expect(try Self.sheet(workspace, "2026-12-09", cache: cache) == first)
        #expect(cache.hits == 1)
        #expect(try Self.sheet(other, "2026-12-09", cache: nil) == first)

        // A sheet arrives through another process: the state moved, the sheet is made again.
        let imported = IntakeImportOperation(workspace: other, file: "yanyu.csv", bytes: Array(RouteTests.yanyuSheet.utf8)).run()
        #expect(imported.succeeded, "\(imported.diagnostics)")
        let after = try Self.sheet(workspace, "2026-12-09", cache: cache)
        #expect(cache.hits == 1, "made again, not given from the cache")
        #expect(after == (try Self.sheet(other, "2026-12-09", cache: nil)))
        #expect(try Self.sheet(workspace, "2026-12-09", cache: cache) == after)
        #expect(cache.hits == 2)

        // Another day asked for moves the state too; an edited file is a new load of the files.
        _ = try Self.sheet(workspace, "2026-12-15", cache: cache)
        let lawyers = fixture.folder.appendingPathComponent("wf/staff/lawyers.yaml")
        try (String(contentsOf: lawyers, encoding: .utf8) + "# 改过\n").write(to: lawyers, atomically: true, encoding: .utf8)
        let hits = cache.hits
        let edited = RoundsOperation(workspace: workspace, date: "2026-12-15", marksShown: false, cache: cache).run()
        #expect(cache.hits == hits, "a changed file is never answered from the cache")
        #expect(edited.diagnostics.items.map(\.message.code).contains("operation.files-changed"), "\(edited.diagnostics)")
    }

    @Test func theCacheKeepsNoMoreThanItsCapacity() throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let cache = RunSheetCache(capacity: 2)
        for day in ["2026-12-09", "2026-12-10", "2026-12-11"] { _ = try Self.sheet(fixture.workspace, day, cache: cache) }
        // Each day asked for moved the state: only the last day's sheet is still current, and
        // the first ones were forgotten in any case.
        _ = try Self.sheet(fixture.workspace, "2026-12-11", cache: cache)
        _ = try Self.sheet(fixture.workspace, "2026-12-09", cache: cache)
        #expect(cache.hits == 1)
        #expect(cache.count <= 2)
    }
}
