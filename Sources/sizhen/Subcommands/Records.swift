import ArgumentParser
import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenRecords
import SizhenLoader
import SizhenModel
import SizhenReports
import SizhenStore

/// `sizhen records`: the service records, filtered, as a table, CSV or JSON.
struct Records: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the service records (法律咨询, 人民调解, 送法到家 …), as a table, CSV for Excel, or JSON."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Option(help: ArgumentHelp("Only this month.", valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp("Only this site (community id).", valueName: "ID"))
    var site: String?

    @Option(help: ArgumentHelp("Only this record type (法律咨询 …).", valueName: "TYPE"))
    var type: String?

    @Option(help: "Output format: table, csv (UTF-8 with BOM, for Excel) or json.")
    var format: Format = .table

    @Flag(name: .customLong("include-personal"), help: "Add the residents' names, phone numbers and ID numbers from intake (left out by default).")
    var includePersonal = false

    @Option(help: ArgumentHelp("The database.", valueName: "FILE"))
    var db: String = "sizhen.db"

    @Option(help: ArgumentHelp("The workflows folder, for names (default: ./Workflows, else the bundled default).", valueName: "DIR"))
    var workflows: String?

    static let columns = ["id", "type", "workflow", "occurrence", "site", "street", "date", "staff", "case", "outcome", "subsidy_yuan", "subsidy_tier"]

    func run() throws {
        let yearMonth = try month.map { try FlagValues.month($0) }
        let set = try Workspace.loadSet(workflows)
        let store = try Workspace.openExisting(db, for: set)
        let records: [ServiceRecord]
        do {
            records = try store.records(month: yearMonth, site: site, type: type)
        } catch {
            Workspace.fail(error)
        }
        var personal: [String: (name: String?, phone: String?, idNumber: String?)] = [:]
        if includePersonal {
            do { personal = try store.personalData() } catch { Workspace.fail(error) }
        }
        let rows = records.map { r in
            [r.id, r.type, r.workflowID, r.occurrenceID ?? "", r.siteID, r.streetID ?? "", r.date.description, r.staff.joined(separator: ";"),
             r.caseID, r.outcome, r.subsidyYuan.map(String.init) ?? "", r.subsidyTier ?? ""]
                + (includePersonal ? [personal[r.caseID]?.name ?? "", personal[r.caseID]?.phone ?? "", personal[r.caseID]?.idNumber ?? ""] : [])
        }
        switch format {
        case .csv:
            var csv = CSVWriter(header: Self.columns + (includePersonal ? ["name", "phone", "id_number"] : []))
            rows.forEach { csv.append($0) }
            Output.write(csv.render())
        case .json:
            Output.write(JSONText.array(records.map { r in
                JSONText.object([
                    ("id", JSONText.string(r.id)), ("type", JSONText.string(r.type)), ("workflow", JSONText.string(r.workflowID)),
                    ("occurrence", r.occurrenceID.map(JSONText.string) ?? "null"), ("site", JSONText.string(r.siteID)),
                    ("street", r.streetID.map(JSONText.string) ?? "null"), ("date", JSONText.string(r.date.description)),
                    ("staff", JSONText.array(r.staff.map(JSONText.string))), ("case", JSONText.string(r.caseID)),
                    ("outcome", JSONText.string(r.outcome)), ("subsidy_yuan", r.subsidyYuan.map(String.init) ?? "null"),
                    ("subsidy_tier", r.subsidyTier.map(JSONText.string) ?? "null"),
                    ("name", includePersonal ? (personal[r.caseID]?.name.map(JSONText.string) ?? "null") : nil),
                    ("phone", includePersonal ? (personal[r.caseID]?.phone.map(JSONText.string) ?? "null") : nil),
                    ("id_number", includePersonal ? (personal[r.caseID]?.idNumber.map(JSONText.string) ?? "null") : nil),
                ])
            }) + "\n")
        case .table:
            let names = Dictionary(set.district.communities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let people = Dictionary(set.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var table = TextTable(header: ["DATE", "TYPE", "WORKFLOW", "SITE", "STAFF", "OUTCOME", "SUBSIDY", "CASE"]
                                  + (includePersonal ? ["NAME", "PHONE", "ID NUMBER"] : []))
            for r in records {
                table.append([r.date.description, r.type, set.workflow(r.workflowID)?.name ?? r.workflowID, names[r.siteID] ?? r.siteID,
                              r.staff.map { people[$0] ?? $0 }.joined(separator: "、"), r.outcome, r.subsidyYuan.map { "\($0) 元" } ?? "", r.caseID]
                              + (includePersonal ? [personal[r.caseID]?.name ?? "", personal[r.caseID]?.phone ?? "", personal[r.caseID]?.idNumber ?? ""] : []))
            }
            Output.write(table.render() + "\n\(records.count) record\(records.count == 1 ? "" : "s")\n")
        }
    }
}

/// `sizhen explain CASE_ID`: a case's whole story, in order.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a case's whole story in order: opening, rules and tables matched, records, timers, escalations, panels."
    )

    @Argument(help: ArgumentHelp("The case id, e.g. jiezhen/haitangxi-yanyu/2026-12-09/1#1.", valueName: "CASE_ID"))
    var caseID: String

    @Option(help: ArgumentHelp("The database.", valueName: "FILE"))
    var db: String = "sizhen.db"

    func run() throws {
        let store = try Workspace.openExisting(db, for: nil)
        do {
            guard let found = try store.engineCase(caseID) else {
                let near = try store.caseIDs(like: String(caseID.prefix { $0 != "#" && $0 != ">" }))
                let suggestion = Suggestions.closest(to: caseID, in: near).map { "; did you mean '\($0)'?" } ?? ""
                Output.report(Diagnostics([.error("no case '\(caseID)' in \(db)" + suggestion,
                                                  hint: "case ids are <occurrence>#<visitor>, e.g. jiezhen/haitangxi-yanyu/2026-12-09/1#1; `sizhen records` lists them")]),
                              sources: SourceFiles())
                throw ExitCode(1)
            }
            var out = "case \(found.id) · \(found.workflowID) · opened \(found.openedOn) · \(found.status.rawValue)"
            if let closed = found.closedOn { out += " \(closed)" }
            out += "\n"
            for stored in try store.story(of: caseID) {
                let who = stored.event.caseID == caseID ? "" : "  [\(stored.event.caseID ?? "")]"
                out += "\(stored.event.date)  \(stored.kindName.padding(toLength: 17, withPad: " ", startingAt: 0)) \(stored.event.message)\(who)\n"
            }
            Output.write(out)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Workspace.fail(error)
        }
    }
}
