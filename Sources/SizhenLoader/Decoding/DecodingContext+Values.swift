import SizhenCalendar
import SizhenDiagnostics
import SizhenModel

extension DecodingContext {
    /// The node as an id: non-empty text of at most 64 characters (Unicode scalars, so that a
    /// letter with a thousand combining marks is not one), without spaces nor any character
    /// that acts on a terminal (controls, DEL, C1, bidirectional overrides: `QuotedText`), since
    /// ids are shown in every table.
    public mutating func id(_ node: YAMLNode, _ what: Message) -> String? {
        guard let text = nonEmptyString(node, what) else { return nil }
        if text.unicodeScalars.count > 64
            || text.unicodeScalars.contains(where: { $0.properties.isWhitespace || QuotedText.needsEscape($0) }) {
            error(DecodingMessage.badID(["text": QuotedText.clip(text), "what": .message(what)]), at: node, hint: DecodingMessage.badIDHint())
            return nil
        }
        return text
    }

    /// The node as a reference to something by id.
    public mutating func reference(_ node: YAMLNode, _ what: Message) -> Reference? {
        id(node, what).map { Reference($0, at: node.location) }
    }

    /// The node as a list of references; a single id is accepted as a list of one.
    public mutating func references(_ node: YAMLNode, _ what: Message) -> [Reference] {
        let items = node.sequence ?? [node]
        return items.compactMap { reference($0, what) }
    }

    /// The node as a list of texts; a single text is accepted as a list of one.
    public mutating func strings(_ node: YAMLNode, _ what: Message) -> [String] {
        let items = node.sequence ?? [node]
        return items.compactMap { nonEmptyString($0, what) }
    }

    /// The node as a number (a whole number is accepted) in `range`.
    public mutating func double(_ node: YAMLNode, _ what: Message, in range: ClosedRange<Double>) -> Double? {
        guard let text = node.scalar, node.scalarStyle == .plain, !node.isNull, let value = Double(text), value.isFinite,
              text.allSatisfy({ $0.isASCII }) else {
            expected(ValueShape.number(), for: what, found: node, hint: node.scalar.flatMap(KeyboardSlips.thousandsHint))
            return nil
        }
        guard range.contains(value) else {
            // The value as written, the bounds as Swift prints them (`0.0…1.0`).
            error(DecodingMessage.outOfRange(["what": .message(what), "value": QuotedText.clip(text), "min": .text("\(range.lowerBound)"),
                                              "max": .text("\(range.upperBound)")]), at: node)
            return nil
        }
        return value
    }

    /// The node as a duration: `N days` or `N workdays`.
    public mutating func duration(_ node: YAMLNode, _ what: Message) -> Duration? {
        guard let text = string(node, what) else { return nil }
        guard let duration = Duration(parsing: text) else {
            error(DecodingMessage.badDuration(["text": QuotedText.clip(text), "what": .message(what)]), at: node, hint: DecodingMessage.durationHint())
            return nil
        }
        return duration
    }

    /// The node as a time window `HH:MM-HH:MM`, errors pointing inside the text.
    public mutating func timeWindow(_ node: YAMLNode, _ what: Message) -> TimeWindow? {
        guard let text = string(node, what) else { return nil }
        do {
            return try TimeWindow(parsing: text)
        } catch {
            report(error.diagnostic(at: node.textLocation))
            return nil
        }
    }

    /// The node as weekday codes (`[MO, TU]`).
    public mutating func weekdays(_ node: YAMLNode, _ what: Message) -> Set<Weekday> {
        var days = Set<Weekday>()
        for item in node.sequence ?? [node] {
            guard let code = string(item, what) else { continue }
            if let day = Weekday(code: code) {
                days.insert(day)
            } else {
                error(DecodingMessage.badWeekday(["code": QuotedText.clip(code)]).suggesting(code, in: Weekday.allCases.map(\.code)), at: item,
                      hint: DecodingMessage.weekdayHint())
            }
        }
        return days
    }

    /// The most characters a rule's `description` may have: it is a cell of a report's table.
    public static let descriptionLimit = 120

    /// The node as a rule's `description`, the words a report shows instead of its expression:
    /// non-empty text on one line of at most `descriptionLimit` characters.
    public mutating func ruleDescription(_ node: YAMLNode, _ what: Message) -> String? {
        guard let text = nonEmptyString(node, what) else { return nil }
        let lines = text.split(whereSeparator: \.isNewline).count
        guard lines <= 1, text.count <= Self.descriptionLimit else {
            error(DecodingMessage.badDescription(["what": .message(what), "limit": .int(Self.descriptionLimit), "length": .int(text.count),
                                                  "lines": .int(lines)]),
                  at: node, hint: DecodingMessage.badDescriptionHint())
            return nil
        }
        return text
    }

    /// A rule's text and the location of its first character.
    public mutating func rule(_ node: YAMLNode, _ what: Message) -> RuleText? {
        guard let text = nonEmptyString(node, what) else { return nil }
        if node.scalarStyle == .literal || node.scalarStyle == .folded || text.contains("\n") {
            error(DecodingMessage.multilineRule(["what": .message(what)]), at: node, hint: DecodingMessage.multilineRuleHint())
            return nil
        }
        return RuleText(text, at: node.textLocation)
    }
}
