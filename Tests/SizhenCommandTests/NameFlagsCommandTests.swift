import Foundation
import Testing

/// Every flag that takes an id takes the Chinese name too, where it names one thing; a name
/// several things have is an error that lists them with their ids.
@Suite struct NameFlagsCommandTests {
    func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-names-\(UInt32.random(in: 0...UInt32.max))\(suffix)").path
    }

    @Test func scheduleTakesAWorkflowAndASiteByName() throws {
        let byName = try CommandRunner.run(["schedule", "--month", "2026-12", "--workflow", "接诊", "--site", "烟雨社区"])
        let byID = try CommandRunner.run(["schedule", "--month", "2026-12", "--workflow", "jiezhen", "--site", "haitangxi-yanyu"])
        #expect(byName.status == 0, "\(byName)")
        #expect(byName.standardOutput == byID.standardOutput)
        #expect(byName.standardOutput.contains("2 occurrences"))
    }

    @Test func planTakesAPersonByName() throws {
        let byName = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "谢海莉", "--format", "csv"])
        let byID = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "L016", "--format", "csv"])
        #expect(byName.status == 0, "\(byName)")
        #expect(byName.standardOutput == byID.standardOutput)
    }

    @Test func aNameSeveralHaveListsTheirIds() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "谢"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("--person:1:1: error: --person '谢' names 4 of them: 谢如峰 (cw-tushan-laolong), 谢俊杰 (SF04), 谢红梅 (SF24), 谢海莉 (L016)\n"), "\(result)")
        let many = try CommandRunner.run(["schedule", "--month", "2026-12", "--site", "社区"])
        #expect(many.status == 1)
        #expect(many.standardError.contains("names 91 of them: 长生社区 (changshengqiao-changsheng)"), "\(many)")
        #expect(many.standardError.contains(" and 81 more\n"), "ten are listed")
    }

    @Test func anUnknownNameSuggestsTheClosest() throws {
        let result = try CommandRunner.run(["schedule", "--month", "2026-12", "--workflow", "接珍"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("unknown workflow '接珍'; did you mean '接诊'?"), "\(result)")
        #expect(result.standardError.contains("hint: the workflows are: "), "\(result)")
        #expect(result.standardError.contains("会诊 (huizhen), ") && result.standardError.contains("接诊 (jiezhen), ") && result.standardError.contains("助诊 (zhuzhen)"))
    }

    @Test func recordsTakeASiteByNameAndARecordTypeByPartOfItsName() throws {
        let db = temporary(".db")
        defer { CommandRunner.removeDatabase(db) }
        let imported = try CommandRunner.run(["intake", "import", "docs/examples/intake-2026-12.csv", "--db", db])
        #expect(imported.status == 0, "\(imported)")
        let byName = try CommandRunner.run(["records", "--db", db, "--site", "烟雨社区", "--type", "人民调", "--format", "csv"])
        let byID = try CommandRunner.run(["records", "--db", db, "--site", "haitangxi-yanyu", "--type", "人民调解", "--format", "csv"])
        #expect(byName.status == 0, "\(byName)")
        #expect(byName.standardOutput == byID.standardOutput)
        #expect(byName.standardOutput.components(separatedBy: "\r\n").filter { $0.contains(",人民调解,") }.count == 2, "\(byName.standardOutput)")
        let unknown = try CommandRunner.run(["records", "--db", db, "--type", "调角"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("--type:1:1: error: unknown record type '调角'"), "\(unknown)")
        let several = try CommandRunner.run(["records", "--db", db, "--type", "法律"])
        #expect(several.status == 1)
        #expect(several.standardError.contains("--type '法律' names 2 of them: 法律咨询 (法律咨询), 法律援助 (法律援助)"), "\(several)")
    }

    @Test func reportTakesASubsidyRoleByName() throws {
        let db = temporary(".db")
        defer { CommandRunner.removeDatabase(db) }
        #expect(try CommandRunner.run(["intake", "import", "docs/examples/intake-2026-12.csv", "--db", db]).status == 0)
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-31", "--db", db]).status == 0)
        let byName = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--subsidy-role", "律师", "--section", "ledger"])
        let byID = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--subsidy-role", "lawyer", "--section", "ledger"])
        #expect(byName.status == 0, "\(byName)")
        #expect(byName.standardOutput == byID.standardOutput)
    }
}
