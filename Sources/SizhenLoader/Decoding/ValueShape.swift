import SizhenDiagnostics

/// What a YAML value is, or must be, as messages name it: the `expected` and `found` of
/// "{what} must be {expected}, but this is {found}".
public enum ValueShape: String, MessageCatalogue {
    // What a node is.
    case nothing = "shape.nothing"
    case singleValue = "shape.single-value"
    case list = "shape.list"
    case mapping = "shape.mapping"

    // What a value must be.
    case text = "shape.text"
    case number = "shape.number"
    case wholeNumber = "shape.whole-number"
    case wholeNumberBetween = "shape.whole-number-between"
    case trueOrFalse = "shape.true-or-false"
    case date = "shape.date"
    case numberOne = "shape.number-one"
    case keyValueLines = "shape.key-value-lines"
    case slotsByName = "shape.slots-by-name"
    case typesByField = "shape.types-by-field"
    case sharesByValue = "shape.shares-by-value"
    case labelsByValue = "shape.labels-by-value"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .nothing: ("nothing (null)", "空值（null）")
        case .singleValue: ("a single value", "单个值")
        case .list: ("a list", "列表")
        case .mapping: ("a mapping", "键值映射")
        case .text: ("text", "文本")
        case .number: ("a number", "数字")
        case .wholeNumber: ("a whole number", "整数")
        case .wholeNumberBetween: ("a whole number from {min} to {max}", "{min} 到 {max} 之间的整数")
        case .trueOrFalse: ("true or false", "true 或 false")
        case .date: ("a date (YYYY-MM-DD)", "日期（YYYY-MM-DD）")
        case .numberOne: ("the number 1", "数字 1")
        case .keyValueLines: ("a mapping (key: value lines)", "键值映射（每行写 键: 值）")
        case .slotsByName: ("a mapping of slot names to slots", "岗位名到岗位设置的映射")
        case .typesByField: ("a mapping of field names to types", "字段名到字段类型的映射")
        case .sharesByValue: ("a mapping of values to shares", "值到比例的映射")
        case .labelsByValue: ("a mapping of values to labels", "值到名称的映射")
        }
    }
}
