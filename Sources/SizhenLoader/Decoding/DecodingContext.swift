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
    public mutating func error(_ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(.error(message, at: node.location, hint: hint))
    }

    /// Reports a warning.
    public mutating func warning(_ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(.warning(message, at: node.location, hint: hint))
    }

    /// Reports a located diagnostic built elsewhere.
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    // MARK: Scalars

    /// The node as text; an error for a list, a mapping or null.
    public mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            error(DecodingMessages.expected("text", for: what, found: node), at: node)
            return nil
        }
        return text
    }

    /// The node as non-empty text after trimming spaces.
    public mutating func nonEmptyString(_ node: YAMLNode, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            error(DecodingMessages.emptyValue(what), at: node)
            return nil
        }
        return text
    }

    /// The node as a whole number in `range`; quoted numbers are text, not numbers.
    public mutating func int(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = node.scalar, node.scalarStyle == .plain, !node.isNull, let value = Int(text) else {
            error(DecodingMessages.expected("a whole number", for: what, found: node), at: node)
            return nil
        }
        guard range.contains(value) else {
            error(DecodingMessages.outOfRange(what, value: value, range: range), at: node)
            return nil
        }
        return value
    }

    /// The node as `true` or `false` (YAML 1.2: not `yes`/`no`, which are text).
    public mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        guard node.scalarStyle == .plain, let text = node.scalar, ["true", "false"].contains(text) else {
            error(DecodingMessages.expected("true or false", for: what, found: node), at: node)
            return nil
        }
        return text == "true"
    }

    /// The node as a date `YYYY-MM-DD`.
    public mutating func date(_ node: YAMLNode, _ what: String) -> CivilDate? {
        guard let text = node.scalar, !node.isNull else {
            error(DecodingMessages.expected("a date (YYYY-MM-DD)", for: what, found: node), at: node)
            return nil
        }
        guard let date = CivilDate(iso: text) else {
            error(DecodingMessages.badDate(text, what), at: node, hint: DecodingMessages.badDateHint)
            return nil
        }
        return date
    }

    /// The node as one of an enumeration's raw values, with "did you mean" on a typo.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String, as type: T.Type) -> T?
        where T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        error(DecodingMessages.notOneOf(text, what, allowed: allowed) + Suggestions.didYouMean(text, in: allowed),
              at: node, hint: DecodingMessages.allowedValues(allowed))
        return nil
    }

    /// The node as a list; a single value where a list is expected is an error.
    public mutating func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        guard let items = node.sequence else {
            error(DecodingMessages.expected("a list", for: what, found: node), at: node,
                  hint: DecodingMessages.listHint)
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
                    error(DecodingMessages.unsupportedVersion(number), at: version, hint: DecodingMessages.versionHint)
                    ok = false
                }
            } else {
                error(DecodingMessages.expected("the number 1", for: "version", found: version), at: version,
                      hint: DecodingMessages.versionHint)
                ok = false
            }
        } else {
            ok = false
        }
        if let kind = reader.required("kind", &self), let text = string(kind, "kind") {
            if text != expected {
                error(DecodingMessages.wrongKind(text, expected: expected) + Suggestions.didYouMean(text, in: [expected]),
                      at: kind, hint: DecodingMessages.kindHint(expected))
                ok = false
            }
        } else {
            ok = false
        }
        return ok
    }
}
