import Foundation
import SizhenCalendar
import SizhenDefaults
import SizhenDiagnostics
import SizhenLoader

/// Drafts a calendar year before the State Council's notice: `sizhen calendar draft --year
/// 2027` writes the year into the district's calendar file as `status: provisional`, with the
/// statutory days off its `draft:` rules give (the lunar holidays and 清明 computed) and no
/// make-up workday. Every plan of a provisional day is marked 暂定 until the notice replaces
/// the year by hand.
public struct CalendarDraftOperation: Sendable {
    /// What was drafted.
    public struct Summary: Sendable {
        /// The calendar file written (or that would be, with `printOnly`).
        public var file: String
        /// The year.
        public var year: Int
        /// The days off, in date order (holidays that meet are joined: 国庆节、中秋节).
        public var holidays: [HolidaySpan]
        /// The year's entry as written in the file.
        public var text: String
        /// Whether the file was written (not with `printOnly`).
        public var written: Bool
    }

    public var workspace: Workspace
    /// The year to draft.
    public var year: Int
    /// Print the entry instead of writing it.
    public var printOnly: Bool

    /// An operation.
    public init(workspace: Workspace, year: Int, printOnly: Bool = false) {
        self.workspace = workspace
        self.year = year
        self.printOnly = printOnly
    }

    /// The words of the `source:` of a drafted year.
    static let source = "按法定节假日起草（sizhen calendar draft），未含调休，待国务院办公厅通知公布后替换"

    public func run() -> Outcome<Summary> {
        perform { run in
            let folder = try workspace.folder(into: &run)
            let set = try workspace.loadSet(into: &run)
            let calendar = set.calendar
            let file = calendar.sourceFile ?? calendar.calendarFile
            let yearFlag = FlagValue.location("--year")
            guard HolidayRule.years.contains(year) else {
                throw run.fail(.error(OperationMessage.draftYearOutside(["year": .int(year), "first": .int(HolidayRule.years.lowerBound),
                                                                          "last": .int(HolidayRule.years.upperBound)]), at: yearFlag))
            }
            if let known = calendar.years[year] {
                throw run.fail(.error(OperationMessage.draftYearListed(["year": .int(year), "file": .text(file), "status": .text(known.status.rawValue)]),
                                      at: yearFlag, hint: OperationMessage.draftYearListedHint(["file": .text(file)])))
            }
            guard !calendar.draftRules.isEmpty else {
                throw run.fail(.error(OperationMessage.draftNoRules(["file": .text(file)]), hint: OperationMessage.draftNoRulesHint()))
            }
            var spans: [HolidaySpan] = []
            for rule in calendar.draftRules {
                guard let span = rule.span(in: year), span.first.year == year, span.last.year == year else {
                    throw run.fail(.error(OperationMessage.draftRuleOutside(["name": .text(rule.name), "year": .int(year)]),
                                          hint: OperationMessage.draftNoRulesHint()))
                }
                spans.append(span)
            }
            let holidays = Self.joined(spans)
            // The file as it stands: its years' indentation, and what the entry is appended to.
            let current = try? String(contentsOfFile: file, encoding: .utf8)
            let text = Self.entry(year: year, holidays: holidays, indent: Self.indent(ofYearsIn: current ?? ""))
            var summary = Summary(file: file, year: year, holidays: holidays, text: text, written: false)
            if printOnly { return summary }

            // The bundled district is the program's own: a draft goes into the user's copy.
            if workspace.workflowsFolder == nil, let bundled = DefaultWorkflows.directory, folder == bundled {
                throw run.fail(.error(OperationMessage.draftBundled(), hint: OperationMessage.draftBundledHint()))
            }
            guard let original = current else {
                throw run.fail(.error(OperationMessage.draftUnreadable(["file": .text(file)])))
            }
            guard Self.yearsComeLast(original) else {
                throw run.fail(.error(OperationMessage.draftYearsNotLast(["file": .text(file)]), hint: OperationMessage.draftYearsNotLastHint()))
            }
            let updated = (original.hasSuffix("\n") ? original : original + "\n") + "\n" + text
            // The file as it would be is checked whole before it replaces the old one.
            let check = CalendarLoader().decode(bytes: Array(updated.utf8), file: file)
            if check.diagnostics.hasErrors {
                run.sources.remember(updated, as: file)
                try run.check(check.diagnostics)
            }
            do throws(Diagnostic) {
                try FileWriting.write(updated, to: file, flag: "--workflows")
            } catch {
                throw run.fail(error)
            }
            summary.written = true
            return summary
        }
    }

    /// The spans in date order, those that overlap or meet joined under both names.
    static func joined(_ spans: [HolidaySpan]) -> [HolidaySpan] {
        var joined: [HolidaySpan] = []
        for span in spans.sorted(by: { ($0.first, $0.last) < ($1.first, $1.last) }) {
            if let last = joined.last, span.first <= last.last.adding(days: 1) {
                joined[joined.count - 1] = HolidaySpan(name: last.name + "、" + span.name, first: last.first, last: max(last.last, span.last))
            } else {
                joined.append(span)
            }
        }
        return joined
    }

    /// The year's entry, as the file's other years are written.
    static func entry(year: Int, holidays: [HolidaySpan], indent: String) -> String {
        var text = "\(indent)- year: \(year)\n"
        text += "\(indent)  status: provisional\n"
        text += "\(indent)  source: \(source)\n"
        text += "\(indent)  holidays:\n"
        for span in holidays {
            let days = span.first == span.last ? "date: \(span.first)" : "from: \(span.first), to: \(span.last)"
            text += "\(indent)    - { name: \(span.name), \(days) }\n"
        }
        return text
    }

    /// The indentation of the file's `- year:` items (two spaces when it has none).
    static func indent(ofYearsIn text: String) -> String {
        for line in text.components(separatedBy: "\n") {
            let body = String(line.drop { $0 == " " })
            if body.hasPrefix("- year:") { return String(repeating: " ", count: line.count - body.count) }
        }
        return "  "
    }

    /// Whether `years:` is the file's last top-level key, so that an entry appended at the end
    /// is one of its years.
    static func yearsComeLast(_ text: String) -> Bool {
        let keys = text.components(separatedBy: "\n").filter { line in
            guard let first = line.first, first != " ", first != "#", first != "-" else { return false }
            return line.contains(":")
        }
        return keys.last.map { $0.hasPrefix("years:") && $0.drop(while: { $0 != ":" }).dropFirst().allSatisfy { $0 == " " } } ?? false
    }
}
