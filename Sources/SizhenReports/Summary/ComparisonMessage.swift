import SizhenDiagnostics

/// The words of `simulate --compare`'s table, in English and Chinese: its title, the names of
/// its rows and its difference column.
public enum ComparisonMessage: String, MessageCatalogue {
    case title = "comparison.title"
    case held = "comparison.held"
    case recordsTotal = "comparison.records-total"
    case escalations = "comparison.escalations"
    case deadlinesMissed = "comparison.deadlines-missed"
    case subsidies = "comparison.subsidies"
    case loadMin = "comparison.load-min"
    case loadMean = "comparison.load-mean"
    case loadMax = "comparison.load-max"
    case unfilled = "comparison.unfilled"
    case difference = "comparison.difference"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .title: ("Simulated {month} · seed {seed} · {base} vs {other}", "模拟 {month} · 随机种子 {seed} · {base} 对比 {other}")
        case .held: ("{workflow} held", "{workflow}举行场次")
        case .recordsTotal: ("records total", "服务记录合计")
        case .escalations: ("escalations", "提请")
        case .deadlinesMissed: ("deadlines missed", "逾期")
        case .subsidies: ("subsidies (yuan)", "补贴（元）")
        case .loadMin: ("load min", "工作量最少")
        case .loadMean: ("load mean", "工作量平均")
        case .loadMax: ("load max", "工作量最多")
        case .unfilled: ("unfilled slots", "缺岗")
        case .difference: ("DIFFERENCE", "差异")
        }
    }
}
