import Foundation
import Testing

/// `sizhen report` on a simulated month of the shipped district, and on imported intake.
@Suite struct ReportCommandTests {
    /// One simulated December, shared by the tests (they only read it).
    static let database: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-report-\(UInt32.random(in: 0...UInt32.max)).db").path
        let run = try? CommandRunner.run(["simulate", "--month", "2026-12", "--format", "json", "--db", path])
        simulation = run?.standardOutput ?? ""
        return path
    }()
    nonisolated(unsafe) static var simulation = ""

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-report-\(name)-\(UInt32.random(in: 0...UInt32.max))").path
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text.prefix(200))")
    }

    @Test func textAndCSVMatchTheirSnapshots() throws {
        let text = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database])
        #expect(text.status == 0, "\(text)")
        try Snapshot.check(text.standardOutput, named: "report-2026-12.txt")
        for section in ["ledger", "statistics", "screening"] {
            let csv = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "csv", "--section", section])
            #expect(csv.status == 0, "\(csv)")
            #expect(csv.standardOutput.hasPrefix("\u{FEFF}"), "UTF-8 with a byte-order mark")
            #expect(csv.standardOutput.contains("\r\n"))
            try Snapshot.check(String(csv.standardOutput.dropFirst()), named: "report-2026-12-\(section).csv.txt")
        }
        let lawyers = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "csv", "--section", "ledger",
                                             "--subsidy-role", "lawyer", "--subsidy-role", "legal_worker"])
        try Snapshot.check(String(lawyers.standardOutput.dropFirst()), named: "report-2026-12-ledger-lawyers.csv.txt")
    }

    /// Words of the English report that must not be in the Chinese one (its ids, codes, case
    /// fields and file paths may be; so may a sheet's reason for a substitute, the simulation's
    /// text as a clinic would write it).
    static let englishWords = ["monthly report", "simulation", "Statistics", "Coverage", "Subsidies", "Dispute screening", "Escalations",
                               "Workload", "By district", "By street", "By person", "DISTRICT", "STREET", "SITE", "PERSON", "TOTAL", "total",
                               "sites held", "roles paid", "subsidised records", "CATEGORY", "RESOLVED", "unresolved", "referred", "Not resolved",
                               "escalated", "deadlines met", "compliance", "Fairness", "Per person", "VISITS", "PANELS", "rule evaluations",
                               "records", "holiday", "absence", "sat instead", "yes", "no,", "level", "person", "name", "cases", "YUAN"]

    @Test func theLedgerHasEveryDeclaredTierEvenInAMonthThatMetOne() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-ledger-\(UUID().uuidString).db").path
        defer { CommandRunner.removeDatabase(db) }
        #expect(try CommandRunner.run(["intake", "import", "docs/examples/intake-2026-12.csv", "--db", db]).status == 0)
        let ledger = try CommandRunner.run(["report", "--month", "2026-12", "--db", db, "--section", "ledger", "--format", "csv"])
        let lines = ledger.standardOutput.components(separatedBy: "\r\n")
        #expect(lines.first?.hasSuffix("简单 20元,一般 50元,复杂 80元,cases,yuan,signature") == true, "the subsidy table's three tiers, one met: \(lines.prefix(2))")
        #expect(lines.contains("total,,,,1,0,0,1,20,"))
    }

    @Test func theReportSpeaksChineseInTextHTMLAndCSV() throws {
        let text = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--lang", "zh"])
        #expect(text.status == 0, "\(text)")
        try Snapshot.check(text.standardOutput, named: "report-2026-12.zh.txt")
        #expect(text.standardOutput.hasPrefix("重庆市南岸区 · 2026-12 月报\n数据来自模拟\n\n== 统计 ==\n"))
        for section in ["ledger", "statistics", "screening", "coverage", "deadlines", "workload"] {
            let csv = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "csv", "--section", section],
                                            environment: ["LANG": "zh_CN.UTF-8"])
            #expect(csv.status == 0, "\(csv)")
            if ["ledger", "statistics", "screening"].contains(section) {
                try Snapshot.check(String(csv.standardOutput.dropFirst()), named: "report-2026-12-\(section).zh.csv.txt")
            }
            for english in Self.englishWords { #expect(!csv.standardOutput.contains(english), "\(section): \(english)") }
        }
        for section in ["ledger", "screening", "deadlines"] {
            for (language, name) in [("en", "en"), ("zh", "zh")] {
                let html = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "html", "--section", section,
                                                  "--lang", language])
                #expect(html.status == 0, "\(html)")
                try Snapshot.check(html.standardOutput, named: "report-2026-12-\(section).\(name).html.txt")
            }
        }
        let html = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "html", "--lang", "zh"])
        #expect(html.standardOutput.contains("<html lang=\"zh-CN\">") && html.standardOutput.contains("<h2>矛盾纠纷排查</h2>"))
        // The page's words, without the CSS, the markup and the SVG's attributes.
        let body = try #require(html.standardOutput.split(separator: "<body>").last)
        let words = body.replacing(/<[^>]*>/, with: " ")
        for english in Self.englishWords { #expect(!words.contains(english), "html: \(english)") }
        for english in Self.englishWords { #expect(!text.standardOutput.contains(english), "text: \(english)") }
        let english = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "html", "--section", "ledger"])
        #expect(english.standardOutput.contains("<html lang=\"en\">") && english.standardOutput.contains("<h2>Subsidies ledger</h2>"))
    }

    @Test func rulesAreShownInTheirWordsAndTheirExpressionsOnDemand() throws {
        let words = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--section", "screening", "--section", "deadlines"])
        #expect(words.status == 0, "\(words)")
        let lines = words.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("cases: 矛盾纠纷 · by case.category · focus 婚恋、家庭、邻里"))
        #expect(lines.contains("民转刑 risk: 有“民转刑”风险，或婚恋、家庭、邻里纠纷未化解"))
        #expect(lines.contains { $0.hasPrefix("  接诊  major ") && $0.contains("重大疑难或当事人 5 方以上的案件，提请会诊") })
        for expression in ["case.kind ==", "case.risk_criminal", "case.major", "!case.resolved"] {
            #expect(!words.standardOutput.contains(expression), "\(expression)")
        }
        let shown = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--section", "screening", "--section", "deadlines",
                                           "--show-rules", "--lang", "zh"])
        #expect(shown.status == 0, "\(shown)")
        let shownLines = shown.standardOutput.split(separator: "\n").map(String.init)
        #expect(shownLines.contains("排查范围：矛盾纠纷（规则：case.kind == \"dispute\"） · 按 case.category 分类 · 重点：婚恋、家庭、邻里"))
        #expect(shownLines.contains("民转刑风险：有“民转刑”风险，或婚恋、家庭、邻里纠纷未化解（规则：case.risk_criminal || (case.category in [\"婚恋\", \"家庭\", \"邻里\"] && !case.resolved)）"))
        #expect(shownLines.contains { $0.contains("  规则  ") && $0.hasSuffix("次数") })
        #expect(shownLines.contains { $0.hasPrefix("  接诊  major ") && $0.contains("重大疑难或当事人 5 方以上的案件，提请会诊") && $0.contains("case.major || case.parties >= 5") })
        let html = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "html", "--section", "screening", "--show-rules"])
        #expect(html.standardOutput.contains("cases: 矛盾纠纷 (rule: case.kind == &quot;dispute&quot;)"))
        // JSON keeps its keys and the rules' text, words or not.
        let json = try json(try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "json", "--section", "screening"]).standardOutput)
        #expect((json["screening"] as? [String: Any])?["cases_rule"] as? String == "case.kind == \"dispute\"")
    }

    @Test func validateRefusesADescriptionThatIsNoCellOfATable() throws {
        let folder = URL(fileURLWithPath: Self.temporary("descriptions"))
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Examples/three-sittings"), to: folder)
        let file = folder.appendingPathComponent("workflows/jiezhen.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let words = "description: 重大疑难或当事人 5 方以上的案件，提请会诊 }"
        #expect(text.contains(words))
        try text.replacingOccurrences(of: words, with: "description: \"重大疑难\\n或当事人 5 方以上\" }").write(to: file, atomically: true, encoding: .utf8)
        let english = try CommandRunner.run(["validate", "--workflows", folder.path])
        #expect(english.status == 1, "\(english)")
        #expect(english.standardError.contains("workflows/jiezhen.yaml:35:20: error: description is shown in a report's tables: one line of at most 120 characters, but this is 15 characters on 2 lines"),
                "\(english)")
        let chinese = try CommandRunner.run(["validate", "--workflows", folder.path, "--lang", "zh"])
        #expect(chinese.standardError.contains("错误: “description”显示在月报的表格中，应为一行、不超过 120 个字符，此处为 15 个字符、2 行"), "\(chinese)")
    }

    @Test func jsonMessagesCarryTheirCodeAndTheirTextInTheChosenLanguage() throws {
        let path = Self.temporary("small") + ".db"
        defer { CommandRunner.removeDatabase(path) }
        let small = CommandRunner.repository.appendingPathComponent("docs/examples/small-district").path
        #expect(try CommandRunner.run(["rounds", "--date", "2026-12-31", "--workflows", small, "--db", path]).status == 0)
        for (language, reason) in [("en", "no sheet within 3 workdays"), ("zh", "3 个工作日内未交登记表")] {
            let run = try CommandRunner.run(["report", "--month", "2026-12", "--workflows", small, "--db", path, "--format", "json", "--section", "coverage",
                                             "--lang", language])
            let coverage = try #require(try json(run.standardOutput)["coverage"] as? [[String: Any]])
            let gap = try #require(((coverage.first?["uncovered"] as? [[String: Any]])?.first?["gaps"] as? [[String: Any]])?.first)
            #expect(gap["kind"] as? String == "not_reported" && gap["reason"] as? String == reason, "\(gap)")
            #expect(gap["reason_code"] as? String == "report.not-reported" && (gap["reason_args"] as? [String: Int])?["within"] == 3, "\(gap)")
        }
    }

    @Test func jsonTotalsAreTheSimulationsAndTheRecords() throws {
        let run = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let report = try json(run.standardOutput)
        #expect(Array(report.keys).sorted() == ["adjustments", "calendar", "coverage", "deadlines", "district", "ledger", "month", "screening", "simulated",
                                               "statistics", "totals", "workload"])
        let totals = try #require(report["totals"] as? [String: Int])
        let summary = try json(Self.simulation)
        #expect(totals["records"] == (summary["records"] as? [String: Int])?["total"])
        #expect(totals["subsidies_yuan"] == (summary["subsidies"] as? [String: Any])?["total_yuan"] as? Int)
        #expect(totals["escalations"] == (summary["escalations"] as? [String: Any])?["total"] as? Int)
        #expect(totals["deadlines_met"] == (summary["deadlines"] as? [String: Any])?["met"] as? Int)
        #expect(totals["deadlines_missed"] == (summary["deadlines"] as? [String: Any])?["missed"] as? Int)

        let listed = try CommandRunner.run(["records", "--db", Self.database, "--month", "2026-12", "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(totals["records"] == records.count)
        #expect(totals["subsidies_yuan"] == records.compactMap { $0["subsidy_yuan"] as? Int }.reduce(0, +))
        let statistics = try #require(report["statistics"] as? [String: Any])
        let district = try #require(statistics["district"] as? [String: Any])
        let counts = try #require(district["counts"] as? [String: Int])
        for (type, count) in counts { #expect(count == records.filter { $0["type"] as? String == type }.count, "\(type)") }
        let streets = try #require(statistics["streets"] as? [[String: Any]])
        #expect(streets.compactMap { $0["total"] as? Int }.reduce(0, +) == records.filter { $0["street"] is String }.count)
        let ledger = try #require(report["ledger"] as? [String: Any])
        #expect(ledger["records_yuan"] as? Int == totals["subsidies_yuan"])
        let paid = try #require(ledger["payable_yuan"] as? Int), unpaid = try #require(ledger["unpaid_yuan"] as? Int)
        #expect(paid > 0, "legal workers sit at a share of the sittings, mediators at the committees: both are paid")
        #expect(paid + unpaid == totals["subsidies_yuan"], "the mediations a lawyer sat at are not payable")
        let deadlines = try #require(report["deadlines"] as? [String: Any])
        #expect((deadlines["escalated"] as? [Any])?.count == totals["escalations"])
        let calendar = try #require(report["calendar"] as? [[String: Any]])
        #expect(calendar.count == 31)
        let occurrences: Int = calendar.compactMap { $0["total"] as? Int }.reduce(0, +)
        #expect(occurrences == 231, "62 sittings, 138 rounds, 31 events")
    }

    @Test func theHTMLRendersInAHeadlessBrowser() throws {
        let folder = Self.temporary("html")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let page = folder + "/report.html"
        let run = try CommandRunner.run(["report", "--month", "2026-12", "--db", Self.database, "--format", "html", "--output", page])
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.isEmpty, "--output writes the file, not standard output")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("<table class=\"calendar\">"))
        #expect(!html.contains("<script"))
        #expect(html.firstMatch(of: /(src|href)\s*=\s*["']?[a-z]+:/) == nil, "no external asset")

        let good = try Self.browserCheck(page, folder + "/good")
        #expect(good.status == 0, "\(good)")
        #expect(good.standardOutput.contains("console messages: 0"), "\(good)")
        #expect(good.standardOutput.contains("network requests by the page: 0"), "\(good)")
        #expect(FileManager.default.fileExists(atPath: folder + "/good/screenshot.png"))

        // The check can fail: a page with a console error, an external image and nothing drawn.
        let bad = folder + "/bad.html"
        try #"<!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head><body><img src="https://example.invalid/x.png"><script>console.error("boom")</script></body></html>"#
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let failed = try Self.browserCheck(bad, folder + "/bad")
        #expect(failed.status == 1, "\(failed)")
        #expect(failed.standardOutput.contains("FAIL: console message"), "\(failed)")
        #expect(failed.standardOutput.contains("FAIL: network request: https://example.invalid/x.png"), "\(failed)")
        #expect(failed.standardOutput.contains("FAIL: the screenshot is blank"), "\(failed)")
    }

    static func browserCheck(_ page: String, _ out: String) throws -> CommandRunner.Result {
        try CommandRunner.script("Tests/browser/check-report.sh", [page, out])
    }

    @Test func personalDataNeverAppears() throws {
        let path = Self.temporary("intake") + ".db"
        defer { CommandRunner.removeDatabase(path) }
        let imported = try CommandRunner.run(["intake", "import", "docs/examples/intake-2026-12.csv", "--db", path])
        #expect(imported.status == 0, "\(imported)")
        for format in ["text", "json", "html"] {
            let run = try CommandRunner.run(["report", "--month", "2026-12", "--db", path, "--format", format])
            #expect(run.status == 0, "\(run)")
            #expect(run.standardOutput.contains("法律咨询"))
            #expect(!run.standardOutput.contains("李某") && !run.standardOutput.contains("13800000000"), "\(format)")
        }
    }

    @Test(arguments: [
        (["--month", "2026-13"], "--month:1:1: error: '2026-13' is not a valid month for --month"),
        (["--month", "2026-11"], "has nothing for 2026-11"),
        (["--month", "2026-12", "--subsidy-role", "lawyr"], "error: unknown role 'lawyr' for --subsidy-role; did you mean 'lawyer'?"),
    ])
    func badInputEndsWithStatusOne(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(["report", "--db", Self.database] + arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(expected), "\(result)")
        let missing = try CommandRunner.run(["report", "--month", "2026-12", "--db", "/nonexistent/x.db"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("error: no database at /nonexistent/x.db"))
    }

    @Test(arguments: [
        ["--month", "2026-12", "--format", "csv"],
        ["--month", "2026-12", "--format", "csv", "--section", "ledger", "--section", "workload"],
        ["--month", "2026-12", "--section", "ledgr"],
        ["--month", "2026-12", "--format", "pdf"],
    ])
    func malformedCommandLinesEndWithStatusTwo(arguments: [String]) throws {
        let result = try CommandRunner.run(["report", "--db", Self.database] + arguments)
        #expect(result.status == 2, "\(result)")
    }
}
