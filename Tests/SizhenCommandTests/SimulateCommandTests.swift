import Foundation
import Testing

/// `sizhen simulate` end to end on the shipped district, into real SQLite files.
@Suite struct SimulateCommandTests {
    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-sim-\(name)-\(UInt32.random(in: 0...UInt32.max)).db").path
    }

    func remove(_ path: String) {
        CommandRunner.removeDatabase(path)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theSameSeedGivesTheSameMonthByteForByteAndAnotherSeedAnother() throws {
        let (a, b, c) = (temporary("a"), temporary("b"), temporary("c"))
        defer { [a, b, c].forEach(remove) }
        let first = try CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", a])
        let second = try CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", b])
        let other = try CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", c, "--seed", "7"])
        #expect(first.status == 0, "\(first)")
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput != other.standardOutput)
        let records = try CommandRunner.run(["records", "--db", a, "--format", "csv"])
        let again = try CommandRunner.run(["records", "--db", b, "--format", "csv"])
        #expect(records.standardOutput == again.standardOutput, "identical records")
        #expect(try json(first.standardOutput)["seed"] as? Int == 20261201, "the default seed is the scenario's")
    }

    @Test func theSummaryTotalsAreTheRecordsTotals() throws {
        let path = temporary("totals")
        defer { remove(path) }
        let run = try CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", path])
        #expect(run.status == 0, "\(run)")
        let summary = try json(run.standardOutput)
        let listed = try CommandRunner.run(["records", "--db", path, "--month", "2026-12", "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        let recordTotals = try #require(summary["records"] as? [String: Int])
        #expect(recordTotals["total"] == records.count)
        #expect(recordTotals["人民调解"] == records.filter { $0["type"] as? String == "人民调解" }.count)
        let subsidies = try #require(summary["subsidies"] as? [String: Any])
        let yuan = records.compactMap { $0["subsidy_yuan"] as? Int }.reduce(0, +)
        #expect(subsidies["total_yuan"] as? Int == yuan)
        #expect(yuan > 0)
        let occurrences = try #require(summary["occurrences"] as? [String: Any])
        #expect(occurrences["held"] as? Int == 62 + 138 + 31)
        #expect(summary["unfilled"] as? Int == 0)
    }

    @Test func aWhatIfWithThreeSittingsHoldsThirtyOneMoreSittings() throws {
        let path = temporary("whatif")
        defer { remove(path); remove(String(path.dropLast(3)) + "-compare.db") }
        let run = try CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", path, "--compare", "Examples/three-sittings"])
        #expect(run.status == 0, "\(run)")
        let both = try json(run.standardOutput)
        func held(_ key: String) throws -> Int? {
            let summary = try #require(both[key] as? [String: Any])
            let occurrences = try #require(summary["occurrences"] as? [String: Any])
            return ((occurrences["by_workflow"] as? [String: Any])?["jiezhen"] as? [String: Int])?["held"]
        }
        #expect(try held("base") == 62)
        #expect(try held("compare") == 93)
        let text = try CommandRunner.run(["simulate", "--month", "2026-12", "--db", path, "--compare", "Examples/three-sittings"])
        #expect(text.standardOutput.contains("接诊 held         62         93                       +31"), "\(text.standardOutput)")
    }

    @Test func aSittingNobodySatIsNotHeldAndWritesNoRecords() throws {
        // All 138 communities as clinics: more sittings than people to sit them.
        let path = temporary("unseated")
        let compared = String(path.dropLast(3)) + "-compare.db"
        defer { remove(path); remove(compared) }
        let run = try CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", path, "--compare", "Examples/all-clinics"])
        #expect(run.status == 0, "\(run)")
        let summary = try #require(try json(run.standardOutput)["compare"] as? [String: Any])
        let unfilled = try #require(summary["unfilled"] as? Int)
        let byWorkflow = try #require((summary["occurrences"] as? [String: Any])?["by_workflow"] as? [String: [String: Int]])
        #expect(unfilled > 0)
        let held = try #require(byWorkflow["jiezhen"]?["held"])
        #expect(held < 2 * 138, "the sittings nobody sat are not held")
        let listed = try CommandRunner.run(["records", "--db", compared, "--month", "2026-12", "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(!records.isEmpty)
        let unstaffed = records.filter { ($0["staff"] as? [String])?.isEmpty ?? true }
        #expect(unstaffed.isEmpty, "no record without the person who wrote it: \(unstaffed.prefix(3))")
        let sittings = Set(records.filter { $0["workflow"] as? String == "jiezhen" }.compactMap { $0["occurrence"] as? String })
        #expect(sittings.count <= held, "records only at sittings held")
    }

    @Test func workflowsArePairedByIDNotByPosition() throws {
        // A copy of the shipped folder with one more workflow, in a file that sorts first.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-pairing-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Workflows"), to: folder)
        let jiezhen = try String(contentsOf: folder.appendingPathComponent("workflows/jiezhen.yaml"), encoding: .utf8)
        let extra = jiezhen.replacingOccurrences(of: "id: jiezhen", with: "id: jiazhen").replacingOccurrences(of: "name: 接诊", with: "name: 加诊")
            .replacingOccurrences(of: "BYDAY=2WE,4WE", with: "BYDAY=3WE")
        try extra.write(to: folder.appendingPathComponent("workflows/0-jiazhen.yaml"), atomically: true, encoding: .utf8)
        let path = temporary("pairing")
        defer { remove(path); remove(String(path.dropLast(3)) + "-compare.db") }
        let run = try CommandRunner.run(["simulate", "--month", "2026-12", "--db", path, "--compare", folder.path])
        #expect(run.status == 0, "\(run)")
        let rows = run.standardOutput.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        func row(_ name: String) -> [String]? { rows.first { $0.first == name && $0.dropFirst().first == "held" } }
        #expect(row("接诊")?.dropFirst(2).prefix(2) == ["62", "62"], "\(run.standardOutput)")
        for name in ["巡诊", "助诊"] { #expect(row(name) != nil, "\(name) has its row") }
        #expect(row("加诊")?.dropFirst(2).first == "0", "the workflow only the other folder has: \(run.standardOutput)")
    }

    @Test func aRealDatabaseIsNeverOverwritten() throws {
        let path = temporary("real")
        defer { remove(path) }
        let rounds = try CommandRunner.run(["rounds", "--date", "2026-12-01", "--db", path])
        #expect(rounds.status == 0, "\(rounds)")
        let run = try CommandRunner.run(["simulate", "--month", "2026-12", "--db", path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("holds real records, not a simulation"))
    }

    @Test(arguments: [
        (["--month", "2026-13"], "--month:1:1: error: '2026-13' is not a valid month for --month"),
        (["--month", "2026-12", "--seed=-1"], "--seed:1:1: error: '-1' is not a valid seed"),
        (["--month", "2026-12", "--scenario", "/nonexistent.yaml"], "error: no such file: /nonexistent.yaml"),
        (["--month", "2026-12", "--compare", "/nonexistent"], "error: workflows folder /nonexistent does not exist"),
    ])
    func badInputEndsWithStatusOne(arguments: [String], expected: String) throws {
        let path = temporary("bad")
        defer { remove(path); remove(String(path.dropLast(3)) + "-compare.db") }
        let result = try CommandRunner.run(["simulate", "--db", path] + arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardError.contains(expected), "\(result)")
    }
}

/// `sizhen rounds` and the commands that read its database.
@Suite struct RoundsCommandTests {
    func temporary() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-rounds-\(UInt32.random(in: 0...UInt32.max)).db").path
    }

    @Test func runningTwiceChangesNothingAndPrintsTheSame() throws {
        let path = temporary()
        defer { CommandRunner.removeDatabase(path) }
        let first = try CommandRunner.run(["rounds", "--date", "2026-12-09", "--db", path])
        let second = try CommandRunner.run(["rounds", "--date", "2026-12-09", "--db", path])
        #expect(first.status == 0, "\(first)")
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput.hasPrefix("2026-12-09 周三 · 重庆市南岸区 · run sheet\n"))
        #expect(first.standardOutput.contains("烟雨社区"))
        #expect(!first.standardOutput.contains("—"), "every sitting has its lawyer")
        let records = try CommandRunner.run(["records", "--db", path, "--format", "csv"])
        #expect(records.standardOutput.hasPrefix("\u{FEFF}id,type,workflow,occurrence,site,street,date,staff,case,outcome,subsidy_yuan,subsidy_tier\r\n"))
        #expect(records.standardOutput.hasSuffix("\r\n") && records.standardOutput.split(separator: "\r\n").count == 1,
                "no sheet, no record: the plan is not what happened")
        let explain = try CommandRunner.run(["explain", "zhuzhen/haitangxi-yanyu/2026-12-04/1#event", "--db", path])
        #expect(explain.status == 1, "an event nobody reported held has no case: \(explain)")
    }

    @Test(arguments: [
        (["rounds", "--date", "2026-02-30"], "--date:1:1: error: '2026-02-30' is not a valid date for --date"),
        (["records", "--db", "/nonexistent/x.db"], "error: no database at /nonexistent/x.db"),
        (["explain", "nope", "--db", "/nonexistent/x.db"], "error: no database at /nonexistent/x.db"),
        (["rounds", "--date", "2026-12-01", "--db", "/nonexistent/folder/x.db"], "error: cannot open the database /nonexistent/folder/x.db"),
    ])
    func badInputEndsWithStatusOne(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardError.contains(expected), "\(result)")
    }
}
