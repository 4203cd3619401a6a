/// The words of the diagnostics renderer itself, and the code that keeps prose written before
/// messages had codes.
public enum DiagnosticsMessage: String, MessageCatalogue {
    case legacyText = "legacy.text"
    case error = "diagnostic.error"
    case warning = "diagnostic.warning"
    case note = "diagnostic.note"
    case hint = "diagnostic.hint"
    case moreNotShown = "diagnostic.more-not-shown"
    case errorCount = "diagnostic.error-count"
    case warningCount = "diagnostic.warning-count"
    case didYouMean = "diagnostic.did-you-mean"
    case clipped = "diagnostic.clipped"
    case moreItems = "diagnostic.more-items"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .legacyText: ("{text}", "{text}")
        case .error: ("error", "错误")
        case .warning: ("warning", "警告")
        case .note: ("note", "说明")
        case .hint: ("hint", "提示")
        case .moreNotShown: ("… and {count} more not shown", "……另有 {count} 条未显示")
        case .errorCount: ("{count} {count|error|errors}", "{count} 个错误")
        case .warningCount: ("{count} {count|warning|warnings}", "{count} 个警告")
        case .didYouMean: ("did you mean '{name}'?", "是不是“{name}”？")
        case .clipped: ("{text}…({count} characters)", "{text}…（共 {count} 个字符）")
        case .moreItems: ("… {count} more", "……另有 {count} 项")
        }
    }
}
