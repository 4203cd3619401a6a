import SizhenDiagnostics
@testable import SizhenLoader

/// The loader's messages in words, and in the compact form the tests and fixtures assert:
/// a code and its arguments, `decode.unknown-key key=nmae what=thing.calendar-file suggestion=name`.
///
/// An argument is written `name=value`. A text is itself, a number its digits, a list its items
/// joined by commas, a nested message its code; the arguments of a nested message follow with
/// dotted names (`what=thing.key what.key=count`). A value with a space, a quote or nothing in
/// it is written in double quotes, `\"` and `\\` escaping a quote and a backslash.
enum LoaderWords {
    static let english = MessageRenderer(book: SizhenLoaderMessages.book, language: .english)
    static let chinese = MessageRenderer(book: SizhenLoaderMessages.book, language: .chinese)

    /// `code name=value …`, every argument, nested ones included.
    static func compact(_ message: Message) -> String {
        ([message.code] + arguments(message).map { $0.name + "=" + quoted($0.value) }).joined(separator: " ")
    }

    /// Every argument as a dotted name and its flat value, in order.
    static func arguments(_ message: Message, prefix: String = "") -> [(name: String, value: String)] {
        message.arguments.flatMap { argument -> [(name: String, value: String)] in
            let name = prefix + argument.name
            if case .message(let nested) = argument.value {
                return [(name, nested.code)] + arguments(nested, prefix: name + ".")
            }
            return [(name, flat(argument.value))]
        }
    }

    /// A value without its nested arguments: a text, digits, a code, items joined by commas.
    static func flat(_ value: MessageValue) -> String {
        switch value {
        case .text(let text): text
        case .int(let number): String(number)
        case .list(let items): items.map(flat).joined(separator: ",")
        case .message(let message): message.code
        }
    }

    static func quoted(_ value: String) -> String {
        guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "\"" || $0 == "\\" || $0.isNewline }) else { return value }
        var out = "\""
        for character in value {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    /// The words of `text` split at spaces outside double quotes, quotes and escapes removed.
    static func words(_ text: Substring) -> [String] {
        var words: [String] = []
        var current: String?
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                current = (current ?? "") + String(character)
                escaped = false
            } else if quoted && character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                current = current ?? ""
            } else if character == " " && !quoted {
                if let word = current { words.append(word) }
                current = nil
            } else {
                current = (current ?? "") + String(character)
            }
        }
        if let word = current { words.append(word) }
        return words
    }

    /// Whether `message` has the code and every argument that `expected` (compact form, any
    /// subset of the arguments) names.
    static func matches(_ message: Message, _ expected: String) -> Bool {
        let words = self.words(Substring(expected))
        guard let code = words.first, code == message.code else { return false }
        let actual = arguments(message)
        return words.dropFirst().allSatisfy { word in
            guard let equals = word.firstIndex(of: "=") else { return false }
            let name = String(word[..<equals]), value = String(word[word.index(after: equals)...])
            return actual.contains { $0.name == name && $0.value == value }
        }
    }
}
