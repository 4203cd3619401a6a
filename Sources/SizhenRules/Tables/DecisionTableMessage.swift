import SizhenDiagnostics

/// The words of a decision table's diagnostics and runtime errors: its entries, columns, hit
/// policy, overlapping and uncovered rows, in English and Chinese. `RuleMessages` builds the
/// messages with their arguments.
///
/// Arguments: `row`, `first` and `second` a row's `id` as written or a nested `rowNumber`;
/// `id` and `output` a column's id; `found`, `expected` and `count` numbers; `policy` and
/// `aggregation` as written in the file; `type` a type name; `example` the inputs of a
/// combination no row matches (`kind = "婚恋"`), `others` how many more there are.
public enum DecisionTableMessage: String, MessageCatalogue {
    case emptyEntry = "table.empty-entry"
    case entryHint = "table.entry-hint"
    case notOfAnything = "table.not-of-anything"
    case badInterval = "table.bad-interval"
    case intervalHint = "table.interval-hint"
    case noInputs = "table.no-inputs"
    case noOutputs = "table.no-outputs"
    case duplicateInput = "table.duplicate-input"
    case duplicateOutput = "table.duplicate-output"
    case firstDeclaredHere = "table.first-declared-here"
    case inputEntryCount = "table.input-entry-count"
    case outputEntryCount = "table.output-entry-count"
    case aggregationWithoutCollect = "table.aggregation-without-collect"
    case aggregationOutputs = "table.aggregation-outputs"
    case aggregationType = "table.aggregation-type"
    case priorityNeedsValues = "table.priority-needs-values"
    case priorityHint = "table.priority-hint"
    case rowsOverlap = "table.rows-overlap"
    case overlapHint = "table.overlap-hint"
    case rowIsHere = "table.row-is-here"
    case uncovered = "table.uncovered"
    case uncoveredHint = "table.uncovered-hint"
    case uniqueViolated = "table.unique-violated"
    case anyViolated = "table.any-violated"
    case rowNumber = "table.row-number"
    case outputColumn = "table.output-column"

    /// The English and Chinese templates.
    public var templates: (english: String, chinese: String) {
        switch self {
        case .emptyEntry: ("the entry is empty", "条目为空")
        case .entryHint:
            ("write `-` for any value, a value such as \"婚恋\" or 5, a comparison such as >= 5, an interval such as [1..10], several separated by commas, or not(…)",
             "任意值写 `-`；也可以写一个值（如 \"婚恋\" 或 5）、一个比较（如 >= 5）、一个区间（如 [1..10]），多项用逗号分隔，或写 not(…)")
        case .notOfAnything: ("not(-) matches nothing", "not(-) 不匹配任何值")
        case .badInterval: ("an interval ends with ] or ) (or [ for an open end)", "区间以 ] 或 ) 结尾（开端点也可写 [）")
        case .intervalHint:
            ("e.g. [1..10] includes both ends, (1..10) excludes both, [1..10) excludes 10",
             "例如 [1..10] 包含两端，(1..10) 不含两端，[1..10) 不含 10")
        case .noInputs: ("the table has no inputs", "决策表没有输入列")
        case .noOutputs: ("the table has no outputs", "决策表没有输出列")
        case .duplicateInput: ("the input '{id}' is declared twice", "输入列“{id}”声明了两次")
        case .duplicateOutput: ("the output '{id}' is declared twice", "输出列“{id}”声明了两次")
        case .firstDeclaredHere: ("first declared here", "首次声明在此处")
        case .inputEntryCount:
            ("{row} has {found} input {found|entry|entries}, but the table has {expected} {expected|input|inputs}",
             "{row}有 {found} 个输入条目，但决策表有 {expected} 个输入列")
        case .outputEntryCount:
            ("{row} has {found} output {found|entry|entries}, but the table has {expected} {expected|output|outputs}",
             "{row}有 {found} 个输出条目，但决策表有 {expected} 个输出列")
        case .aggregationWithoutCollect:
            ("an aggregation needs the hit policy collect, not {policy}", "聚合需要命中策略 collect，而不是 {policy}")
        case .aggregationOutputs:
            ("a collect table with an aggregation has exactly one output, not {count}", "带聚合的 collect 决策表只能有一个输出列，而不是 {count} 个")
        case .aggregationType: ("{aggregation} needs a number output, not {type}", "{aggregation} 需要数值类型的输出列，而不是 {type}")
        case .priorityNeedsValues:
            ("a priority table needs an output with `values` listed in order of priority",
             "命中策略为 priority 的决策表需要一个按优先顺序列出 `values` 的输出列")
        case .priorityHint:
            ("e.g. {{ id: route, type: string, values: [会诊, 调解, 咨询] }}: the first value wins",
             "例如 {{ id: route, type: string, values: [会诊, 调解, 咨询] }}：排在前面的值优先")
        case .rowsOverlap:
            ("{first} and {second} overlap: some input matches both, but the hit policy is unique",
             "{first}与{second}重叠：有的输入同时匹配这两行，但命中策略是 unique")
        case .overlapHint:
            ("make the entries exclusive, or use the hit policy first or priority", "请让各行的条目互斥，或改用命中策略 first 或 priority")
        case .rowIsHere: ("{row} is here", "{row}在此处")
        case .uncovered:
            ("no row matches {example}{?others: (and {others} other {others|combination|combinations})}",
             "没有一行匹配 {example}{?others:（另有 {others} 种组合也没有）}")
        case .uncoveredHint:
            ("add a row for it, or a last row of `-` entries as a default (with the hit policy first)",
             "请为它加一行，或在最后加一行全为 `-` 的默认行（命中策略用 first）")
        case .uniqueViolated:
            ("{first} and {second} both match, but the hit policy is unique", "{first}与{second}同时匹配，但命中策略是 unique")
        case .anyViolated:
            ("{first} and {second} both match with different outputs, but the hit policy is any",
             "{first}与{second}同时匹配且输出不同，但命中策略是 any")
        case .rowNumber: ("row {number}", "第 {number} 行")
        case .outputColumn: ("output '{output}'", "输出列“{output}”")
        }
    }
}
