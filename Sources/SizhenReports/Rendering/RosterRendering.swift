import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// The roster (排班表) of a month, to put on the wall or send to a 司法所: for each street, a
/// grid of its sites by the days anything is planned there, each cell with who sits, their
/// phone number and the hours, and the slots nobody fills. An HTML page that prints on A4
/// landscape (page numbers, 制表 and 审核 lines), or a CSV with a row per seat for Excel.
public struct RosterRendering: Sendable {
    /// The files, for names and phone numbers.
    public let set: WorkflowSet
    /// Only this street's sites, when given; else every street, each from a new page.
    public let street: String?
    /// The date made and the signature lines; none when nil.
    public let paperwork: Paperwork?
    /// The words.
    public let messages: MessageRenderer

    /// The most day columns one table holds: more days go on to a second table under it, so
    /// that a cell keeps room for a name and an 11-digit number on A4 landscape.
    public static let daysPerTable = 10

    /// A rendering.
    public init(set: WorkflowSet, street: String? = nil, paperwork: Paperwork? = nil, messages: MessageRenderer) {
        self.set = set
        self.street = street
        self.paperwork = paperwork
        self.messages = messages
    }

    /// One seat of the roster: an assignment, or a slot nobody fills (`person` nil).
    struct Seat {
        var occurrence: String
        var workflow: String
        var site: String
        var date: CivilDate
        var hours: String
        var slot: String
        var person: String?
    }

    /// The streets shown, in the district file's order, each with its seats by date, start,
    /// workflow, site and slot.
    func seatsByStreet(_ plan: Plan) -> [(street: Street, seats: [Seat])] {
        var hours: [String: String] = [:]
        var seats: [Seat] = []
        for item in plan.assignments {
            guard let date = CivilDate(iso: item.date) else { continue }
            let span = PlanRendering.hours(from: item.start, to: item.end)
            hours[item.occurrence] = span
            seats.append(Seat(occurrence: item.occurrence, workflow: item.workflow, site: item.site, date: date, hours: span, slot: item.slot,
                              person: item.person))
        }
        for item in plan.unfilled {
            guard let date = CivilDate(iso: item.date) else { continue }
            seats.append(Seat(occurrence: item.occurrence, workflow: item.workflow, site: item.site, date: date, hours: hours[item.occurrence] ?? "",
                              slot: item.slot, person: nil))
        }
        seats.sort { ($0.date, $0.hours, $0.workflow, $0.site, $0.slot, $0.person ?? "") < ($1.date, $1.hours, $1.workflow, $1.site, $1.slot, $1.person ?? "") }
        var byStreet: [String: [Seat]] = [:]
        for seat in seats {
            guard let id = set.streetOfSite(seat.site)?.id, street == nil || id == street else { continue }
            byStreet[id, default: []].append(seat)
        }
        return set.district.streets.compactMap { street in byStreet[street.id].map { (street, $0) } }
    }

    private func say(_ word: RosterMessage, _ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { messages.render(word(arguments)) }

    private func weekday(_ date: CivilDate) -> String {
        messages.language == .chinese ? date.weekday.chineseName : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday.rawValue]
    }

    private func phone(_ person: String) -> String { set.person(person)?.phone?.description ?? "" }

    /// The title: 南岸区 2026-12 排班表, or the street's.
    private func title(_ month: String) -> String {
        let parsed = YearMonth(iso: month)
        return say(.title, ["year": .int(parsed?.year ?? 0), "month": .message(MonthName.of(parsed?.month ?? 1)),
                            "district": .text(set.district.name), "street": .text(street.flatMap { set.street($0)?.name } ?? "")])
    }

    /// The staff of a street's 司法所 (people of the street holding a role of no workflow's
    /// seat at a site: those whose `street` is it and who sit nowhere this month), as the
    /// section's contact line: 司法所：赵建华 023-62980001、马晓燕 023-62980002.
    private func officeLine(_ street: Street, seated: Set<String>) -> String? {
        let office = set.people.filter { $0.street?.id == street.id && $0.holds("justice_officer") && !seated.contains($0.id) }
        guard !office.isEmpty else { return nil }
        let names = office.map { person in person.phone.map { "\(person.name) \($0)" } ?? person.name }
        return say(.office, ["people": .text(names.joined(separator: "、"))])
    }

    // MARK: HTML

    /// The roster as one self-contained page: inline CSS, no script, every text escaped.
    public func html(_ plan: Plan) -> String {
        let title = self.title(plan.month)
        var out = HTMLText.head(title: title, language: messages.language, css: Self.css + "\n" + Paperwork.printCSS(messages))
        out += """
            <h1>\(HTMLText.escape(title))</h1>

            """
        let streets = seatsByStreet(plan)
        if streets.isEmpty { out += "<p class=\"muted\">\(HTMLText.escape(say(.nothing)))</p>\n" }
        for (street, seats) in streets {
            out += "<section class=\"street\">\n<h2>\(HTMLText.escape(street.name))</h2>\n"
            if let line = officeLine(street, seated: Set(seats.compactMap(\.person))) { out += "<p class=\"office\">\(HTMLText.escape(line))</p>\n" }
            let sites = street.communities.filter { community in seats.contains { $0.site == community.id } }
            let days = Array(Set(seats.map(\.date))).sorted()
            var first = 0
            while first < days.count {
                let chunk = Array(days[first..<min(first + Self.daysPerTable, days.count)])
                first += Self.daysPerTable
                out += gridHTML(sites: sites, days: chunk, seats: seats)
            }
            out += "</section>\n"
        }
        out += "<p class=\"muted\">\(HTMLText.escape(say(.legend)))</p>\n"
        if let paperwork { out += paperwork.html(messages) }
        return out + "</body>\n</html>\n"
    }

    private func gridHTML(sites: [Community], days: [CivilDate], seats: [Seat]) -> String {
        var out = "<table class=\"grid\">\n<thead><tr><th class=\"site\">\(HTMLText.escape(say(.site)))</th>"
        for day in days {
            let provisional = set.calendar.isProvisional(day)
            out += "<th\(provisional ? " class=\"provisional\"" : "")>\(HTMLText.escape(String(day.description.dropFirst(5))))"
            out += "<br><span class=\"wd\">\(HTMLText.escape(weekday(day)))\(provisional ? HTMLText.escape(say(.provisional)) : "")</span></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for site in sites {
            out += "<tr><th class=\"site\">\(HTMLText.escape(site.name))</th>"
            for day in days {
                let here = seats.filter { $0.site == site.id && $0.date == day }
                out += "<td>"
                var occurrence: String?
                for seat in here {
                    if seat.occurrence != occurrence {
                        if occurrence != nil { out += "</div>" }
                        occurrence = seat.occurrence
                        out += "<div class=\"occ\"><span class=\"wf\">\(HTMLText.escape(set.workflowName(seat.workflow)))</span> "
                        out += "<span class=\"hours\">\(HTMLText.escape(seat.hours))</span>"
                    }
                    if let person = seat.person {
                        out += "<span class=\"who\">\(HTMLText.escape(set.personName(person)))"
                        let number = phone(person)
                        if !number.isEmpty { out += " <span class=\"tel\">\(HTMLText.escape(number))</span>" }
                        out += "</span>"
                    } else {
                        out += "<span class=\"who gap\">\(HTMLText.escape(say(.unfilled, ["slot": .message(set.slotWord(seat.slot, of: seat.workflow))])))</span>"
                    }
                }
                if occurrence != nil { out += "</div>" }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static let css = """
        @page { size: A4 landscape; margin: 10mm 10mm 14mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
               color: #1d2430; background: #fff; margin: 0 auto; max-width: 1400px; padding: 16px; font-size: 12px; line-height: 1.35; }
        h1 { font-size: 20px; margin: 0 0 8px; } h2 { font-size: 16px; border-bottom: 2px solid #b3261e; padding-bottom: 2px; margin: 14px 0 4px; }
        .office { margin: 2px 0 6px; color: #3a4350; } .muted { color: #5a6472; }
        table.grid { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4px 0 10px; }
        table.grid th, table.grid td { border: 1px solid #9aa3ae; padding: 2px 3px; vertical-align: top; overflow-wrap: anywhere; }
        table.grid thead th { background: #f1f3f6; text-align: center; font-weight: 600; }
        table.grid th.site { width: 8.5em; text-align: left; background: #f7f8fa; }
        th.provisional { background: #fff4d6; } .wd { font-weight: 400; color: #5a6472; }
        .occ { margin-bottom: 3px; } .occ + .occ { border-top: 1px dotted #c3c9d1; padding-top: 2px; }
        .wf { font-weight: 600; } .hours { color: #5a6472; font-size: 11px; }
        .who { display: block; } .tel { font-variant-numeric: tabular-nums; white-space: nowrap; font-size: 11px; }
        .gap { color: #b3261e; font-weight: 600; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10px; }
          section.street + section.street { break-before: page; page-break-before: always; }
          tr { break-inside: avoid; page-break-inside: avoid; } thead { display: table-header-group; }
          h2 { break-after: avoid; page-break-after: avoid; }
        }
        """

    // MARK: CSV

    /// The roster as CSV for Excel: a row per seat (a slot nobody fills has no name), by date.
    public func csv(_ plan: Plan) -> String {
        let header: [RosterMessage] = [.csvDate, .csvWeekday, .csvProvisional, .csvStreet, .site, .csvWorkflow, .csvHours, .csvSlot, .csvName, .csvPhone,
                                       .csvOrganisation]
        var csv = CSVWriter(header: header.map { say($0) })
        var rows: [(Seat, String)] = []
        for (street, seats) in seatsByStreet(plan) { rows += seats.map { ($0, street.name) } }
        rows.sort { ($0.0.date, $0.0.hours, $0.0.site, $0.0.slot) < ($1.0.date, $1.0.hours, $1.0.site, $1.0.slot) }
        for (seat, streetName) in rows {
            let person = seat.person.flatMap(set.person)
            csv.append([seat.date.description, weekday(seat.date), set.calendar.isProvisional(seat.date) ? say(.yes) : "", streetName,
                        set.siteName(seat.site), set.workflowName(seat.workflow), seat.hours, messages.render(set.slotWord(seat.slot, of: seat.workflow)),
                        person?.name ?? say(.unfilledName), person?.phone?.description ?? "", person?.organisation ?? ""])
        }
        return csv.render()
    }
}

/// The words of the roster, in English and Chinese.
public enum RosterMessage: String, MessageCatalogue {
    case title = "roster.title"
    case site = "roster.site"
    case provisional = "roster.provisional"
    case unfilled = "roster.unfilled"
    case unfilledName = "roster.unfilled-name"
    case office = "roster.office"
    case nothing = "roster.nothing"
    case legend = "roster.legend"
    case yes = "roster.yes"
    case csvDate = "roster.csv.date"
    case csvWeekday = "roster.csv.weekday"
    case csvProvisional = "roster.csv.provisional"
    case csvStreet = "roster.csv.street"
    case csvWorkflow = "roster.csv.workflow"
    case csvHours = "roster.csv.hours"
    case csvSlot = "roster.csv.slot"
    case csvName = "roster.csv.name"
    case csvPhone = "roster.csv.phone"
    case csvOrganisation = "roster.csv.organisation"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .title: ("{district}{?street: {street}} · roster · {month} {year}", "{district}{?street:{street}} {year}年{month}月排班表")
        case .site: ("Site", "地点")
        case .provisional: (" (provisional)", "（暂定）")
        case .unfilled: ("{slot}: nobody", "{slot}空缺")
        case .unfilledName: ("(nobody)", "（空缺）")
        case .office: ("Justice office (司法所): {people}", "司法所：{people}")
        case .nothing: ("Nothing is planned this month.", "本月没有排班。")
        case .legend: ("Each cell: the workflow and its hours, then who sits and their phone number. Days marked provisional are from a drafted calendar year, before the holiday notice.",
                       "每格写明流程与时间、坐诊人员及其电话。标“暂定”的日期所在年份的日历为草拟，尚待放假通知确认。")
        case .yes: ("yes", "是")
        case .csvDate: ("date", "日期")
        case .csvWeekday: ("weekday", "星期")
        case .csvProvisional: ("provisional", "暂定")
        case .csvStreet: ("street", "街镇")
        case .csvWorkflow: ("workflow", "流程")
        case .csvHours: ("hours", "时间")
        case .csvSlot: ("slot", "岗位")
        case .csvName: ("name", "姓名")
        case .csvPhone: ("phone", "电话")
        case .csvOrganisation: ("organisation", "单位")
        }
    }
}
