import SizhenDiagnostics
import SizhenRules

/// Reads a JSON object whose top-level keys are variables, for `sizhen eval --with`. A small
/// parser of its own rather than Foundation's, so that `5` stays an int and `5.0` a double,
/// keys keep their order, and a mistake is reported at its line and column.
///
/// Types come from the values: numbers without a fraction or exponent are ints, objects
/// become record types (so a misspelt field is caught by the checker), lists whose elements
/// agree get that element type, and `null` or mixed lists are `dyn`.
struct JSONVariables {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var position = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    static let maximumDepth = 100

    struct Failure: Error {
        var diagnostic: Diagnostic
    }

    init(_ text: String, file: String) {
        self.scalars = Array(text.unicodeScalars)
        self.file = file
    }

    /// The environment declaring each top-level key, and the activation holding the values.
    mutating func read() throws(Failure) -> (RuleEnvironment, Activation) {
        skipSpace()
        guard peek == "{" else { throw fail(JSONMessage.notObject()) }
        var environment = RuleEnvironment()
        var values: [RuleValue] = []
        for (key, (value, type)) in try object(path: "") {
            environment.declare(key, type)
            values.append(value)
        }
        skipSpace()
        guard position == scalars.count else { throw fail(JSONMessage.trailing()) }
        return (environment, Activation(values: values))
    }

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func fail(_ message: Message) -> Failure { Failure(diagnostic: .error(message, at: here)) }

    private mutating func advance() {
        if scalars[position] == "\n" { line += 1; column = 1 } else { column += 1 }
        position += 1
    }

    private mutating func skipSpace() {
        while let s = peek, s == " " || s == "\t" || s == "\n" || s == "\r" { advance() }
    }

    private mutating func expect(_ s: Unicode.Scalar, _ message: Message) throws(Failure) {
        skipSpace()
        guard peek == s else { throw fail(message) }
        advance()
    }

    private mutating func value(path: String) throws(Failure) -> (RuleValue, RuleType) {
        skipSpace()
        guard let s = peek else { throw fail(JSONMessage.unexpectedEnd()) }
        switch s {
        case "{":
            var fields: [ObjectType.Field] = []
            var values: [RuleValue] = []
            for (key, (value, type)) in try object(path: path) {
                fields.append(.init(key, type))
                values.append(value)
            }
            let type = ObjectType(name: path, fields: fields)
            return (.object(ObjectValue(type: type, fields: values)), .object(type))
        case "[":
            depth += 1
            guard depth <= Self.maximumDepth else { throw fail(JSONMessage.tooDeep(["limit": .int(Self.maximumDepth)])) }
            defer { depth -= 1 }
            advance()
            var items: [RuleValue] = []
            var element: RuleType?
            var mixed = false
            skipSpace()
            if peek == "]" { advance(); return (.list([]), .list(.dyn)) }
            while true {
                let (item, type) = try value(path: path + "[]")
                items.append(item)
                if let element, element != type { mixed = true }
                element = element ?? type
                skipSpace()
                if peek == "]" { advance(); break }
                try expect(",", JSONMessage.expectedCommaOrEnd(["close": "]"]))
            }
            return (.list(items), .list(mixed ? .dyn : element ?? .dyn))
        case "\"":
            return (.string(try string()), .string)
        case "t", "f", "n":
            for (word, value, type) in [("true", RuleValue.bool(true), RuleType.bool), ("false", .bool(false), .bool), ("null", .null, .dyn)] {
                let scalars = Array(word.unicodeScalars)
                if position + scalars.count <= self.scalars.count, Array(self.scalars[position..<position + scalars.count]) == scalars {
                    for _ in scalars { advance() }
                    return (value, type)
                }
            }
            throw fail(JSONMessage.unexpected(["character": .text(String(s))]))
        default:
            if s == "-" || ("0"..."9").contains(s) { return try number() }
            throw fail(JSONMessage.unexpected(["character": .text(String(s))]))
        }
    }

    private mutating func object(path: String) throws(Failure) -> [(String, (RuleValue, RuleType))] {
        depth += 1
        guard depth <= Self.maximumDepth else { throw fail(JSONMessage.tooDeep(["limit": .int(Self.maximumDepth)])) }
        defer { depth -= 1 }
        advance()
        var members: [(String, (RuleValue, RuleType))] = []
        skipSpace()
        if peek == "}" { advance(); return members }
        while true {
            skipSpace()
            let keyLocation = here
            guard peek == "\"" else { throw fail(JSONMessage.expectedKey()) }
            let key = try string()
            if members.contains(where: { $0.0 == key }) {
                throw Failure(diagnostic: .error(JSONMessage.duplicateKey(["key": .text(key)]), at: keyLocation))
            }
            try expect(":", JSONMessage.expectedColon())
            members.append((key, try value(path: path.isEmpty ? key : path + "." + key)))
            skipSpace()
            if peek == "}" { advance(); return members }
            try expect(",", JSONMessage.expectedCommaOrEnd(["close": "}"]))
        }
    }

    private mutating func string() throws(Failure) -> String {
        advance()
        var text = ""
        while true {
            guard let s = peek else { throw fail(JSONMessage.unterminatedString()) }
            if s == "\"" { advance(); return text }
            if s.value < 0x20 { throw fail(JSONMessage.controlCharacter()) }
            if s == "\\" {
                advance()
                guard let e = peek else { throw fail(JSONMessage.unterminatedString()) }
                switch e {
                case "\"", "\\", "/": text.unicodeScalars.append(e)
                case "b": text += "\u{08}"
                case "f": text += "\u{0C}"
                case "n": text += "\n"
                case "r": text += "\r"
                case "t": text += "\t"
                case "u":
                    var code: UInt32 = 0
                    for _ in 0..<4 {
                        advance()
                        guard let d = peek, let digit = UInt32(String(d), radix: 16) else { throw fail(JSONMessage.badEscape()) }
                        code = code * 16 + digit
                    }
                    if (0xD800...0xDBFF).contains(code) {
                        // A surrogate pair: \uD83D\uDC31.
                        advance()
                        guard peek == "\\" else { throw fail(JSONMessage.badEscape()) }
                        advance()
                        guard peek == "u" else { throw fail(JSONMessage.badEscape()) }
                        var low: UInt32 = 0
                        for _ in 0..<4 {
                            advance()
                            guard let d = peek, let digit = UInt32(String(d), radix: 16) else { throw fail(JSONMessage.badEscape()) }
                            low = low * 16 + digit
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low &- 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail(JSONMessage.badEscape()) }
                    text.unicodeScalars.append(scalar)
                default: throw fail(JSONMessage.badEscape())
                }
                advance()
                continue
            }
            text.unicodeScalars.append(s)
            advance()
        }
    }

    private mutating func number() throws(Failure) -> (RuleValue, RuleType) {
        let start = here
        var text = ""
        var isDouble = false
        while let s = peek, ("0"..."9").contains(s) || s == "-" || s == "+" || s == "." || s == "e" || s == "E" {
            if s == "." || s == "e" || s == "E" { isDouble = true }
            text.unicodeScalars.append(s)
            advance()
        }
        if !isDouble, let int = Int64(text) { return (.int(int), .int) }
        guard let double = Double(text), text.last.map({ ("0"..."9").contains($0) }) == true else {
            throw Failure(diagnostic: .error(JSONMessage.badNumber(["text": .text(text)]), at: start))
        }
        return (.double(double), .double)
    }
}
