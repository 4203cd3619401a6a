import Foundation
import SizhenDiagnostics
import SizhenOperations

extension HelpMessage {
    /// The text in the reader's language: what `--help` shows.
    var text: String { Output.messages.render(self()) }
}

extension UsageMessage {
    /// The text in the reader's language.
    func text(_ arguments: KeyValuePairs<String, MessageValue> = [:]) -> String { Output.messages.render(self(arguments)) }
}

/// ArgumentParser's help screens and usage errors, laid out by display width. ArgumentParser
/// writes its own words in English and wraps lines by counting characters and breaking at
/// spaces, which cuts Chinese (two columns a character, few spaces) in the wrong places and
/// lets a line with Chinese words run past the screen; so the text is asked for unwrapped, in
/// Chinese its own words are put into Chinese from `UsageMessage`, and every line is broken by
/// display width at character boundaries (`LineBreaking`), continued under the column its text
/// starts at. An error message ArgumentParser words in a way not listed here is shown as it
/// is, in English; English usage errors are ArgumentParser's own, unchanged.
enum HelpScreen {
    /// What ArgumentParser printed, `width` columns wide, its words in Chinese when `translating`.
    /// Only a help screen or a usage error: anything else it prints (a completion script, the
    /// version, `--experimental-dump-help`'s JSON) is a program's input and is left as it is.
    static func text(of rawText: String, width: Int, translating: Bool) -> String {
        guard ["OVERVIEW: ", "USAGE: ", "Error: ", "Help: "].contains(where: rawText.hasPrefix) else { return rawText }
        var out: [String] = []
        var inSection = false
        for line in rawText.components(separatedBy: "\n") {
            let isSectionStart = headings.contains { $0.0 == line }
            let shown = translating ? translate(line, inSection: inSection) : line
            out += wrap(shown, width: width, inSection: inSection && !isSectionStart, breakingChinese: translating)
            if isSectionStart { inSection = true }
        }
        return out.joined(separator: "\n")
    }

    /// The screen width: COLUMNS, else the terminal's, else 80.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        return 80
    }

    private static let headings: [(String, UsageMessage)] = [("ARGUMENTS:", .arguments), ("OPTIONS:", .options), ("SUBCOMMANDS:", .subcommands)]

    /// One line in Chinese.
    static func translate(_ line: String, inSection: Bool) -> String {
        if let heading = headings.first(where: { $0.0 == line }) { return heading.1.text() }
        if line.hasPrefix("OVERVIEW: ") { return UsageMessage.overview.text() + line.dropFirst("OVERVIEW: ".count) }
        if line.hasPrefix("USAGE: ") { return UsageMessage.usage.text() + placeholders(line.dropFirst("USAGE: ".count)) }
        if line.hasPrefix("Usage: ") { return UsageMessage.usageLine.text(["usage": .text(placeholders(line.dropFirst("Usage: ".count)))]) }
        if line.hasPrefix("Help:  ") { return UsageMessage.help.text(["help": .text(element(line.dropFirst("Help:  ".count)))]) }
        if line.hasPrefix("Error: ") { return UsageMessage.error.text(["message": .text(message(String(line.dropFirst("Error: ".count))))]) }
        if let see = line.wholeMatch(of: #/  See '(.+) <subcommand>' for detailed help\./#) {
            return "  " + UsageMessage.seeSubcommandHelp.text(["command": .text(String(see.1))])
        }
        if let see = line.wholeMatch(of: #/  See '(.+)' for more information\./#) {
            return "  " + UsageMessage.seeHelp.text(["command": .text(String(see.1))])
        }
        return inSection ? element(Substring(line)) : line
    }

    /// An argument's, option's or subcommand's line: the words ArgumentParser adds.
    static func element(_ line: Substring) -> String {
        var line = String(line)
        for (english, code) in [("Show help information.", UsageMessage.showHelp), ("Show the version.", .showVersion)] where line.hasSuffix(english) {
            line = line.dropLast(english.count) + code.text()
        }
        if let found = line.firstMatch(of: #/ ?\(values: ([^;()]*); default: ([^()]*)\)$/#) {
            line = line[..<found.range.lowerBound] + UsageMessage.valuesAndDefault.text(["values": list(found.1), "value": .text(String(found.2))])
        } else if let found = line.firstMatch(of: #/ ?\(values: ([^()]*)\)$/#) {
            line = line[..<found.range.lowerBound] + UsageMessage.values.text(["values": list(found.1)])
        } else if let found = line.firstMatch(of: #/ ?\(default: ([^()]*)\)$/#) {
            line = line[..<found.range.lowerBound] + UsageMessage.defaultValue.text(["value": .text(String(found.1))])
        }
        return line
    }

    private static func list(_ values: Substring) -> MessageValue {
        .texts(values.split(separator: ", ").map(String.init))
    }

    private static func placeholders(_ usage: Substring) -> String {
        usage.replacingOccurrences(of: "<subcommand>", with: UsageMessage.subcommandPlaceholder.text())
    }

    /// An error message of ArgumentParser's, in Chinese when it is one of those listed.
    static func message(_ message: String) -> String {
        if let found = message.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return UsageMessage.missingArgument.text(["argument": .text(String(found.1))])
        }
        if let found = message.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
            return UsageMessage.unknownOptionSuggestion.text(["option": .text(String(found.1)), "suggestion": .text(String(found.2))])
        }
        if let found = message.wholeMatch(of: /Unknown option '(.+)'/) {
            return UsageMessage.unknownOption.text(["option": .text(String(found.1))])
        }
        if let found = message.wholeMatch(of: /Missing value for '(.+)'/) {
            return UsageMessage.missingValue.text(["option": .text(String(found.1))])
        }
        if let found = message.wholeMatch(of: /Unexpected argument '(.*)'/) {
            return UsageMessage.unexpectedArgument.text(["argument": .text(String(found.1))])
        }
        if let found = message.wholeMatch(of: /(\d+) unexpected arguments: (.*)/) {
            return UsageMessage.unexpectedArguments.text(["count": .int(Int(found.1) ?? 0), "arguments": quotedList(found.2)])
        }
        if let found = message.wholeMatch(of: /The option '(.+)' does not take any value, but '(.*)' was specified\./) {
            return UsageMessage.takesNoValue.text(["option": .text(String(found.1)), "value": .text(String(found.2))])
        }
        if message == "Missing required subcommand." { return UsageMessage.missingSubcommand.text() }
        if let found = message.wholeMatch(of: /The value '(.*)' is invalid for '([^']+)'(.*)/) {
            var text = UsageMessage.invalidValue.text(["value": .text(String(found.1)), "argument": .text(String(found.2))])
            if let values = found.3.wholeMatch(of: /\. Please provide one of (.+)\./) {
                text += UsageMessage.provideOneOf.text(["values": quotedList(values.1)])
            } else if found.3 == ". Please provide one of the following:" {
                text += UsageMessage.provideOneOf.text(["values": ""])
            } else {
                text += found.3
            }
            return text
        }
        return message
    }

    /// `'a', 'b' or 'c'` as a list of quoted values in the language.
    private static func quotedList(_ text: Substring) -> MessageValue {
        .list(text.matches(of: /'([^']*)'/).map { .message(UsageMessage.quoted(["text": .text(String($0.1))])) })
    }

    /// A line broken to `width`, its continuation lines starting under its text: after the
    /// label of an element, after a heading such as 用法：, or at the line's own indentation;
    /// between Chinese characters only when `breakingChinese` (in English, at spaces only).
    static func wrap(_ line: String, width: Int, inSection: Bool, breakingChinese: Bool) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        let head: String
        let indent: Int
        if inSection, line.hasPrefix("  "), !line.hasPrefix("   "), let gap = line.dropFirst(2).firstRange(of: "  ") {
            let end = line[gap.upperBound...].firstIndex { $0 != " " } ?? line.endIndex
            head = String(line[..<end])
            indent = DisplayWidth.of(head)
        } else if let colon = line.firstIndex(of: "："), line.distance(from: line.startIndex, to: colon) == 2 {
            head = String(line[...colon])
            indent = head == UsageMessage.overview.text() ? 0 : DisplayWidth.of(head)
        } else if line.hasPrefix("OVERVIEW: ") || line.hasPrefix("USAGE: ") {
            // ArgumentParser's English: the overview continues at the margin, the synopsis under itself.
            head = line.hasPrefix("USAGE: ") ? "USAGE: " : "OVERVIEW: "
            indent = head == "USAGE: " ? head.count : 0
        } else {
            head = String(line.prefix { $0 == " " })
            indent = head.count
        }
        var body = String(line.dropFirst(head.count))
        // A synopsis breaks between its options, not inside one: `[--site <ID|NAME>]` stays whole.
        let isSynopsis = head == UsageMessage.usage.text() || head == "USAGE: "
        if isSynopsis { body = keptTogether(body) }
        let lines = LineBreaking.lines(of: body, firstWidth: width - DisplayWidth.of(head), width: width - indent, breakingChinese: breakingChinese)
            .map { isSynopsis ? $0.replacingOccurrences(of: "\u{A0}", with: " ") : $0 }
        return [head + lines[0]] + lines.dropFirst().map { String(repeating: " ", count: indent) + $0 }
    }

    /// A synopsis with the spaces inside brackets and before a value's `<NAME>` made unbreakable.
    private static func keptTogether(_ synopsis: String) -> String {
        var depth = 0
        var out = ""
        let characters = Array(synopsis)
        for (index, character) in characters.enumerated() {
            if character == "[" { depth += 1 }
            if character == "]" { depth = max(0, depth - 1) }
            let beforeValue = index + 1 < characters.count && characters[index + 1] == "<"
            out.append(character == " " && (depth > 0 || beforeValue) ? "\u{A0}" : character)
        }
        return out
    }
}
