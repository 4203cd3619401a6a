/// A message's words with placeholders, parsed:
///
/// - `{name}`: the argument `name`;
/// - `{name|one|other}`: `one` when the number `name` is 1, else `other` (English plurals);
/// - `{?name:…}`: the part after the colon (itself a template) only when `name` is given and
///   not empty;
/// - `{{` and `}}`: a brace.
///
/// A brace that opens nothing of these is kept as it is, so that a template can never fail to
/// render; `MessageTemplate.problems` tells a test what is malformed.
public struct MessageTemplate: Sendable, Hashable {
    /// A piece of a template.
    public indirect enum Segment: Sendable, Hashable {
        case literal(String)
        case argument(String)
        case plural(String, one: String, other: String)
        case optional(String, [Segment])
    }

    /// The pieces, in order.
    public var segments: [Segment]

    /// Parses a template.
    public init(_ text: String) {
        var scanner = Scanner(Array(text.unicodeScalars))
        segments = scanner.segments(until: nil)
    }

    /// The names of the arguments the template reads, in order of first use.
    public var argumentNames: [String] {
        var names: [String] = []
        func walk(_ segments: [Segment]) {
            for segment in segments {
                switch segment {
                case .literal: break
                case .argument(let name), .plural(let name, _, _):
                    if !names.contains(name) { names.append(name) }
                case .optional(let name, let inner):
                    if !names.contains(name) { names.append(name) }
                    walk(inner)
                }
            }
        }
        walk(segments)
        return names
    }

    /// What is malformed in a template's text: an unclosed placeholder, an empty name.
    public static func problems(in text: String) -> [String] {
        var problems: [String] = []
        var depth = 0
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "{" {
                if scalars.first == "{", depth == 0 { scalars = scalars.dropFirst(); continue }
                if scalars.first == "}" { problems.append("empty placeholder '{}'") }
                depth += 1
            } else if scalar == "}" {
                if depth == 0 {
                    if scalars.first == "}" { scalars = scalars.dropFirst(); continue }
                    problems.append("'}' closes nothing")
                } else {
                    depth -= 1
                }
            }
        }
        if depth > 0 { problems.append("a placeholder is not closed") }
        return problems
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func segments(until closing: Unicode.Scalar?) -> [Segment] {
            var segments: [Segment] = []
            var literal = ""
            func flush() {
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
            }
            while position < scalars.count {
                let scalar = scalars[position]
                if scalar == closing {
                    position += 1
                    break
                }
                if scalar == "{", peek(1) == "{" {
                    literal += "{"
                    position += 2
                } else if scalar == "}", peek(1) == "}", closing == nil {
                    literal += "}"
                    position += 2
                } else if scalar == "{", let segment = placeholder() {
                    flush()
                    segments.append(segment)
                } else {
                    literal.unicodeScalars.append(scalar)
                    position += 1
                }
            }
            flush()
            return segments
        }

        func peek(_ offset: Int) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        /// A placeholder at `position` (an opening brace); nil, consuming nothing, when there is none.
        mutating func placeholder() -> Segment? {
            let start = position
            position += 1
            if peek(0) == "?" {
                position += 1
                let name = word()
                guard !name.isEmpty, peek(0) == ":" else { position = start; return nil }
                position += 1
                return .optional(name, segments(until: "}"))
            }
            let name = word()
            guard !name.isEmpty else { position = start; return nil }
            if peek(0) == "}" {
                position += 1
                return .argument(name)
            }
            guard peek(0) == "|" else { position = start; return nil }
            position += 1
            var forms: [String] = [""]
            while position < scalars.count, scalars[position] != "}" {
                if scalars[position] == "|" { forms.append("") } else { forms[forms.count - 1].unicodeScalars.append(scalars[position]) }
                position += 1
            }
            guard position < scalars.count, forms.count == 2 else { position = start; return nil }
            position += 1
            return .plural(name, one: forms[0], other: forms[1])
        }

        mutating func word() -> String {
            var name = ""
            while position < scalars.count, scalars[position].properties.isAlphabetic || scalars[position] == "_"
                    || ("0"..."9").contains(scalars[position]) {
                name.unicodeScalars.append(scalars[position])
                position += 1
            }
            return name
        }
    }
}
