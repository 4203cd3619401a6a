import Foundation
import Testing

/// `sizhen calendar draft`: a provisional year written into a copy of the district's calendar,
/// its statutory days inside what the State Council published for the years it has published,
/// and next January planned from it.
@Suite struct CalendarDraftCommandTests {
    /// A copy of the repository's Workflows/ in a new folder, removed at `body`'s end.
    func withCopy(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("Workflows")
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("Workflows"), to: copy)
        try body(copy)
    }

    @Test func aDraftedYearIsWrittenOnceAndPlansJanuary() throws {
        try withCopy { copy in
            let file = copy.appendingPathComponent("calendars/cn.yaml")
            let before = try String(contentsOf: file, encoding: .utf8)
            let refused = try CommandRunner.run(["plan", "--month", "2027-01", "--workflows", copy.path])
            #expect(refused.status == 1 && refused.standardError.contains("year 2027 is not covered"))

            let drafted = try CommandRunner.run(["calendar", "draft", "--year", "2027", "--workflows", copy.path])
            #expect(drafted.status == 0, "\(drafted)")
            #expect(drafted.standardOutput.contains("春节 2027-02-05…2027-02-08"))
            let after = try String(contentsOf: file, encoding: .utf8)
            #expect(after.hasPrefix(before), "the file is kept as it was, the year added at its end")
            #expect(after.contains("  - year: 2027\n    status: provisional\n"))
            #expect(!after.contains("workdays:", after: before.count), "no make-up workday is guessed")

            let validated = try CommandRunner.run(["validate", "--workflows", copy.path])
            #expect(validated.status == 0, "\(validated)")
            let planned = try CommandRunner.run(["plan", "--month", "2027-01", "--workflows", copy.path])
            #expect(planned.status == 0, "\(planned)")
            // Every date of January 2027 is marked provisional: the plan's rows, the schedule's, the calendar entries.
            let rows = planned.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("2027-01-") }
            #expect(rows.count > 100 && rows.allSatisfy { $0.hasPrefix("2027-01-") && $0.contains(" (暂定)") }, "\(rows.prefix(3))")
            let chinese = try CommandRunner.run(["plan", "--month", "2027-01", "--workflows", copy.path, "--lang", "zh"])
            #expect(chinese.standardOutput.contains("（暂定）"))
            let schedule = try CommandRunner.run(["schedule", "--month", "2027-01", "--workflows", copy.path])
            let scheduled = schedule.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("2027-01-") }
            #expect(!scheduled.isEmpty && scheduled.allSatisfy { $0.contains("暂定 (provisional") }, "\(scheduled.prefix(3))")
            let ics = try CommandRunner.run(["plan", "--month", "2027-01", "--workflows", copy.path, "--format", "ics"])
            let summaries = ics.standardOutput.components(separatedBy: "\r\n").filter { $0.hasPrefix("SUMMARY:") }
            #expect(!summaries.isEmpty && summaries.allSatisfy { $0.hasPrefix("SUMMARY:（暂定）") })
            let decemberPlan = try CommandRunner.run(["plan", "--month", "2026-12", "--workflows", copy.path])
            #expect(decemberPlan.status == 0 && !decemberPlan.standardOutput.contains("暂定"), "an official year's plan is not marked")

            let db = copy.appendingPathComponent("sizhen.db").path
            let sheet = try CommandRunner.run(["rounds", "--date", "2027-01-05", "--db", db, "--workflows", copy.path])
            #expect(sheet.status == 0 && sheet.standardOutput.contains("暂定 (provisional): the 2027 calendar is a draft"), "\(sheet)")
            let sheetInChinese = try CommandRunner.run(["rounds", "--date", "2027-01-05", "--db", db, "--workflows", copy.path, "--lang", "zh"])
            #expect(sheetInChinese.standardOutput.contains("暂定：2027 年节假日安排尚未公布"), "\(sheetInChinese)")
            let december = try CommandRunner.run(["rounds", "--date", "2026-12-31", "--db", db, "--workflows", copy.path])
            #expect(!december.standardOutput.contains("暂定"), "an official year's day is not marked")

            let again = try CommandRunner.run(["calendar", "draft", "--year", "2027", "--workflows", copy.path])
            #expect(again.status == 1 && again.standardError.contains("2027 is in") && again.standardError.contains("already (provisional)"))
            #expect(try String(contentsOf: file, encoding: .utf8) == after, "a refused draft writes nothing")
        }
    }

    @Test func theDraftOfAPublishedYearIsInsideWhatWasPublished() throws {
        // 2025 and 2026 fall under the statutory days the draft rules declare (in force from 2025).
        for year in [2025, 2026] {
            let printed = try CommandRunner.run(["calendar", "draft", "--year", String(year), "--print"], environment: ["SIZHEN_LANG": "en"])
            #expect(printed.status == 1 && printed.standardError.contains("\(year) is in"), "a published year is not drafted")
        }
        try withCopy { copy in
            // Without its published years, the file drafts them; every drafted day off is one the notice gave.
            let file = copy.appendingPathComponent("calendars/cn.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let published = text.components(separatedBy: "\n  - year: ")
            for year in [2025, 2026] {
                let kept = published.filter { !$0.hasPrefix("\(year)\n") }.joined(separator: "\n  - year: ")
                try kept.write(to: file, atomically: true, encoding: .utf8)
                let printed = try CommandRunner.run(["calendar", "draft", "--year", String(year), "--print", "--workflows", copy.path])
                #expect(printed.status == 0, "\(printed)")
                let official = try #require(published.first { $0.hasPrefix("\(year)\n") })
                for line in printed.standardOutput.components(separatedBy: "\n") where line.contains("{ name:") {
                    let dates = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",}")) }.filter { $0.hasPrefix("\(year)-") }
                    for date in dates {
                        #expect(Self.isHoliday(date, in: official), "\(year): \(line)")
                    }
                }
            }
        }
    }

    /// Whether a date is inside one of the holidays of a year's entry as published.
    static func isHoliday(_ date: String, in entry: String) -> Bool {
        for line in entry.components(separatedBy: "\n") where line.contains("{ name:") {
            let dates = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",}")) }
                .filter { $0.count == 10 && $0.hasPrefix("20") }
            if dates.count == 1, dates[0] == date { return true }
            if dates.count == 2, dates[0] <= date, date <= dates[1] { return true }
        }
        return false
    }

    @Test(arguments: [
        (["calendar", "draft", "--year", "2100", "--print"], "a year can be drafted from 2001 to 2099, not 2100"),
        (["calendar", "draft", "--year", "2027"], "the built-in district's calendar is part of the program"),
    ])
    func badRequestsAreRefused(arguments: [String], expected: String) throws {
        // From a folder without ./Workflows: the built-in district.
        let folder = FileManager.default.temporaryDirectory
        let result = try CommandRunner.run(arguments, in: folder)
        #expect(result.status == 1 && result.standardError.contains(expected), "\(result)")
    }

    /// When the notice replaces a drafted year, re-publishing a month planned from the draft
    /// shows the sittings on the new days off as removed, and the month then has none there.
    @Test func theNoticeReplacesTheDraftAndRepublishingShowsWhatMoves() throws {
        try withCopy { copy in
            let file = copy.appendingPathComponent("calendars/cn.yaml")
            #expect(try CommandRunner.run(["calendar", "draft", "--year", "2027", "--workflows", copy.path]).status == 0)
            let db = copy.deletingLastPathComponent().appendingPathComponent("notice.db").path
            let common = ["--workflows", copy.path, "--db", db]
            let published = try CommandRunner.run(["plan", "--month", "2027-02", "--publish"] + common)
            #expect(published.status == 0, "\(published)")
            let sittings = { () throws -> [String] in
                let json = try CommandRunner.run(["plan", "--month", "2027-02", "--format", "json"] + common)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
                return try #require(object["assignments"] as? [[String: Any]]).compactMap { $0["date"] as? String }
            }
            let before = try sittings()
            #expect(before.contains("2027-02-10"), "a 接诊 day in the draft")

            // The notice: 春节 from 除夕 to 初八, a Sunday worked for it.
            var text = try String(contentsOf: file, encoding: .utf8)
            let start = try #require(text.range(of: "  - year: 2027\n"))
            text = String(text[..<start.lowerBound]) + """
                  - year: 2027
                    status: official
                    source: 国务院办公厅关于2027年部分节假日安排的通知（测试用）
                    holidays:
                      - { name: 元旦, date: 2027-01-01 }
                      - { name: 春节, from: 2027-02-05, to: 2027-02-13 }
                    workdays:
                      - { date: 2027-02-14, for: 春节 }

                """
            try text.write(to: file, atomically: true, encoding: .utf8)
            let refused = try CommandRunner.run(["rounds", "--date", "2027-02-01"] + common)
            #expect(refused.status == 1 && refused.standardError.contains("calendars/cn.yaml"), "\(refused)")
            let republished = try CommandRunner.run(["plan", "--month", "2027-02", "--republish"] + common)
            #expect(republished.status == 0, "\(republished)")
            let removed = republished.standardOutput.split(separator: "\n").filter { $0.hasPrefix("removed  2027-02-1") }
            #expect(!removed.isEmpty && removed.allSatisfy { $0.hasPrefix("removed  2027-02-10") || $0.hasPrefix("removed  2027-02-11")
                                                               || $0.hasPrefix("removed  2027-02-12") }, "\(republished.standardOutput.suffix(600))")
            #expect(!republished.standardOutput.contains("（暂定）"))
            let after = try sittings()
            #expect(!after.contains { ("2027-02-05"..."2027-02-13").contains($0) })
            #expect(after.count == before.count - removed.count)
            let sheet = try CommandRunner.run(["rounds", "--date", "2027-02-10", "--lang", "zh"] + common)
            #expect(sheet.status == 0 && !sheet.standardOutput.contains("接诊"), "\(sheet)")
        }
    }
}

extension String {
    /// Whether `text` occurs after the first `offset` characters.
    fileprivate func contains(_ text: String, after offset: Int) -> Bool { dropFirst(offset).contains(text) }
}
