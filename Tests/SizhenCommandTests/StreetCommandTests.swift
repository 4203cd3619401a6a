import Foundation
import Testing

/// `--street ID|NAME` on `plan` and `records`: only the sites of one street or town (司法所).
@Suite struct StreetCommandTests {
    func month() throws -> String { try CommandRunner.decemberDatabase() }

    func records(_ arguments: [String], db: String) throws -> [[String: Any]] {
        let result = try CommandRunner.run(["records", "--db", db, "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test func recordsOfAnotherStreetAreLeftOut() throws {
        let db = try month()
        defer { CommandRunner.removeDatabase(db) }
        let all = try records([], db: db)
        let haitangxi = try records(["--street", "海棠溪街道"], db: db)
        let nanping = try records(["--street", "nanping"], db: db)
        #expect(!haitangxi.isEmpty && !nanping.isEmpty)
        #expect(haitangxi.allSatisfy { $0["street"] as? String == "haitangxi" })
        #expect(nanping.allSatisfy { $0["street"] as? String == "nanping" })
        #expect(!haitangxi.contains { $0["site"] as? String == "nanping-donglu" })
        #expect(haitangxi.count + nanping.count <= all.count)
    }

    @Test func aPlanOfAStreetHasOnlyItsSites() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--street", "海棠溪街道", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let assignments = try #require(object["assignments"] as? [[String: Any]])
        #expect(!assignments.isEmpty)
        #expect(assignments.allSatisfy { ($0["site"] as? String)?.hasPrefix("haitangxi-") == true })
        let table = try CommandRunner.run(["plan", "--month", "2026-12", "--street", "haitangxi", "--lang", "zh"])
        #expect(table.standardOutput.hasPrefix("2026-12 · 重庆市南岸区 · 排班 · 路程间隔 30 分钟 · 海棠溪街道\n"), "\(table)")
        #expect(table.standardOutput.contains("海棠溪街道：已安排 \(assignments.count) 个岗位，缺岗 0"))
    }

    @Test func aStreetsReportCountsOnlyItsOwnAndNamesIt() throws {
        let db = try month()
        defer { CommandRunner.removeDatabase(db) }
        func totals(_ extra: [String]) throws -> [String: Any] {
            let result = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--format", "json"] + extra)
            #expect(result.status == 0, "\(result)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            var found: [String: Any] = try #require(object["totals"] as? [String: Int])
            found["street"] = object["street"] ?? NSNull()
            return found
        }
        let district = try totals([])
        #expect(district["street"] is NSNull)
        var sums: [String: Int] = [:]
        for street in ["haitangxi", "南坪街道"] {
            let street = try totals(["--street", street])
            for key in ["records", "subsidies_yuan", "escalations", "deadlines_met", "deadlines_missed"] {
                let part = try #require(street[key] as? Int), whole = try #require(district[key] as? Int)
                #expect(part <= whole, "\(key)")
                sums[key, default: 0] += part
            }
        }
        #expect(try #require(sums["records"]) == district["records"] as? Int, "the example's records are at 烟雨社区 and 南坪东路")
        let haitangxi = try totals(["--street", "海棠溪街道"])
        #expect(haitangxi["street"] as? String == "海棠溪街道")
        #expect(haitangxi["records"] as? Int == 11)
        let text = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--street", "haitangxi", "--lang", "zh", "--section", "statistics"])
        #expect(text.standardOutput.hasPrefix("重庆市南岸区 · 海棠溪街道司法所 · 2026-12 月报\n"), "\(text)")
        #expect(!text.standardOutput.contains("南坪东路"))
        #expect(!text.standardOutput.contains("天文街道"), "one street row")
        // The people counted are the street's and those who served there, not the district's.
        func everyone(_ extra: [String]) throws -> Int {
            let result = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--format", "json", "--section", "workload"] + extra)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            let spread = try #require((object["workload"] as? [String: Any])?["spread"] as? [[String: Any]])
            return try #require(spread.first { $0["role"] as? String == "all" }?["people"] as? Int)
        }
        let ofStreet = try everyone(["--street", "haitangxi"]), ofDistrict = try everyone([])
        #expect(ofStreet > 0 && ofStreet < ofDistrict, "\(ofStreet) of \(ofDistrict)")
    }

    @Test(arguments: [
        (["plan", "--month", "2026-12", "--street", "haitangxy"], "--street:1:1: error: unknown street or town 'haitangxy'; did you mean 'haitangxi'?"),
        (["plan", "--month", "2026-12", "--street", "南坪"], "--street:1:1: error: --street '南坪' names 2 of them: 南坪街道 (nanping), 南坪镇 (nanpingzhen)"),
        (["records", "--street", "nowhere", "--db", "/nonexistent/sizhen.db"], "the streets and towns are: 长生桥镇 (changshengqiao)"),
        (["report", "--month", "2026-12", "--street", "haitangxy", "--db", "/nonexistent/sizhen.db"], "--street:1:1: error: unknown street or town 'haitangxy'; did you mean 'haitangxi'?"),
    ])
    func aStreetThatNamesNoneOrSeveralIsALocatedError(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(arguments + ["--lang", "en"])
        #expect(result.status == 1, "\(result)")
        #expect(result.standardError.contains(expected), "\(result)")
        #expect(result.standardOutput.isEmpty)
    }
}
