import Foundation
import SizhenDiagnostics

/// The typed fields of a case, which rules read as `case.field`.
public struct CaseSchema: Sendable, Hashable {
    /// The variable name rules use (`case`).
    public var id: String
    /// The fields in file order.
    public var fields: [SchemaField]
    /// The bool field that says whether a case's matter was resolved (`resolution:`): the
    /// engine sets it from the outcome a sheet gives, and reads it when a timer closes a case.
    /// Nil when the schema names none: then the engine sets nothing.
    public var resolution: Reference?
    /// The consistency rules a sheet's visitor rows must pass (`checks:`), in file order.
    public var checks: [CaseCheck]
    /// Where the schema is defined.
    public var location: SourceLocation

    /// Creates a schema.
    public init(id: String, fields: [SchemaField], resolution: Reference? = nil, checks: [CaseCheck] = [], location: SourceLocation) {
        self.id = id
        self.fields = fields
        self.resolution = resolution
        self.checks = checks
        self.location = location
    }

    /// The field at a dotted path (`resident.housebound`), if any.
    public func field(at path: [String]) -> SchemaField? {
        var fields = self.fields
        var found: SchemaField?
        for name in path {
            guard let field = fields.first(where: { $0.name == name }) else { return nil }
            found = field
            if case .object(let inner) = field.type { fields = inner } else { fields = [] }
        }
        return found
    }
}

/// One field of a case schema.
public struct SchemaField: Sendable, Hashable {
    /// The name rules use.
    public var name: String
    /// Its type.
    public var type: FieldType
    /// What it means.
    public var description: String?
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a field.
    public init(name: String, type: FieldType, description: String?, location: SourceLocation) {
        self.name = name
        self.type = type
        self.description = description
        self.location = location
    }

    /// What people call it: the start of its description up to its first punctuation
    /// (`案件类型：法律咨询…` → `案件类型`), or its name when it has none.
    public var title: String {
        guard let description = description?.trimmingCharacters(in: .whitespaces), !description.isEmpty else { return name }
        return Self.shortTitle(of: description)
    }

    /// The start of a description up to its first punctuation: `案件类型：法律咨询…` → `案件类型`.
    public static func shortTitle(of description: String) -> String {
        let stops: Set<Character> = ["：", ":", "，", ",", "；", ";", "（", "(", "。", "、"]
        let head = description.prefix { !stops.contains($0) }.trimmingCharacters(in: .whitespaces)
        return head.isEmpty ? description : head
    }
}

/// The type of a case field.
public indirect enum FieldType: Sendable, Hashable, CustomStringConvertible {
    /// A whole number, optionally bounded.
    case int(min: Int?, max: Int?)
    /// A number with a fraction, optionally bounded.
    case double(min: Double?, max: Double?)
    /// Text.
    case string
    /// True or false.
    case bool
    /// Text restricted to the listed values (the codes rules compare and JSON keeps), with
    /// the label people read and may write for some of them (`dispute` → `纠纷`).
    case enumeration([String], labels: [String: String] = [:])
    /// A list of values of one type.
    case list(FieldType)
    /// Nested fields.
    case object([SchemaField])

    public var description: String {
        switch self {
        case .int: "int"
        case .double: "double"
        case .string: "string"
        case .bool: "bool"
        case .enumeration(let values, _): "enum(" + values.joined(separator: ", ") + ")"
        case .list(let item): "list(\(item))"
        case .object: "object"
        }
    }
}

extension FieldType {
    /// What people read for `value` of this type: an enum value's label, else the value.
    public func label(of value: String) -> String {
        if case .enumeration(_, let labels) = self, let label = labels[value] { return label }
        if case .list(let item) = self { return item.label(of: value) }
        return value
    }

    /// The enum value `text` names: a value itself, a value in another letter case when only
    /// one matches, or a value's label; nil for anything else or a type that is not an enum.
    public func enumValue(named text: String) -> String? {
        guard case .enumeration(let values, let labels) = self else { return nil }
        if values.contains(text) { return text }
        if let labelled = values.first(where: { labels[$0] == text }) { return labelled }
        let folded = values.filter { $0.lowercased() == text.lowercased() }
        return folded.count == 1 ? folded[0] : nil
    }
}

extension CaseSchema {
    /// What people read for `value` of the field at `path`: its label when the field is an
    /// enum that labels it, else the value.
    public func label(of value: String, at path: [String]) -> String {
        field(at: path)?.type.label(of: value) ?? value
    }
}
