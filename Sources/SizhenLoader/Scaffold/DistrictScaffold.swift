/// Writes a synthetic district of any size as workflow files that validate: streets of ten
/// communities, clinics, lawyers, legal workers and community workers in the proportions of
/// the shipped district (31 clinics and 50 paired lawyers per 138 communities), the four
/// workflows, a case schema, a scenario and a calendar. Deterministic: the same size gives
/// the same files. Used by benchmarks and by `sizhen scaffold`.
public struct DistrictScaffold: Sendable {
    /// How many communities.
    public var communities: Int
    /// How many communities per street file.
    public var communitiesPerFile: Int
    /// The calendar file's text (the shipped `cn.yaml`), copied as is.
    public var calendarText: String

    /// Creates a scaffold.
    public init(communities: Int, communitiesPerFile: Int = 10_000, calendarText: String) {
        self.communities = max(1, communities)
        self.communitiesPerFile = max(10, communitiesPerFile)
        self.calendarText = calendarText
    }

    static let communitiesPerStreet = 10

    /// The files as (path relative to the folder, text), in a fixed order.
    public func files() -> [(path: String, text: String)] {
        var files: [(String, String)] = [("district/district.yaml", settings()), ("calendars/cn.yaml", calendarText),
                                         ("schemas/case.yaml", Self.caseSchema), ("scenarios/default.yaml", Self.scenario)]
        files += Self.workflows
        let streets = (communities + Self.communitiesPerStreet - 1) / Self.communitiesPerStreet
        let streetsPerFile = max(1, communitiesPerFile / Self.communitiesPerStreet)
        var fileIndex = 0
        var street = 0
        while street < streets {
            let last = min(streets, street + streetsPerFile)
            files.append((pad("district/streets-", fileIndex) + ".yaml", streetFile(streets: street..<last)))
            files.append((pad("staff/staff-", fileIndex) + ".yaml", staffFile(streets: street..<last)))
            street = last
            fileIndex += 1
        }
        return files
    }

    private func pad(_ prefix: String, _ index: Int) -> String {
        let digits = String(index)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    private func settings() -> String {
        """
        version: 1
        kind: district
        id: scaffold
        name: 模拟区（\(communities)个社区）
        time_zone: Asia/Shanghai
        calendar: cn
        roles:
          - { id: lawyer, name: 律师 }
          - { id: legal_worker, name: 基层法律服务工作者 }
          - { id: community_worker, name: 社区工作人员 }
          - { id: professor, name: 高校教授 }
          - { id: official, name: 政法干警 }
        record_types:
          - { id: 法律咨询 }
          - { id: 人民调解 }
          - { id: 化解矛盾纠纷 }
          - { id: 入户走访 }
          - { id: 送法到家 }
          - { id: 会诊意见 }
          - { id: 法治宣传 }

        """
    }

    /// Community `index` (0-based) is a clinic when it is one of the 31 in each 138.
    static func isClinic(_ index: Int) -> Bool { (index * 31) % 138 < 31 }
    /// Community `index` has a paired lawyer when it is a clinic, and about 19 in 107 of the
    /// others are too: some 50 lawyers per 138 communities.
    static func hasLawyer(_ index: Int) -> Bool { isClinic(index) || (index * 19) % 107 < 19 }

    private func streetFile(streets: Range<Int>) -> String {
        var text = "version: 1\nkind: district\nid: scaffold\nstreets:\n"
        for street in streets {
            text += "  - id: s\(street)\n    name: 第\(street + 1)街道\n    communities:\n"
            for local in 0..<Self.communitiesPerStreet {
                let index = street * Self.communitiesPerStreet + local
                guard index < communities else { break }
                let tags = Self.isClinic(index) ? "[community, clinic]" : "[community]"
                text += "      - { id: c\(index), name: 第\(index + 1)社区, households: \(800 + (index * 37) % 4000), tags: \(tags) }\n"
            }
        }
        return text
    }

    private func staffFile(streets: Range<Int>) -> String {
        var text = "version: 1\nkind: staff\npeople:\n"
        for street in streets {
            text += "  - { id: lw\(street)a, name: 法律工作者\(street)甲, roles: [legal_worker], street: s\(street) }\n"
            text += "  - { id: lw\(street)b, name: 法律工作者\(street)乙, roles: [legal_worker], street: s\(street) }\n"
            for local in 0..<Self.communitiesPerStreet {
                let index = street * Self.communitiesPerStreet + local
                guard index < communities else { break }
                // Rounds end at 17:30, past the default 09:00-17:00 availability.
                text += "  - { id: cw\(index), name: 社工\(index), roles: [community_worker], street: s\(street), paired: [c\(index)], "
                    + "availability: [{ days: [MO, TU, WE, TH, FR], time: \"08:30-17:30\" }] }\n"
                if Self.hasLawyer(index) {
                    text += "  - { id: l\(index), name: 律师\(index), roles: [lawyer], street: s\(street), paired: [c\(index)], limits: { per_month: 6 } }\n"
                }
            }
            if street % 40 == 0 {
                text += "  - { id: p\(street), name: 教授\(street), roles: [professor] }\n"
                text += "  - { id: o\(street), name: 干警\(street), roles: [official] }\n"
            }
        }
        return text
    }

    static let caseSchema = """
        version: 1
        kind: case-schema
        id: case
        fields:
          kind: { type: enum, values: [consultation, dispute, need] }
          category: { type: enum, values: [婚恋, 家庭, 邻里, 物业, 劳动, 其他] }
          parties: { type: int, min: 1 }
          major: { type: bool }
          complexity: { type: enum, values: [simple, general, complex] }
          resolved: { type: bool }
          resident:
            type: object
            fields:
              housebound: { type: bool }

        """

    static let scenario = """
        version: 1
        kind: scenario
        id: default
        seed: 20261201
        visitors_per_sitting: { base: 2.0, per_1000_households: 0.5 }
        case_kinds: { consultation: 0.75, dispute: 0.25 }
        categories: { 婚恋: 0.15, 家庭: 0.2, 邻里: 0.25, 物业: 0.15, 劳动: 0.1, 其他: 0.15 }
        complexity: { simple: 0.6, general: 0.3, complex: 0.1 }
        parties: { mean: 2.2 }
        major_share: 0.03
        mediation_success: { simple: 0.9, general: 0.75, complex: 0.5 }
        needs_per_household_visit: 0.05
        housebound_share: 0.3
        households_visited_per_round: 40
        event_attendance: { mean: 80 }
        sick_days_per_person_month: 0.2

        """

    static let workflows: [(String, String)] = [
        ("workflows/jiezhen.yaml", """
            version: 1
            kind: workflow
            id: jiezhen
            name: 接诊
            sites: { tags: [clinic] }
            schedule: { rrule: "FREQ=MONTHLY;BYDAY=2WE,4WE", time: "09:00-12:00", on_holiday: next_workday }
            slots:
              sitter: { roles: [lawyer, legal_worker], prefer: [paired, same_street, least_loaded] }
            steps:
              - { id: consult, for_each: visitor, record: 法律咨询 }
              - { id: mediate, when: 'case.kind == "dispute"', record: 人民调解 }
              - { id: resolved, when: 'case.kind == "dispute" && case.resolved', record: 化解矛盾纠纷 }
            escalations:
              - { id: major, when: 'case.major || case.parties >= 5', start: huizhen, within: 5 workdays }

            """),
        ("workflows/xunzhen.yaml", """
            version: 1
            kind: workflow
            id: xunzhen
            name: 巡诊
            sites: { tags: [community] }
            schedule: { rrule: "FREQ=MONTHLY;BYDAY=1TU", time: "14:00-17:30", on_holiday: next_workday }
            slots:
              visitor: { roles: [community_worker], prefer: [paired, least_loaded] }
              lawyer: { roles: [lawyer, legal_worker], prefer: [paired, same_street, least_loaded], on_demand: true }
            steps:
              - { id: visit, for_each: need, record: 入户走访, assign: [visitor] }
              - { id: home, when: 'case.resident.housebound', record: 送法到家, within: 3 workdays, assign: [lawyer] }

            """),
        ("workflows/huizhen.yaml", """
            version: 1
            kind: workflow
            id: huizhen
            name: 会诊
            within: 5 workdays
            panel:
              quorum: [{ role: professor }, { role: lawyer }, { role: official }]
            steps:
              - { id: opinion, for_each: escalation, record: 会诊意见 }

            """),
        ("workflows/zhuzhen.yaml", """
            version: 1
            kind: workflow
            id: zhuzhen
            name: 助诊
            sites: { tags: [clinic] }
            schedule:
              - { name: 国家宪法日, rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=4", time: "09:00-11:30" }
            slots:
              helper: { roles: [lawyer, legal_worker] }
            steps:
              - { id: publicity, for_each: event, record: 法治宣传 }

            """),
    ]
}
