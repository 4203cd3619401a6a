import SizhenDiagnostics

/// The words of the month's report in text and HTML, in English and Chinese: its title,
/// section titles, headings, column headers and the lines between the tables. The sentences
/// that carry data from elsewhere (a gap's reason, a deadline's note) are `ReportMessage`.
public enum MonthReportMessage: String, MessageCatalogue {
    case title = "month-report.title"
    case simulated = "month-report.simulated"
    case statistics = "month-report.statistics"
    case coverage = "month-report.coverage"
    case ledger = "month-report.ledger"
    case screening = "month-report.screening"
    case deadlines = "month-report.deadlines"
    case workload = "month-report.workload"
    case byDistrict = "month-report.by-district"
    case byStreet = "month-report.by-street"
    case bySite = "month-report.by-site"
    case byPerson = "month-report.by-person"
    case byType = "month-report.by-type"
    case district = "month-report.district"
    case street = "month-report.street"
    case site = "month-report.site"
    case person = "month-report.person"
    case personID = "month-report.person-id"
    case name = "month-report.name"
    case total = "month-report.total"
    case totalRow = "month-report.total-row"
    case coverageLine = "month-report.coverage-line"
    case date = "month-report.date"
    case why = "month-report.why"
    case detail = "month-report.detail"
    case workflow = "month-report.workflow"
    case sites = "month-report.sites"
    case covered = "month-report.covered"
    case notCovered = "month-report.not-covered"
    case due = "month-report.due"
    case held = "month-report.held"
    case gapsAndWhy = "month-report.gaps-and-why"
    case everySiteHeld = "month-report.every-site-held"
    case rolesPaid = "month-report.roles-paid"
    case everyonePaid = "month-report.everyone-paid"
    case organisation = "month-report.organisation"
    case cases = "month-report.cases"
    case yuan = "month-report.yuan"
    case subsidised = "month-report.subsidised"
    case adjustments = "month-report.adjustments"
    case month = "month-report.month"
    case change = "month-report.change"
    case type = "month-report.type"
    case caseNumber = "month-report.case"
    case paidTo = "month-report.paid-to"
    case notConfigured = "month-report.not-configured"
    case scope = "month-report.scope"
    case everyCase = "month-report.every-case"
    case risk = "month-report.risk"
    case withRule = "month-report.with-rule"
    case category = "month-report.category"
    case focus = "month-report.focus"
    case resolved = "month-report.resolved"
    case unresolved = "month-report.unresolved"
    case open = "month-report.open"
    case escalated = "month-report.escalated"
    case riskColumn = "month-report.risk-column"
    case notResolved = "month-report.not-resolved"
    case atRisk = "month-report.at-risk"
    case none = "month-report.none"
    case opened = "month-report.opened"
    case status = "month-report.status"
    case escalatedTo = "month-report.escalated-to"
    case ruleErrors = "month-report.rule-errors"
    case disputesByCategory = "month-report.disputes-by-category"
    case escalatedTotal = "month-report.escalated-total"
    case escalatedBy = "month-report.escalated-by"
    case byEscalation = "month-report.by-escalation"
    case from = "month-report.from"
    case escalation = "month-report.escalation"
    case description = "month-report.description"
    case count = "month-report.count"
    case rule = "month-report.rule"
    case stillOpen = "month-report.still-open"
    case escalatedCases = "month-report.escalated-cases"
    case to = "month-report.to"
    case deadline = "month-report.deadline"
    case missed = "month-report.missed"
    case openWithDeadline = "month-report.open-with-deadline"
    case note = "month-report.note"
    case spread = "month-report.spread"
    case role = "month-report.role"
    case people = "month-report.people"
    case min = "month-report.min"
    case mean = "month-report.mean"
    case max = "month-report.max"
    case range = "month-report.range"
    case standardDeviation = "month-report.std-dev"
    case everyRole = "month-report.every-role"
    case perPerson = "month-report.per-person"
    case visits = "month-report.visits"
    case panels = "month-report.panels"
    case subtitle = "month-report.subtitle"
    case simulatedTag = "month-report.simulated-tag"
    case tileRecords = "month-report.tile-records"
    case tileSubsidies = "month-report.tile-subsidies"
    case tileEscalations = "month-report.tile-escalations"
    case tileDeadlines = "month-report.tile-deadlines"
    case calendar = "month-report.calendar"
    case weekdays = "month-report.weekdays"
    case recordsByStreet = "month-report.records-by-street"
    case recordsByType = "month-report.records-by-type"
    case gapHoliday = "month-report.gap-holiday"
    case gapUnfilled = "month-report.gap-unfilled"
    case gapAbsence = "month-report.gap-absence"
    case gapNotHeld = "month-report.gap-not-held"
    case gapNotReported = "month-report.gap-not-reported"
    case gapAwaited = "month-report.gap-awaited"
    case statusResolved = "month-report.status-resolved"
    case statusUnresolved = "month-report.status-unresolved"
    case statusOpen = "month-report.status-open"
    case statusReferred = "month-report.status-referred"
    case added = "month-report.added"
    case removed = "month-report.removed"
    case changed = "month-report.changed"
    case streetTitle = "month-report.street-title"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .title: ("{district} · {month} · monthly report", "{district} · {month} 月报")
        case .streetTitle: ("{district} · {street} (司法所) · {month} · monthly report", "{district} · {street}司法所 · {month} 月报")
        case .simulated: ("from a simulation's database", "数据来自模拟")
        case .statistics: ("Statistics", "统计")
        case .coverage: ("Coverage", "覆盖情况")
        case .ledger: ("Subsidies ledger", "调解案件补贴台账")
        case .screening: ("Dispute screening", "矛盾纠纷排查")
        case .deadlines: ("Escalations and deadlines", "提请与期限")
        case .workload: ("Workload", "工作量")
        case .byDistrict: ("By district", "按区")
        case .byStreet: ("By street", "按街镇")
        case .bySite: ("By clinic (every site with a record)", "按诊室（有记录的每个地点）")
        case .byPerson: ("By person", "按人员")
        case .byType: ("By record type", "按记录类型")
        case .district: ("DISTRICT", "区")
        case .street: ("STREET", "街镇")
        case .site: ("SITE", "地点")
        case .person: ("PERSON", "人员")
        case .personID: ("PERSON", "编号")
        case .name: ("NAME", "姓名")
        case .total: ("TOTAL", "合计")
        case .totalRow: ("total", "合计")
        case .coverageLine: ("{workflow}: {covered} of {sites} sites held every occurrence ({held} of {due} held)",
                             "{workflow}：{sites} 个地点中 {covered} 个每场都已举行（应举行 {due} 场，已举行 {held} 场）")
        case .date: ("DATE", "日期")
        case .why: ("WHY", "原因")
        case .detail: ("DETAIL", "说明")
        case .workflow: ("WORKFLOW", "流程")
        case .sites: ("SITES", "地点数")
        case .covered: ("COVERED", "全部举行")
        case .notCovered: ("NOT COVERED", "未全部举行")
        case .due: ("DUE", "应举行")
        case .held: ("HELD", "已举行")
        case .gapsAndWhy: ("Gaps and why", "未举行及原因")
        case .everySiteHeld: ("none: every site held every occurrence", "无：每个地点每场都已举行")
        case .rolesPaid: ("roles paid: {roles}", "领取补贴的角色：{roles}")
        case .everyonePaid: ("everyone on a subsidised record", "有补贴记录的所有人员")
        case .organisation: ("ORGANISATION", "单位")
        case .cases: ("CASES", "件数")
        case .yuan: ("YUAN", "金额（元）")
        case .subsidised: ("subsidised records: {records}, {yuan} 元; not payable (nobody of a paid role on them): {unpaid}, {unpaidYuan} 元",
                           "有补贴的记录 {records} 条，{yuan} 元；不予发放（无领取补贴角色的人员参与）{unpaid} 条，{unpaidYuan} 元")
        case .adjustments: ("Adjustments to closed months: {count}, {yuan} yuan", "已结账月份的调整：{count} 条，{yuan} 元")
        case .month: ("MONTH", "月份")
        case .change: ("CHANGE", "变动")
        case .type: ("TYPE", "类型")
        case .caseNumber: ("CASE", "案件编号")
        case .paidTo: ("PAID TO", "付给")
        case .notConfigured: ("not configured: add `reports: screening:` to the district file (see docs/reports.md)",
                              "未配置：请在区设置文件中加入 `reports: screening:`（见 docs/reports.md）")
        case .scope: ("cases: {cases} · by case.{field} · focus {focus}", "排查范围：{cases} · 按 case.{field} 分类 · 重点：{focus}")
        case .everyCase: ("every case", "全部案件")
        case .risk: ("民转刑 risk: {risk}", "民转刑风险：{risk}")
        case .withRule: ("{description} (rule: {rule})", "{description}（规则：{rule}）")
        case .category: ("CATEGORY", "类别")
        case .focus: ("FOCUS", "重点")
        case .resolved: ("RESOLVED", "已化解")
        case .unresolved: ("UNRESOLVED", "未化解")
        case .open: ("OPEN", "办理中")
        case .escalated: ("ESCALATED", "已移交")
        case .riskColumn: ("RISK", "民转刑风险")
        case .notResolved: ("Not resolved ({count})", "未化解（{count}）")
        case .atRisk: ("民转刑 risk ({count})", "民转刑风险（{count}）")
        case .none: ("none", "无")
        case .opened: ("OPENED", "受理日期")
        case .status: ("STATUS", "状态")
        case .escalatedTo: ("ESCALATED TO", "移交至")
        case .ruleErrors: ("{count} rule {count|evaluation|evaluations} failed (a case field without a value); counted as false",
                           "{count} 次规则求值失败（案件字段无值），按不成立计")
        case .disputesByCategory: ("disputes by category", "各类别矛盾纠纷")
        case .escalatedTotal: ("escalated: {count}", "提请：{count}")
        case .escalatedBy: ("escalated: {count} ({list})", "提请：{count}（{list}）")
        case .byEscalation: ("By escalation", "按提请规则")
        case .from: ("FROM", "来自")
        case .escalation: ("ESCALATION", "提请规则")
        case .description: ("DESCRIPTION", "说明")
        case .count: ("COUNT", "次数")
        case .rule: ("RULE", "规则")
        case .stillOpen: (", open {count}", "，未结 {count}")
        case .escalatedCases: ("Escalated cases", "提请的案件")
        case .to: ("TO", "提请至")
        case .deadline: ("DEADLINE", "期限")
        case .missed: ("Missed", "逾期")
        case .openWithDeadline: ("Open with a deadline", "有期限的未结案件")
        case .note: ("NOTE", "备注")
        case .spread: ("Fairness spread (sittings, visits and panels per person)", "公平性（每人的坐诊、上门和会诊次数）")
        case .role: ("ROLE", "角色")
        case .people: ("PEOPLE", "人数")
        case .min: ("MIN", "最少")
        case .mean: ("MEAN", "平均")
        case .max: ("MAX", "最多")
        case .range: ("RANGE", "极差")
        case .standardDeviation: ("STD DEV", "标准差")
        case .everyRole: ("all", "全部")
        case .perPerson: ("Per person ({busy} with work; {idle} without)", "人员（{busy} 人有工作，{idle} 人没有）")
        case .visits: ("VISITS", "上门")
        case .panels: ("PANELS", "会诊")
        case .subtitle: ("四诊 monthly report", "四诊月报")
        case .simulatedTag: (" · simulated", " · 模拟数据")
        case .tileRecords: ("records", "服务记录")
        case .tileSubsidies: ("mediation subsidies (元)", "调解补贴（元）")
        case .tileEscalations: ("escalations", "提请")
        case .tileDeadlines: ("deadlines met / missed", "按期 / 逾期")
        case .calendar: ("{month} · occurrences per day", "{month} 日历 · 每日场次")
        case .weekdays: ("Mon Tue Wed Thu Fri Sat Sun", "一 二 三 四 五 六 日")
        case .recordsByStreet: ("records by street", "各街镇服务记录")
        case .recordsByType: ("records by type", "各类别服务记录")
        case .gapHoliday: ("holiday", "节假日")
        case .gapUnfilled: ("unfilled", "缺岗")
        case .gapAbsence: ("absence", "缺席")
        case .gapNotHeld: ("not_held", "未举行")
        case .gapNotReported: ("not_reported", "未报")
        case .gapAwaited: ("awaited", "等待登记")
        case .statusResolved: ("resolved", "已化解")
        case .statusUnresolved: ("unresolved", "未化解")
        case .statusOpen: ("open", "办理中")
        case .statusReferred: ("referred", "已转介")
        case .added: ("added", "新增")
        case .removed: ("removed", "删除")
        case .changed: ("changed", "变更")
        }
    }
}
