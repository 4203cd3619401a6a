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

    @Test(arguments: [
        (["plan", "--month", "2026-12", "--street", "haitangxy"], "--street:1:1: error: unknown street or town 'haitangxy'; did you mean 'haitangxi'?"),
        (["plan", "--month", "2026-12", "--street", "南坪"], "--street:1:1: error: --street '南坪' names 2 of them: 南坪街道 (nanping), 南坪镇 (nanpingzhen)"),
        (["records", "--street", "nowhere", "--db", "/nonexistent/sizhen.db"], "the streets and towns are: 长生桥镇 (changshengqiao)"),
    ])
    func aStreetThatNamesNoneOrSeveralIsALocatedError(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(arguments + ["--lang", "en"])
        #expect(result.status == 1, "\(result)")
        #expect(result.standardError.contains(expected), "\(result)")
        #expect(result.standardOutput.isEmpty)
    }
}
