/// Turns messages into words in one language, from a book of templates. Pure: the same
/// message, book and language always give the same text.
public struct MessageRenderer: Sendable {
    /// The templates.
    public let book: MessageBook
    /// The language written.
    public let language: Language

    /// Creates a renderer.
    public init(book: MessageBook, language: Language = .english) {
        self.book = book
        self.language = language
    }

    /// The message's text. A code the book does not know is shown with its arguments, so
    /// that nothing said is lost: `engine.some-code (case=…, n=3)`.
    public func render(_ message: Message) -> String {
        guard let template = book.template(message.code, in: language) else {
            let arguments = message.arguments.map { "\($0.name)=\(render($0.value))" }
            return arguments.isEmpty ? message.code : message.code + " (" + arguments.joined(separator: ", ") + ")"
        }
        return render(MessageTemplate(template).segments, message)
    }

    /// A value as a template shows it. A text's characters that would act on a terminal
    /// (controls, bidirectional overrides) are shown as `\u{…}` (`QuotedText.escaped`).
    public func render(_ value: MessageValue) -> String {
        switch value {
        case .text(let text): QuotedText.escaped(text)
        case .int(let number): String(number)
        case .list(let items): items.map(render).joined(separator: listSeparator)
        case .message(let message): render(message)
        }
    }

    /// How the language joins the items of a list.
    public var listSeparator: String { language == .chinese ? "、" : ", " }

    /// How the language joins clauses said one after another (a table's notes).
    public var clauseSeparator: String { language == .chinese ? "；" : "; " }

    private func render(_ segments: [MessageTemplate.Segment], _ message: Message) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .literal(let text): out += text
            case .argument(let name):
                out += message[name].map(render) ?? "{\(name)}"
            case .plural(let name, let one, let other):
                out += message.int(name) == 1 ? one : other
            case .optional(let name, let inner):
                if let value = message[name], !value.isEmpty { out += render(inner, message) }
            }
        }
        return out
    }
}
