import SizhenCalendar
import SizhenDiagnostics

/// What a decoder carries through one file: the diagnostics found so far. Decoders report
/// and carry on where it is safe, so that a user sees every problem of a file at once.
public struct DecodingContext: Sendable {
    /// Everything reported so far.
    public var diagnostics = Diagnostics()

    /// Creates an empty context.
    public init() {}

    /// Reports an error.
    public mutating func error(_ message: Message, at node: YAMLNode, hint: Message? = nil) {
        diagnostics.append(.error(message, at: node.location, hint: hint))
    }

    /// Reports a warning.
    public mutating func warning(_ message: Message, at node: YAMLNode, hint: Message? = nil) {
        diagnostics.append(.warning(message, at: node.location, hint: hint))
    }

    /// Reports that `node`, the value of `what`, is not of the shape `expected`.
    public mutating func expected(_ expected: Message, for what: Message, found node: YAMLNode, hint: Message? = nil) {
        error(DecodingMessage.expected(["what": .message(what), "expected": .message(expected), "found": .message(node.kindName)]),
              at: node, hint: hint)
    }

    /// Reports a located diagnostic built elsewhere.
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    // MARK: Scalars

    /// The node as text; an error for a list, a mapping or null.
    public mutating func string(_ node: YAMLNode, _ what: Message) -> String? {
        guard let text = node.scalar, !node.isNull else {
            expected(ValueShape.text(), for: what, found: node)
            return nil
        }
        return text
    }

    /// The node as non-empty text after trimming spaces.
    public mutating func nonEmptyString(_ node: YAMLNode, _ what: Message) -> String? {
        guard let text = string(node, what) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            error(DecodingMessage.empty(["what": .message(what)]), at: node)
            return nil
        }
        return text
    }

    /// The node as a whole number in `range`; quoted numbers are text, not numbers.
    public mutating func int(_ node: YAMLNode, _ what: Message, in range: ClosedRange<Int>) -> Int? {
        guard let text = node.scalar, node.scalarStyle == .plain, !node.isNull, let value = Int(text) else {
            expected(ValueShape.wholeNumber(), for: what, found: node, hint: node.scalar.flatMap(KeyboardSlips.thousandsHint))
            return nil
        }
        guard range.contains(value) else {
            error(DecodingMessage.outOfRange(["what": .message(what), "value": .int(value), "min": .int(range.lowerBound),
                                              "max": .int(range.upperBound)]), at: node)
            return nil
        }
        return value
    }

    /// The node as `true` or `false` (YAML 1.2: not `yes`/`no`, which are text).
    public mutating func bool(_ node: YAMLNode, _ what: Message) -> Bool? {
        guard node.scalarStyle == .plain, let text = node.scalar, ["true", "false"].contains(text) else {
            expected(ValueShape.trueOrFalse(), for: what, found: node)
            return nil
        }
        return text == "true"
    }

    /// The node as a date `YYYY-MM-DD`.
    public mutating func date(_ node: YAMLNode, _ what: Message) -> CivilDate? {
        guard let text = node.scalar, !node.isNull else {
            expected(ValueShape.date(), for: what, found: node)
            return nil
        }
        guard let date = CivilDate(iso: text) else {
            error(DecodingMessage.badDate(["text": QuotedText.clip(text), "what": .message(what)]), at: node, hint: DecodingMessage.badDateHint())
            return nil
        }
        return date
    }

    /// The node as one of an enumeration's raw values, with "did you mean" on a typo.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: Message, as type: T.Type) -> T?
        where T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        error(DecodingMessage.notOneOf(["text": QuotedText.clip(text), "what": .message(what)]).suggesting(text, in: allowed),
              at: node, hint: DecodingMessage.allowedValues(["values": .texts(allowed)]))
        return nil
    }

    /// The node as a list; a single value where a list is expected is an error.
    public mutating func list(_ node: YAMLNode, _ what: Message) -> [YAMLNode]? {
        guard let items = node.sequence else {
            expected(ValueShape.list(), for: what, found: node, hint: DecodingMessage.listHint())
            return nil
        }
        return items
    }

    /// Checks the `version` and `kind` every file starts with; false when the file is not of
    /// `kind` or of a version this build reads (and then the rest is not decoded).
    public mutating func checkHeader(_ reader: MappingReader, kind expected: String) -> Bool {
        var ok = true
        if let version = reader.required("version", &self) {
            if version.scalarStyle == .plain, let text = version.scalar, let number = Int(text) {
                if number != 1 {
                    error(DecodingMessage.unsupportedVersion(["version": .int(number)]), at: version, hint: DecodingMessage.versionHint())
                    ok = false
                }
            } else {
                self.expected(ValueShape.numberOne(), for: LoaderThing.key("version"), found: version, hint: DecodingMessage.versionHint())
                ok = false
            }
        } else {
            ok = false
        }
        if let kind = reader.required("kind", &self), let text = string(kind, LoaderThing.key("kind")) {
            if text != expected {
                error(DecodingMessage.wrongKind(["expected": .text(expected), "kind": QuotedText.clip(text)]).suggesting(text, in: [expected]),
                      at: kind, hint: DecodingMessage.kindHint(["expected": .text(expected)]))
                ok = false
            }
        } else {
            ok = false
        }
        return ok
    }
}
