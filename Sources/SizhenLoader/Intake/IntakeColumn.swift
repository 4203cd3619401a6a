import SizhenModel

/// A column an intake CSV may have: one of the fixed columns (日期, 工作流 …) or a field of the
/// case schema. A header cell names a column by its Chinese title or by its key.
///
/// A row is a visitor (序号 filled) or a report of the whole sitting (序号 empty, 情况 filled);
/// `rows` says which of the two fill the column.
public struct IntakeColumn: Sendable, Hashable {
    /// What the column holds.
    public enum Content: Sendable, Hashable {
        /// 日期: the date the visitor came.
        case date
        /// 工作流: a workflow id or name.
        case workflow
        /// 诊室: a community id or name, or the district for a district-wide workflow.
        case site
        /// 序号: the visitor's number at the occurrence.
        case ordinal
        /// 结果: what came of the case.
        case outcome
        /// 接待人员: person ids or names.
        case staff
        /// 姓名 (personal data).
        case name
        /// 电话 (personal data).
        case phone
        /// 身份证号 (personal data).
        case idNumber
        /// 备注: free text.
        case note
        /// 情况: whether the sitting was held (举办, 未举办, 替班).
        case status
        /// 原因: why a sitting was not held, or why a substitute sat.
        case reason
        /// 人数: how many attended a sitting (an event's audience).
        case attendees
        /// 新日期: the day a sitting moved to another (改期) was held on.
        case heldOn
        /// A case field at a path of the schema (`["resident", "housebound"]`) and its type.
        case field(path: [String], type: FieldType)
    }

    /// What it holds.
    public var content: Content
    /// The key: `date`, `case.resident.housebound`.
    public var key: String
    /// The title a template prints: `日期`, or for a field the start of its description
    /// (`当事人数`), or its key when it has none.
    public var title: String
    /// Every header text that names it (title, key, and for a field its whole description).
    public var names: [String]
    /// Whether every row that has the column (`rows`) must fill it: 日期, 工作流 and 诊室 every
    /// row, 序号 and 结果 every visitor row.
    public var isRequired: Bool

    /// Creates a column.
    public init(content: Content, key: String, title: String, names: [String], isRequired: Bool) {
        self.content = content
        self.key = key
        self.title = title
        self.names = names
        self.isRequired = isRequired
    }

    /// The fixed columns, in template order.
    public static let fixed: [IntakeColumn] = [
        IntakeColumn(content: .date, key: "date", title: "日期", names: ["日期", "date"], isRequired: true),
        IntakeColumn(content: .workflow, key: "workflow", title: "工作流", names: ["工作流", "workflow"], isRequired: true),
        IntakeColumn(content: .site, key: "site", title: "诊室", names: ["诊室", "site"], isRequired: true),
        IntakeColumn(content: .ordinal, key: "ordinal", title: "序号", names: ["序号", "ordinal"], isRequired: true),
        IntakeColumn(content: .outcome, key: "outcome", title: "结果", names: ["结果", "outcome"], isRequired: true),
        IntakeColumn(content: .staff, key: "staff", title: "接待人员", names: ["接待人员", "staff"], isRequired: false),
        IntakeColumn(content: .name, key: "name", title: "姓名", names: ["姓名", "name"], isRequired: false),
        IntakeColumn(content: .phone, key: "phone", title: "电话", names: ["电话", "phone"], isRequired: false),
        IntakeColumn(content: .idNumber, key: "id_number", title: "身份证号", names: ["身份证号", "id_number"], isRequired: false),
        IntakeColumn(content: .note, key: "note", title: "备注", names: ["备注", "note"], isRequired: false),
        IntakeColumn(content: .status, key: "status", title: "情况", names: ["情况", "status"], isRequired: false),
        IntakeColumn(content: .reason, key: "reason", title: "原因", names: ["原因", "reason"], isRequired: false),
        IntakeColumn(content: .attendees, key: "attendees", title: "人数", names: ["人数", "attendees"], isRequired: false),
        IntakeColumn(content: .heldOn, key: "held_on", title: "新日期", names: ["新日期", "held_on"], isRequired: false),
    ]

    /// The kinds of row that fill a column.
    public enum Rows: Sendable, Hashable {
        /// Visitor rows and reports alike (日期, 工作流, 诊室, 接待人员, 备注, 情况).
        case both
        /// Visitor rows only (序号, 结果, the personal data and the case fields).
        case visitors
        /// Reports of the whole sitting only (原因, 人数, 新日期).
        case reports
    }

    /// The kinds of row that fill this column; a cell of the other kind must stay empty.
    public var rows: Rows {
        switch content {
        case .date, .workflow, .site, .staff, .note, .status: .both
        case .ordinal, .outcome, .name, .phone, .idNumber, .field: .visitors
        case .reason, .attendees, .heldOn: .reports
        }
    }

    /// The fixed columns, then one column per field of the schema (nested fields by their
    /// dotted path; a list of objects cannot be written in a cell and has no column). A
    /// description that names two columns, or a fixed column, names neither: the key still does.
    public static func columns(for schema: CaseSchema?) -> [IntakeColumn] {
        var fields: [IntakeColumn] = []
        func visit(_ schemaFields: [SchemaField], prefix: [String]) {
            for field in schemaFields {
                let path = prefix + [field.name]
                switch field.type {
                case .object(let inner):
                    visit(inner, prefix: path)
                case .list(.object), .list(.list):
                    continue
                default:
                    let key = (schema?.id ?? "case") + "." + path.joined(separator: ".")
                    var names = [key]
                    var title = key
                    if let description = field.description?.trimmingSpaces, !description.isEmpty {
                        let short = shortTitle(of: description)
                        title = short
                        names += short == description ? [description] : [short, description]
                    }
                    fields.append(IntakeColumn(content: .field(path: path, type: field.type), key: key, title: title, names: names,
                                               isRequired: false))
                }
            }
        }
        visit(schema?.fields ?? [], prefix: [])
        // Names used more than once (or by a fixed column) are dropped, titles fall back to keys.
        var uses: [String: Int] = [:]
        for column in fixed + fields {
            for name in Set(column.names.map(\.headerFolded)) { uses[name, default: 0] += 1 }
        }
        for index in fields.indices {
            let key = fields[index].key
            fields[index].names = fields[index].names.filter { $0 == key || uses[$0.headerFolded] == 1 }
            if !fields[index].names.contains(fields[index].title) { fields[index].title = key }
        }
        return fixed + fields
    }

    /// The start of a description up to its first punctuation: `案件类型：法律咨询…` → `案件类型`.
    static func shortTitle(of description: String) -> String { SchemaField.shortTitle(of: description) }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and ideographic spaces (U+3000).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// A header cell as compared with column names: trimmed, ASCII letters in lower case.
    var headerFolded: String { String(trimmingSpaces.lowercased()) }
}
