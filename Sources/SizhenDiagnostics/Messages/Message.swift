/// Something said to a person, as data: a stable code and typed arguments. The words are
/// chosen only when it is shown, from the catalogue of the reader's language (see
/// `MessageRenderer`), so that a diagnostic, an event stored years ago or a planner's reason
/// can be read in Chinese or in English, and a test can assert what was said without matching
/// a sentence.
///
/// Codes are dotted and stable (`yaml.unknown-key`, `engine.case-opened`): they are stored in
/// databases and read by programs, so a code once released keeps its meaning; a message that
/// says something else gets a new code.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The stable code.
    public var code: String
    /// The arguments, sorted by name (so that two messages saying the same are equal, however
    /// their arguments were given or read back).
    public private(set) var arguments: [MessageArgument]

    /// A message with arguments given by name.
    public init(code: String, arguments: [MessageArgument] = []) {
        self.code = code
        // Most messages are written with their arguments in order already.
        var ordered = true
        for index in arguments.indices.dropFirst() where arguments[index - 1].name > arguments[index].name {
            ordered = false
            break
        }
        self.arguments = ordered ? arguments : arguments.sorted { $0.name < $1.name }
    }

    /// A message of a catalogue's code with arguments given by name.
    public init<Catalogue: MessageCatalogue>(_ entry: Catalogue, _ arguments: KeyValuePairs<String, MessageValue> = [:]) {
        self.init(code: entry.rawValue, arguments: arguments.map { MessageArgument(name: $0.key, value: $0.value) })
    }

    /// The value of an argument, if given.
    public subscript(_ name: String) -> MessageValue? {
        arguments.first { $0.name == name }?.value
    }

    /// The text of a `.text` argument, if given.
    public func text(_ name: String) -> String? {
        if case .text(let value)? = self[name] { return value }
        return nil
    }

    /// The number of an `.int` argument, if given.
    public func int(_ name: String) -> Int? {
        if case .int(let value)? = self[name] { return value }
        return nil
    }

    /// A copy with one more argument (replacing one of the same name).
    public func with(_ name: String, _ value: MessageValue) -> Message {
        Message(code: code, arguments: arguments.filter { $0.name != name } + [MessageArgument(name: name, value: value)])
    }

    /// The English text, rendered from the catalogues of this module only; for debugging
    /// and `print`. What users see is rendered by a `MessageRenderer` with the whole book.
    public var description: String { MessageRenderer(book: MessageBook(), language: .english).render(self) }
}

/// A named argument of a message.
public struct MessageArgument: Sendable, Hashable {
    /// The name, as the templates write it: `{key}`.
    public var name: String
    /// The value.
    public var value: MessageValue

    /// Creates an argument.
    public init(name: String, value: MessageValue) {
        self.name = name
        self.value = value
    }
}

/// The value of a message argument.
public indirect enum MessageValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Shown as it is, in every language: an id, a name, a date, a path, what a user typed.
    case text(String)
    /// A whole number (templates may choose a plural form by it).
    case int(Int)
    /// Several values, joined the way the language joins a list.
    case list([MessageValue])
    /// A message of its own, rendered in the same language.
    case message(Message)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    /// Texts as a list value.
    public static func texts(_ values: some Sequence<String>) -> MessageValue { .list(values.map(MessageValue.text)) }

    /// Messages as a list value.
    public static func messages(_ values: some Sequence<Message>) -> MessageValue { .list(values.map(MessageValue.message)) }

    /// Whether the value says nothing: an empty text or list (a template's `{?name:…}`
    /// section is left out then).
    public var isEmpty: Bool {
        switch self {
        case .text(let text): text.isEmpty
        case .list(let items): items.isEmpty
        case .int, .message: false
        }
    }
}

extension Message {
    /// Prose kept whole as the argument of `legacy.text`: how events, reasons and plans written
    /// before messages had codes read back.
    public static func legacy(_ text: String) -> Message { Message(DiagnosticsMessage.legacyText, ["text": .text(text)]) }
}

extension Message {
    /// This message and every message inside it (in its arguments, in lists, at any depth), in
    /// order: what a test or a program walks to find what was said, whatever the wording.
    public var allMessages: [Message] {
        var found: [Message] = [self]
        func walk(_ value: MessageValue) {
            switch value {
            case .message(let inner): found += inner.allMessages
            case .list(let items): items.forEach(walk)
            case .text, .int: break
            }
        }
        arguments.forEach { walk($0.value) }
        return found
    }

    /// The codes of `allMessages`, in order.
    public var allCodes: [String] { allMessages.map(\.code) }

    /// The first message with `code` in this one (itself included), depth first.
    public func first(_ code: some MessageCatalogue) -> Message? {
        allMessages.first { $0.code == code.rawValue }
    }

    /// Whether this message or one inside it has `code`.
    public func contains(_ code: some MessageCatalogue) -> Bool { first(code) != nil }

    /// The message argument `name`, if it is one.
    public func message(_ name: String) -> Message? {
        if case .message(let inner)? = self[name] { return inner }
        return nil
    }
}
