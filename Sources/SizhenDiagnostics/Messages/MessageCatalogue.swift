/// The languages messages are written in.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English.
    case english = "en"
    /// Simplified Chinese.
    case chinese = "zh"
}

/// A module's messages: one case per code, each with its words in every language. An enum, so
/// that the compiler refuses a code without its texts, and a test can walk every code.
///
/// Templates are text with placeholders (see `MessageTemplate`): `{key}` for an argument,
/// `{count|record|records}` for a plural form chosen by a number, `{?hint:; {hint}}` for a part
/// shown only when the argument is given and not empty, `{{` and `}}` for braces.
public protocol MessageCatalogue: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The English and Chinese templates.
    var templates: (english: String, chinese: String) { get }
}

extension MessageCatalogue {
    /// A message of this code with arguments by name, in order: `YAMLMessage.unknownKey(["key": .text(k)])`.
    public func callAsFunction(_ arguments: KeyValuePairs<String, MessageValue> = [:]) -> Message {
        Message(self, arguments)
    }

    /// The template in `language`.
    public func template(in language: Language) -> String {
        switch language {
        case .english: templates.english
        case .chinese: templates.chinese
        }
    }
}

/// Every code a program knows and its templates, gathered from the modules' catalogues: what a
/// `MessageRenderer` reads to turn a message, made here or read back from a database, into words.
public struct MessageBook: Sendable {
    private var templates: [String: (english: String, chinese: String)] = [:]
    /// Codes that two catalogues both declare (a test keeps this empty).
    public private(set) var duplicates: [String] = []

    /// A book of this module's own codes (the severities, counts, `legacy.text`) and those of
    /// `catalogues`.
    public init(_ catalogues: [any MessageCatalogue.Type] = []) {
        add(DiagnosticsMessage.self)
        for catalogue in catalogues where ObjectIdentifier(catalogue) != ObjectIdentifier(DiagnosticsMessage.self) { add(catalogue) }
    }

    private mutating func add<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) {
        for entry in catalogue.allCases where templates.updateValue(entry.templates, forKey: entry.rawValue) != nil {
            duplicates.append(entry.rawValue)
        }
    }

    /// The template of a code in a language, if the book has the code.
    public func template(_ code: String, in language: Language) -> String? {
        guard let found = templates[code] else { return nil }
        return language == .english ? found.english : found.chinese
    }

    /// Every code, sorted.
    public var codes: [String] { templates.keys.sorted() }
}

extension MessageCatalogue {
    /// What is wrong with this code's templates, in words for a failing check: a language
    /// left empty, a template that is not well formed, or the two languages reading different
    /// arguments (unless `allowingDifferentArguments`). Empty when sound; each module's tests
    /// hold their catalogues to it.
    public func templateProblems(allowingDifferentArguments: Bool = false) -> [String] {
        let (english, chinese) = templates
        var problems: [String] = []
        if english.isEmpty { problems.append("no English") }
        if chinese.isEmpty { problems.append("no Chinese") }
        problems += MessageTemplate.problems(in: english).map { "English: \($0)" }
        problems += MessageTemplate.problems(in: chinese).map { "Chinese: \($0)" }
        if !allowingDifferentArguments && Set(MessageTemplate(english).argumentNames) != Set(MessageTemplate(chinese).argumentNames) {
            problems.append("the languages read different arguments")
        }
        return problems
    }
}
