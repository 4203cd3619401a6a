import Foundation
import SizhenDiagnostics

/// The API's JSON: sorted keys (the same document for the same value), no escaped slashes.
enum APIJSON {
    /// `value` as JSON text; `{}` if it cannot be encoded (never: the API's values are plain).
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// An API error: `{code, message, arguments}` of the message, and the diagnostics behind it
/// (each with its code, words and place) when an operation reported them.
enum APIError {
    struct Body: Encodable {
        var code: String
        var message: String
        var arguments: [String: Argument]
        var diagnostics: [Item]?
    }

    struct Item: Encodable {
        var severity: String
        var code: String
        var message: String
        var arguments: [String: Argument]
        var file: String?
        var line: Int?
        var column: Int?
        /// A sheet's form or JSON rows: the row (from 1) and the column's title.
        var row: Int?
        var field: String?
    }

    /// An argument's value: a number stays a number, the rest are words.
    enum Argument: Encodable {
        case text(String), int(Int)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .int(let number): try container.encode(number)
            }
        }
    }

    static func arguments(_ message: Message, messages: MessageRenderer) -> [String: Argument] {
        var out: [String: Argument] = [:]
        for argument in message.arguments {
            switch argument.value {
            case .text(let text): out[argument.name] = .text(text)
            case .int(let number): out[argument.name] = .int(number)
            case .list, .message: out[argument.name] = .text(messages.render(argument.value))
            }
        }
        return out
    }

    /// The error's JSON; `place` gives a diagnostic's row and column in what was sent, when
    /// that was not a file (a sheet's rows).
    static func json(_ message: Message, diagnostics: Diagnostics, messages: MessageRenderer,
                     place: (Diagnostic) -> (row: Int, field: String)? = { _ in nil }) -> String {
        let items = diagnostics.items.map { diagnostic in
            let placed = place(diagnostic)
            return Item(severity: diagnostic.severity.rawValue, code: diagnostic.message.code, message: messages.render(diagnostic.message),
                        arguments: arguments(diagnostic.message, messages: messages), file: diagnostic.location?.file, line: diagnostic.location?.line,
                        column: diagnostic.location?.column, row: placed?.row, field: placed?.field)
        }
        return APIJSON.encode(Body(code: message.code, message: messages.render(message), arguments: arguments(message, messages: messages),
                                   diagnostics: items.isEmpty ? nil : items))
    }
}
