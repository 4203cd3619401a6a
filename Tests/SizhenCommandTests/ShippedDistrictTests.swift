import Foundation
import Testing

/// The shipped district (`Workflows/`) tells the source's story in plausible volumes: who sits
/// and is paid, what reaches a panel and how many a week, what a round counts, who works at a
/// weekend, where a dispute the clinic could not settle goes (三调联动). docs/default-district.md
/// gives the figures these tests hold.
@Suite struct ShippedDistrictTests {
    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-shipped-\(name)-\(UInt32.random(in: 0...UInt32.max)).db").path
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// The default month simulated, with its records.
    func simulate(_ arguments: [String] = [], name: String, workflows: String? = nil) throws -> (summary: [String: Any], records: [[String: Any]], db: String) {
        let path = temporary(name)
        let folder = workflows.map { ["--workflows", $0] } ?? []
        let run = try CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", path] + folder + arguments)
        #expect(run.status == 0, "\(run)")
        let listed = try CommandRunner.run(["records", "--db", path, "--month", "2026-12", "--format", "json"] + folder)
        return (try #require(try json(run.standardOutput) as? [String: Any]), try #require(try json(listed.standardOutput) as? [[String: Any]]), path)
    }

    /// Each person's street, as the shipped staff files write it (`- id:` then `street:`).
    func streetsOfPeople(in files: [String]) throws -> [String: String] {
        var streets: [String: String] = [:]
        for file in files {
            var person: String?
            for line in try String(contentsOf: CommandRunner.repository.appendingPathComponent("Workflows/" + file), encoding: .utf8).split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("- id: ") { person = String(text.dropFirst(6)) }
                if text.hasPrefix("street: "), let person { streets[person] = String(text.dropFirst(8)) }
            }
        }
        return streets
    }

    @Test(arguments: 1...12)
    func everyMonthOf2026PlansWithEverySeatFilled(month: Int) throws {
        let run = try CommandRunner.run(["plan", "--month", String(format: "2026-%02d", month), "--strict"])
        #expect(run.status == 0, "\(run)")
    }

    @Test func everyStatisticsColumnIsRecordedInASimulatedDecember() throws {
        let (_, records, path) = try simulate(name: "columns")
        defer { CommandRunner.removeDatabase(path) }
        let district = try String(contentsOf: CommandRunner.repository.appendingPathComponent("Workflows/district/district.yaml"), encoding: .utf8)
        // The record types of the district file: `  - { id: 法律咨询, … }` under record_types.
        let types = district.split(separator: "\n").drop { !$0.hasPrefix("record_types:") }.dropFirst()
            .prefix { $0.hasPrefix("  - ") }.compactMap { line in line.split(separator: "id: ").dropFirst().first?.split(separator: ",").first.map(String.init) }
        #expect(types.count >= 12)
        let counted = Dictionary(grouping: records.compactMap { $0["type"] as? String }, by: { $0 }).mapValues(\.count)
        for type in types { #expect((counted[type] ?? 0) > 0, "\(type) is never recorded") }
        // The validate check that would have said so is quiet on the shipped district.
        let validate = try CommandRunner.run(["validate"])
        #expect(validate.status == 0 && !validate.standardError.contains("record-type-never-written") && !validate.standardError.contains("no workflow step writes"))
    }

    @Test func theDefaultMonthsLedgerPaysLegalWorkersAndMediators() throws {
        let (_, _, path) = try simulate(name: "ledger")
        defer { CommandRunner.removeDatabase(path) }
        let run = try CommandRunner.run(["report", "--month", "2026-12", "--db", path, "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let report = try #require(try json(run.standardOutput) as? [String: Any])
        let ledger = try #require(report["ledger"] as? [String: Any])
        let entries = try #require(ledger["entries"] as? [[String: Any]])
        func paid(_ prefix: String) -> Int {
            entries.filter { ($0["person"] as? String)?.hasPrefix(prefix) == true }.compactMap { $0["yuan"] as? Int }.reduce(0, +)
        }
        let legalWorkers = paid("LW")
        #expect(legalWorkers > 0, "legal workers sit at a share of the sittings and are paid for their mediations")
        #expect(paid("M") > 0, "the committees' mediators are paid for theirs")
    }

    @Test func majorIsADisputesAndNeedsAreNot() throws {
        let (summary, records, path) = try simulate(name: "major")
        defer { CommandRunner.removeDatabase(path) }
        // Panels come from disputes (major, at risk of turning criminal) at sittings and events;
        // none from a need found on a round.
        let panels = records.filter { $0["workflow"] as? String == "huizhen" }
        #expect(!panels.isEmpty)
        #expect(!panels.contains { ($0["case"] as? String)?.hasPrefix("xunzhen/") == true }, "\(panels.compactMap { $0["case"] })")
        let escalations = try #require((summary["escalations"] as? [String: Any])?["by_workflow"] as? [String: Int])
        #expect((escalations["huizhen"] ?? 0) <= 12, "a few panels a month, not one a workday: \(escalations)")
    }

    @Test func aRoundCountsTheHouseholdsItVisits() throws {
        let (summary, records, path) = try simulate(name: "households")
        defer { CommandRunner.removeDatabase(path) }
        let counts = try #require(summary["records"] as? [String: Int])
        #expect(counts["入户走访"] == 138 * 10, "10 households a round in each of the 138 communities")
        let visits = records.filter { $0["type"] as? String == "入户走访" }
        #expect(visits.allSatisfy { ($0["staff"] as? [String])?.first?.hasPrefix("cw-") == true }, "visited by the community's worker")
        #expect(Set(visits.compactMap { $0["occurrence"] as? String }).count == 138)
    }

    @Test func panelsKeepToTheirWeeklyCapacity() throws {
        // A copy of the shipped folder where every dispute is major and a week holds one panel.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-capacity-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Workflows"), to: folder)
        func edit(_ file: String, _ old: String, _ new: String) throws {
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("scenarios/default.yaml", "major_share: 0.05", "major_share: 0.5")
        try edit("workflows/huizhen.yaml", "per_week: 3", "per_week: 1")
        let (summary, records, path) = try simulate(name: "capacity", workflows: folder.path)
        defer { CommandRunner.removeDatabase(path) }
        let opinions = records.filter { $0["type"] as? String == "会诊意见" }.compactMap { $0["date"] as? String }
        #expect(opinions.count >= 3)
        var weeks: [Int: Int] = [:]
        for date in opinions where date.hasPrefix("2026-12-") {
            // Days since Monday 2026-11-30, in weeks.
            weeks[Int(date.suffix(2))! / 7, default: 0] += 1
        }
        #expect(weeks.values.allSatisfy { $0 <= 1 }, "one panel a week: \(opinions.sorted())")
        let deadlines = try #require(summary["deadlines"] as? [String: Any])
        #expect((deadlines["missed"] as? Int ?? 0) > 0, "the cases that waited missed their deadline")
    }

    @Test func aDisputeTheClinicCouldNotSettleGoesWhereItsCategorySays() throws {
        let (_, records, path) = try simulate(name: "sandiao")
        defer { CommandRunner.removeDatabase(path) }
        // Who may mediate for each route, by the staff files' organisations.
        let allowed: [String: Set<String>] = [
            "hunyin_tiaojie": ["M35"], "wuye_tiaojie": ["M24", "M25", "M26", "M27"], "zhengdi_tiaojie": ["M28", "M29", "M30"],
            "huanjing_tiaojie": ["M31", "M32"], "shipin_tiaojie": ["M33", "M34"], "sifa": ["ZF01", "ZF02", "ZF03"],
        ]
        let routed = records.filter { record in
            ["hunyin_tiaojie", "wuye_tiaojie", "zhengdi_tiaojie", "huanjing_tiaojie", "shipin_tiaojie", "tiaowei", "xingzheng", "sifa"]
                .contains(record["workflow"] as? String ?? "")
        }
        #expect(routed.count >= 5, "the month routes some disputes on")
        for record in routed {
            let workflow = record["workflow"] as? String ?? "", staff = record["staff"] as? [String] ?? []
            #expect(staff.count == 1)
            if let people = allowed[workflow] { #expect(staff.allSatisfy(people.contains), "\(workflow): \(staff)") }
            #expect(record["type"] as? String == (workflow == "sifa" ? "司法调解" : workflow == "xingzheng" ? "行政调解" : "人民调解"))
        }
        // The street's committee and justice office are the case's own street's.
        let streets = try streetsOfPeople(in: ["staff/mediators.yaml", "staff/justice-offices.yaml"])
        for record in routed where ["tiaowei", "xingzheng"].contains(record["workflow"] as? String ?? "") {
            let person = try #require((record["staff"] as? [String])?.first)
            #expect(streets[person] != nil && streets[person] == record["street"] as? String, "\(record)")
        }
    }
}

/// A record type no step writes is a statistics column that stays 0: `validate` warns at it.
@Suite struct RecordTypeNeverWrittenTests {
    @Test func validateWarnsAtTheRecordTypeNoStepWrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-types-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Tests/SizhenLoaderTests/Fixtures/sets/minimal"), to: folder)
        let district = folder.appendingPathComponent("district/district.yaml")
        let text = try String(contentsOf: district, encoding: .utf8)
        try text.replacingOccurrences(of: "  - { id: 会诊意见 }\n", with: "  - { id: 会诊意见 }\n  - { id: 以案释法 }\n").write(to: district, atomically: true, encoding: .utf8)
        let run = try CommandRunner.run(["validate", "--workflows", folder.path])
        #expect(run.status == 0, "a warning, not an error: \(run)")
        #expect(run.standardError.contains("district/district.yaml:16:5: warning: no workflow step writes record type 以案释法: its column of the statistics is always 0"),
                "\(run.standardError)")
        #expect(run.standardError.contains("hint: add a step with `record: 以案释法`"))
    }
}
