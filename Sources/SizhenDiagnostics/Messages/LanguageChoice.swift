/// Which language a program speaks: `--lang zh|en` first, then `SIZHEN_LANG`, then the
/// locale (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, the first that is set and not empty, as
/// POSIX orders them): Chinese when it starts with `zh`, English otherwise.
public enum LanguageChoice {
    /// A language named as a user writes it: `zh`, `zh_CN.UTF-8`, `zh-Hans`, `en`, `en_US`,
    /// `chinese`, `中文`; nil for anything else.
    public static func named(_ text: String) -> Language? {
        let lowered = text.lowercased()
        // `zh`, or `zh` then a separator: `zh_CN`, `zh-Hans`, `zh.UTF-8`, `zh@…`.
        func names(_ code: String) -> Bool {
            lowered.hasPrefix(code) && (lowered.dropFirst(code.count).first.map { "_-.@".contains($0) } ?? true)
        }
        if lowered == "chinese" || text == "中文" || names("zh") { return .chinese }
        if lowered == "english" || lowered == "posix" || names("en") || names("c") { return .english }
        return nil
    }

    /// The language of the environment: `SIZHEN_LANG` when it names one, else the locale.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        if let chosen = environment["SIZHEN_LANG"].flatMap(named) { return chosen }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .chinese : .english
        }
        return .english
    }

    /// Takes `--lang VALUE` or `--lang=VALUE` out of command-line arguments (before `--`, the
    /// last one counting): the language it names, or the text that names none, or nothing.
    public static func take(from arguments: inout [String]) -> Result<Language, Refusal>? {
        var found: Result<Language, Refusal>?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang" {
                guard index + 1 < arguments.count else {
                    arguments.remove(at: index)
                    found = .failure(Refusal(text: nil))
                    continue
                }
                let value = arguments[index + 1]
                arguments.removeSubrange(index...index + 1)
                found = named(value).map { .success($0) } ?? .failure(Refusal(text: value))
                continue
            }
            if argument.hasPrefix("--lang=") {
                let value = String(argument.dropFirst("--lang=".count))
                arguments.remove(at: index)
                found = named(value).map { .success($0) } ?? .failure(Refusal(text: value))
                continue
            }
            index += 1
        }
        return found
    }

    /// A `--lang` value that names no language (nil: the flag had no value).
    public struct Refusal: Error, Sendable, Hashable {
        /// What `--lang` was given, if anything.
        public var text: String?

        /// A refusal of `text`.
        public init(text: String?) { self.text = text }
    }
}
