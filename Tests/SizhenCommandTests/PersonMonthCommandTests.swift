import Foundation
import Testing

/// `sizhen plan --person` with the month's database: one person's sittings, home visits and
/// panels, in the table, the JSON and a calendar with a reminder the day before each.
@Suite struct PersonMonthCommandTests {
    static let panels = CommandRunner.repository.appendingPathComponent("docs/examples/panels-2026-12.csv").path

    func month() throws -> String { try CommandRunner.decemberDatabase() }

    @Test func aPersonsMonthHasTheirHomeVisitsBesideTheirSittings() throws {
        let db = try month()
        defer { CommandRunner.removeDatabase(db) }
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "谢海莉", "--db", db, "--lang", "en"])
        #expect(result.status == 0, "\(result)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let visit = try #require(lines.firstIndex { $0.hasPrefix("2026-12-02") && $0.contains("home visit") })
        let sitting = try #require(lines.firstIndex { $0.hasPrefix("2026-12-04") })
        #expect(visit < sitting, "by day")
        #expect(result.standardOutput.contains("L016 谢海莉: 3 sittings, 1 session (home visits, panels)"))
        let chinese = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "L016", "--db", db, "--lang", "zh"])
        #expect(chinese.standardOutput.contains("L016 谢海莉：坐班 3 次，送法到家、会诊 1 次"), "\(chinese)")
    }

    @Test func withoutADatabaseTheTableSaysWhereSessionsComeFrom() throws {
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "P01", "--lang", "en"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("add --db FILE to show them"))
        let json = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "P01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["assignments", "unfilled"], "no sessions key without a database")
    }

    @Test func aPanelHeldOnAnotherDayShowsOnTheDayHeld() throws {
        let db = try month()
        defer { CommandRunner.removeDatabase(db) }
        let booked = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "P01", "--db", db, "--format", "json"])
        #expect(try sessions(booked).map { $0["date"] as? String } == ["2026-12-24"], "\(booked)")
        let imported = try CommandRunner.run(["intake", "import", Self.panels, "--db", db])
        #expect(imported.status == 0, "\(imported)")
        let held = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "郑中婷", "--db", db, "--format", "json"])
        let session = try #require(try sessions(held).first)
        #expect(session["date"] as? String == "2026-12-28")
        #expect(session["booked"] as? String == "2026-12-24")
        #expect(session["held"] as? Bool == true)
        #expect(session["session"] as? String == "panel")
        #expect(session["reason_code"] as? String == "plan-table.session-held")
    }

    func sessions(_ result: CommandRunner.Result) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return try #require(object["sessions"] as? [[String: Any]])
    }

    @Test func theCSVHasARowForEverySittingAndSession() throws {
        let db = try month()
        defer { CommandRunner.removeDatabase(db) }
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "L016", "--db", db, "--format", "csv"])
        let rows = RosterCommandTests.rows(result.standardOutput).dropFirst()
        #expect(rows.filter { $0.first == "assigned" }.count == 3)
        let visit = try #require(rows.first { $0.first == "session" }, "\(result)")
        #expect(visit[1] == "xunzhen/haitangxi-yanyu/2026-12-01/1#1" && visit[5] == "2026-12-02" && visit[8] == "home visit" && visit[9] == "L016")
    }

    /// A person's or a street's month is a view: it publishes nothing.
    @Test func aViewPublishesNothing() throws {
        let db = RosterCommandTests.temporary("view") + ".db"
        defer { CommandRunner.removeDatabase(db) }
        for view in [["--person", "L016"], ["--street", "haitangxi"]] {
            let shown = try CommandRunner.run(["plan", "--month", "2026-12", "--db", db] + view)
            #expect(shown.status == 0, "\(shown)")
        }
        let republish = try CommandRunner.run(["plan", "--month", "2026-12", "--db", db, "--republish"])
        #expect(republish.status == 1 && republish.standardError.contains("has not been published"), "\(republish)")
    }

    @Test func theCalendarHasAnEventWithAReminderForEverySittingAndSession() throws {
        let db = try month()
        defer { CommandRunner.removeDatabase(db) }
        let result = try CommandRunner.run(["plan", "--month", "2026-12", "--person", "L016", "--db", db, "--format", "ics"])
        #expect(result.status == 0, "\(result)")
        let calendar = try ICSComponent.parse(result.standardOutput)
        #expect(calendar.name == "VCALENDAR")
        let events = calendar.children.filter { $0.name == "VEVENT" }
        #expect(events.count == 4, "three sittings and a home visit")
        for event in events {
            let alarms = event.children.filter { $0.name == "VALARM" }
            #expect(alarms.count == 1)
            let alarm = try #require(alarms.first)
            #expect(alarm.value("TRIGGER") == "-P1D")
            #expect(alarm.value("ACTION") == "DISPLAY")
            #expect(alarm.value("DESCRIPTION")?.isEmpty == false)
            #expect(event.value("UID") != nil && event.value("DTSTAMP") != nil && event.value("DTSTART") != nil)
        }
        let visit = try #require(events.first { $0.value("DTSTART;VALUE=DATE") != nil })
        #expect(visit.value("DTSTART;VALUE=DATE") == "20261202")
        #expect(visit.value("DTEND;VALUE=DATE") == "20261203")
        #expect(Set(events.compactMap { $0.value("UID") }).count == events.count)
    }
}

/// An iCalendar component read by the rules of RFC 5545 §3.1 and §3.4: lines unfolded, every
/// BEGIN closed by the END of the same name, properties by name (with their parameters).
struct ICSComponent {
    struct Malformed: Error, CustomStringConvertible { var description: String }

    var name: String
    var properties: [(name: String, value: String)] = []
    var children: [ICSComponent] = []

    /// The value of the first property named exactly `name` (parameters included, as `DTSTART;VALUE=DATE`),
    /// or of the first named `name` with any parameters.
    func value(_ name: String) -> String? {
        properties.first { $0.name == name }?.value ?? properties.first { $0.name.hasPrefix(name + ";") && !name.contains(";") }?.value
    }

    static func parse(_ text: String) throws -> ICSComponent {
        guard text.hasSuffix("\r\n") else { throw Malformed(description: "lines end in CRLF") }
        var lines: [String] = []
        // "\r\n" is one Character: drop the last line end.
        for line in String(text.dropLast()).components(separatedBy: "\r\n") {
            if line.utf8.count > 75 { throw Malformed(description: "line over 75 octets: \(line)") }
            if line.hasPrefix(" ") {
                guard !lines.isEmpty else { throw Malformed(description: "continuation first") }
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        var stack: [ICSComponent] = []
        var root: ICSComponent?
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed(description: "no colon: \(line)") }
            let name = String(line[..<colon]), value = String(line[line.index(after: colon)...])
            switch name {
            case "BEGIN": stack.append(ICSComponent(name: value))
            case "END":
                guard let last = stack.popLast(), last.name == value else { throw Malformed(description: "END:\(value) closes nothing open") }
                if stack.isEmpty {
                    guard root == nil else { throw Malformed(description: "two roots") }
                    root = last
                } else {
                    stack[stack.count - 1].children.append(last)
                }
            default:
                guard !stack.isEmpty else { throw Malformed(description: "property outside a component: \(line)") }
                stack[stack.count - 1].properties.append((name, value))
            }
        }
        guard stack.isEmpty, let root else { throw Malformed(description: "unclosed component") }
        return root
    }
}
