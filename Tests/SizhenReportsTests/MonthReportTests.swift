import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenRules
import SizhenReports
import Testing

/// The report's aggregation on facts written here, with the shipped district's files.
@Suite struct MonthReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let set: WorkflowSet? = WorkflowSetLoader().load(folder: repository.appendingPathComponent("Workflows").path).set
    static let month = YearMonth(iso: "2026-12")!
    static let day = CivilDate(iso: "2026-12-09")!

    func record(_ id: String, _ type: String, site: String = "haitangxi-yanyu", staff: [String], yuan: Int? = nil, tier: String? = nil) -> ServiceRecord {
        ServiceRecord(id: id, type: type, workflowID: "jiezhen", occurrenceID: "o1", siteID: site, streetID: "haitangxi", date: Self.day,
                      staff: staff, caseID: id, outcome: "resolved", subsidyYuan: yuan, subsidyTier: tier)
    }

    func dispute(_ id: String, category: String, resolved: Bool, risk: Bool, status: CaseStatus) -> EngineCase {
        EngineCase(id: id, workflowID: "jiezhen", occurrenceID: "o1", siteID: "haitangxi-yanyu", openedOn: Self.day, source: .visitor,
                   fields: ["kind": .string("dispute"), "category": .string(category), "resolved": .bool(resolved), "risk_criminal": .bool(risk)],
                   status: status)
    }

    func occurrence(_ id: String, site: String, held: Bool) -> OccurrenceRef {
        OccurrenceRef(id: id, workflowID: "jiezhen", siteID: site, date: Self.day, start: "2026-12-09T09:00:00+08:00",
                      end: "2026-12-09T12:00:00+08:00", reason: nil, isHeld: held)
    }

    func facts() -> ReportFacts {
        var summary = MonthFacts(month: Self.month)
        summary.records = [
            record("a", "法律咨询", staff: ["L001"]),
            record("b", "人民调解", staff: ["L001", "LW01"], yuan: 80, tier: "复杂"),
            record("c", "人民调解", staff: ["L002"], yuan: 20, tier: "简单"),
            record("d", "新类型", site: "haitangxi-huilong", staff: ["LW01"]),
        ]
        var facts = ReportFacts(summary: summary)
        facts.occurrences = [
            occurrence("o1", site: "haitangxi-yanyu", held: true),
            occurrence("o2", site: "haitangxi-haitangxi", held: false),
            occurrence("o3", site: "haitangxi-luojiaba", held: false),
        ]
        facts.unfilled = [.init(occurrenceID: "o2", slot: "sitter", position: 0, reason: .legacy("nobody free"))]
        facts.skipped = [.init(workflowID: "jiezhen", siteID: "haitangxi-sigongli", date: CivilDate(iso: "2026-12-23")!, reason: .legacy("元旦"))]
        facts.events = [EngineEvent(date: Self.day, kind: .absence, occurrenceID: "o3", message: .legacy("L003 病假"))]
        facts.cases = [
            dispute("x1", category: "家庭", resolved: false, risk: false, status: .unresolved),
            dispute("x2", category: "物业", resolved: true, risk: true, status: .resolved),
            dispute("x3", category: "物业", resolved: true, risk: false, status: .referred),
            EngineCase(id: "x3>major", workflowID: "huizhen", occurrenceID: nil, siteID: "haitangxi-yanyu", openedOn: Self.day, source: .escalation,
                       parentID: "x3", fields: ["kind": .string("dispute"), "category": .string("物业")], status: .open,
                       deadline: CivilDate(iso: "2026-12-16")!),
        ]
        return facts
    }

    @Test func statisticsFollowTheDistrictsRecordTypesThenOthers() throws {
        let set = try #require(Self.set)
        let report = MonthReport(facts: facts(), set: set)
        #expect(report.statistics.types.prefix(2) == ["法律咨询", "人民调解"])
        #expect(report.statistics.types.last == "新类型", "a type the files do not list is still counted")
        #expect(report.statistics.district.total == 4)
        #expect(report.statistics.sites.map(\.id) == ["haitangxi-yanyu", "haitangxi-huilong"])
        #expect(report.statistics.people.first { $0.id == "L001" }?.total == 2)
        #expect(report.statistics.people.first { $0.id == "LW01" }?.total == 2)
    }

    @Test func anOccurrenceNoSheetReportedIsAwaitedThenNotReported() throws {
        let set = try #require(Self.set)
        var facts = facts()
        facts.occurrences.append(occurrence("o4", site: "nanping-houbao", held: false))
        facts.occurrences[facts.occurrences.count - 1].status = .notHeld
        facts.events.append(EngineEvent(date: Self.day, kind: .occurrenceNotHeld, occurrenceID: "o4", message: .legacy("暴雨停课")))
        func gaps(asOf day: String) throws -> (MonthReport.Coverage, [String: [String]]) {
            facts.derivedThrough = CivilDate(iso: day)
            let coverage = try #require(MonthReport(facts: facts, set: set).coverage.first { $0.workflowID == "jiezhen" })
            return (coverage, Dictionary(coverage.sites.map { ($0.id, $0.gaps.map(\.kind)) }, uniquingKeysWith: { a, _ in a }))
        }
        // 12-09 plus 3 workdays is 12-14: awaited through it, not reported after.
        let (early, awaited) = try gaps(asOf: "2026-12-14")
        #expect(awaited["haitangxi-haitangxi"] == ["awaited", "unfilled"])
        #expect(awaited["nanping-houbao"] == ["not_held"], "a sheet said it was not held")
        #expect(early.sites.reduce(0) { $0 + $1.notReported } == 0)
        let (late, overdue) = try gaps(asOf: "2026-12-15")
        #expect(overdue["haitangxi-haitangxi"] == ["not_reported", "unfilled"])
        #expect(late.sites.reduce(0) { $0 + $1.notReported } == 2)
        #expect(late.sites.first { $0.id == "nanping-houbao" }.map { ($0.reported, $0.held) } ?? (0, 0) == (1, 0))
        #expect(late.sites.first { $0.id == "haitangxi-yanyu" }.map { ($0.reported, $0.held) } ?? (0, 0) == (1, 1))
    }

    @Test func coverageSaysWhyEachGap() throws {
        let set = try #require(Self.set)
        let report = MonthReport(facts: facts(), set: set)
        let jiezhen = try #require(report.coverage.first { $0.workflowID == "jiezhen" })
        func kinds(_ site: String) -> [String] { jiezhen.sites.first { $0.id == site }?.gaps.map(\.kind) ?? [] }
        #expect(jiezhen.sites.first { $0.id == "haitangxi-yanyu" }?.isCovered == true)
        #expect(kinds("haitangxi-haitangxi") == ["awaited", "unfilled"], "unfilled, and no sheet has said whether it was held")
        #expect(kinds("haitangxi-luojiaba") == ["absence", "awaited"])
        #expect(kinds("haitangxi-sigongli") == ["holiday"])
        #expect(kinds("nanping-houbao") == [], "a clinic with no occurrence this month has nothing due")
    }

    @Test func theLedgerPaysOnlyTheConfiguredRoles() throws {
        let set = try #require(Self.set)
        let workers = MonthReport(facts: facts(), set: set).ledger
        #expect(workers.roles == ["legal_worker", "mediator"], "from the district file")
        #expect(workers.entries.map(\.personID) == ["LW01"])
        #expect(workers.payableYuan == 80)
        #expect(workers.tiers.map(\.name) == ["简单", "一般", "复杂"], "every tier the subsidy table declares, met or not")
        #expect(workers.unpaidRecords == 1 && workers.unpaidYuan == 20)
        #expect(workers.recordsYuan == 100)
        let everyone = MonthReport(facts: facts(), set: set, subsidyRoles: []).ledger
        #expect(everyone.payee == .lead, "the default")
        #expect(everyone.entries.map(\.personID) == ["L001", "L002"], "record b is paid once, to L001 who is first on it")
        #expect(everyone.payableYuan == 100 && everyone.payableYuan == everyone.recordsYuan)
        #expect(everyone.payableCases == 2)
        let csv = MonthReport(facts: facts(), set: set).csv(.ledger)
        #expect(csv.hasPrefix("\u{FEFF}person,name,organisation,street,简单 20元,一般 50元,复杂 80元,cases,yuan,signature\r\n"))
    }

    /// A case is paid once however many people served it: to the first of them, or shared with
    /// the odd yuan going one each to the first; the ledger's total is always the records' total
    /// less what nobody of a paid role can be paid.
    @Test(arguments: [ReportSettings.SubsidyPayee.lead, .split])
    func aCaseIsPaidOnceWhoeverServedIt(payee: ReportSettings.SubsidyPayee) throws {
        var set = try #require(Self.set)
        set.district.reports?.subsidyPayee = payee
        var summary = MonthFacts(month: Self.month)
        summary.records = [
            record("p", "人民调解", staff: ["L001", "L002", "L003", "L001"], yuan: 50, tier: "一般"),
            record("q", "人民调解", staff: ["L002", "L003"], yuan: 20, tier: "简单"),
            record("r", "人民调解", staff: ["CW-nobody"], yuan: 80, tier: "复杂"),
        ]
        let ledger = MonthReport(facts: ReportFacts(summary: summary), set: set, subsidyRoles: ["lawyer"]).ledger
        let yuan = Dictionary(uniqueKeysWithValues: ledger.entries.map { ($0.personID, $0.yuan) })
        switch payee {
        case .lead: #expect(yuan == ["L001": 50, "L002": 20])
        case .split: #expect(yuan == ["L001": 17, "L002": 17 + 10, "L003": 16 + 10], "50 among three: 17, 17, 16")
        }
        #expect(ledger.payableYuan == 70 && ledger.unpaidYuan == 80 && ledger.payableYuan + ledger.unpaidYuan == ledger.recordsYuan)
        #expect(ledger.payableCases == 2 && ledger.payableByTier == [1, 1, 0])
        let text = MonthReport(facts: ReportFacts(summary: summary), set: set, subsidyRoles: ["lawyer"]).text(sections: [.ledger])
        #expect(text.contains(payee == .lead ? "paid once, to the first of them on the record" : "paid once, shared equally among them"))
        let total = text.split(separator: "\n").first { $0.hasPrefix("  total ") }?.split(separator: " ").map(String.init)
        #expect(total?.suffix(2) == ["2", "70"], "\(text)")
        let chinese = MonthReport(facts: ReportFacts(summary: summary), set: set, subsidyRoles: ["lawyer"],
                                  messages: MessageRenderer(book: MonthReport.book, language: .chinese)).text(sections: [.ledger])
        #expect(chinese.contains(payee == .lead ? "发给记录中的第一位承办人" : "由承办人平均分配"))
        #expect(chinese.split(separator: "\n").first { $0.hasPrefix("  合计 ") }?.split(separator: " ").suffix(2) == ["2", "70"], "\(chinese)")
    }

    @Test func aRuleIsShownInItsWordsElseAsItsExpression() throws {
        let set = try #require(Self.set)
        var report = MonthReport(facts: facts(), set: set)
        #expect(report.deadlines.rules.map(\.id) == ["major"])
        #expect(report.deadlines.rules.first?.description == "重大疑难或当事人 5 方以上的案件，提请会诊")
        let words = report.text(sections: [.screening, .deadlines])
        #expect(words.contains("cases: 矛盾纠纷 · by case.category") && words.contains("重大疑难或当事人 5 方以上的案件，提请会诊"), "\(words)")
        #expect(!words.contains("case.kind ==") && !words.contains("case.parties >= 5"), "\(words)")
        report.showsRules = true
        let both = report.text(sections: [.screening, .deadlines])
        #expect(both.contains("cases: 矛盾纠纷 (rule: case.kind == \"dispute\")") && both.contains("case.major || case.parties >= 5"), "\(both)")
        var bare = set
        bare.district.reports?.screening?.casesDescription = nil
        #expect(MonthReport(facts: facts(), set: bare).text(sections: [.screening]).contains("cases: case.kind == \"dispute\" · by case.category"),
                "no words: the expression")
    }

    @Test func screeningUsesTheDistrictsRules() throws {
        let set = try #require(Self.set)
        let screening = try #require(MonthReport(facts: facts(), set: set).screening)
        #expect(screening.categories.prefix(3).map(\.name) == ["婚恋", "家庭", "邻里"], "focus first, zeros included")
        #expect(screening.categories.first { $0.name == "婚恋" }?.cases == 0)
        #expect(screening.total == 3, "the escalated case repeats its origin and is left out")
        #expect(screening.risks.map(\.id) == ["x1", "x2"], "unresolved family dispute; risk_criminal")
        #expect(screening.notResolved.map(\.id) == ["x1", "x3"])
        #expect(screening.notResolved.last?.escalatedTo == ["会诊"])
        let deadlines = MonthReport(facts: facts(), set: set).deadlines
        #expect(deadlines.open.map(\.caseID) == ["x3>major"])
        #expect(deadlines.byRule.map(\.label) == ["major"])
    }

    @Test func htmlEscapesTextAndNeedsNothingOutside() throws {
        let set = try #require(Self.set)
        var facts = facts()
        facts.summary.records.append(record("e", "<script>alert(1)</script>", staff: ["L001"]))
        let html = MonthReport(facts: facts, set: set).html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("@import") && !html.contains("url("))
        #expect(html == MonthReport(facts: facts, set: set).html(), "deterministic")
    }

    @Test func csvCellsCannotBeFormulas() throws {
        let set = try #require(Self.set)
        var facts = facts()
        facts.summary.records.append(record("f", "=HYPERLINK(\"x\")", staff: ["L001"]))
        let csv = MonthReport(facts: facts, set: set).csv(.statistics)
        #expect(csv.contains(#","'=HYPERLINK(""x"")""#), "prefixed with ' and quoted")
        #expect(!csv.contains(",=HYPERLINK") && !csv.contains(#","=HYPERLINK"#))
    }
}
