/// Messages as JSON, the way databases store them and JSON outputs carry them:
/// `{"code":"engine.case-opened","args":{"site":"烟雨社区","n":3,"people":["张三","李四"],"why":{"code":"…","args":{}}}}`.
/// Texts are strings, numbers numbers, lists arrays and messages objects, so that reading
/// one back gives the very message that was written.
extension Message {
    /// The message as one JSON object.
    public var json: String {
        "{\"code\":" + JSONString.quote(code) + ",\"args\":" + Self.json(arguments) + "}"
    }

    /// The arguments as one JSON object.
    public var argumentsJSON: String { Self.json(arguments) }

    static func json(_ arguments: [MessageArgument]) -> String {
        "{" + arguments.map { JSONString.quote($0.name) + ":" + json($0.value) }.joined(separator: ",") + "}"
    }

    static func json(_ value: MessageValue) -> String {
        switch value {
        case .text(let text): JSONString.quote(text)
        case .int(let number): String(number)
        case .list(let items): "[" + items.map(json).joined(separator: ",") + "]"
        case .message(let message): message.json
        }
    }

    /// The message of `json` (as `json` writes it); nil when the text is not one.
    public init?(json: String) {
        var reader = MessageJSONReader(json)
        guard let value = reader.value(), reader.atEnd, case .message(let message) = value else { return nil }
        self = message
    }

    /// A message from its code and the JSON of its arguments (as `argumentsJSON` writes them);
    /// nil when the arguments are not a JSON object of that form.
    public init?(code: String, argumentsJSON: String) {
        var reader = MessageJSONReader(argumentsJSON)
        guard let arguments = reader.object(), reader.atEnd else { return nil }
        self.init(code: code, arguments: arguments)
    }
}

/// Reads the JSON that `Message.json` writes: strings, integers, arrays, and objects that are
/// messages (`code`, then `args`). Bounded: nesting deeper than 64 levels is
/// refused.
struct MessageJSONReader {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var atEnd: Bool {
        mutating get {
            skipSpace()
            return position == scalars.count
        }
    }

    private mutating func skipSpace() {
        while position < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[position]) { position += 1 }
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        skipSpace()
        guard position < scalars.count, scalars[position] == scalar else { return false }
        position += 1
        return true
    }

    mutating func value() -> MessageValue? {
        skipSpace()
        guard position < scalars.count else { return nil }
        switch scalars[position] {
        case "\"": return string().map(MessageValue.text)
        case "[":
            depth += 1
            defer { depth -= 1 }
            guard depth <= 64 else { return nil }
            position += 1
            var items: [MessageValue] = []
            if take("]") { return .list(items) }
            repeat {
                guard let item = value() else { return nil }
                items.append(item)
            } while take(",")
            return take("]") ? .list(items) : nil
        case "{":
            depth += 1
            defer { depth -= 1 }
            guard depth <= 64, take("{"), string(skippingSpace: true) == "code", take(":"), let code = string(skippingSpace: true),
                  take(","), string(skippingSpace: true) == "args", take(":"), let arguments = object(), take("}") else { return nil }
            return .message(Message(code: code, arguments: arguments))
        default:
            return integer().map(MessageValue.int)
        }
    }

    /// An object of arguments: `{"name": value, …}`.
    mutating func object() -> [MessageArgument]? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 64, take("{") else { return nil }
        var members: [MessageArgument] = []
        if take("}") { return members }
        repeat {
            guard let name = string(skippingSpace: true), take(":"), let value = value() else { return nil }
            members.append(MessageArgument(name: name, value: value))
        } while take(",")
        return take("}") ? members : nil
    }

    private mutating func string(skippingSpace: Bool) -> String? {
        skipSpace()
        return string()
    }

    private mutating func string() -> String? {
        guard position < scalars.count, scalars[position] == "\"" else { return nil }
        position += 1
        var text = ""
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "\"": return text
            case "\\":
                guard position < scalars.count else { return nil }
                let escaped = scalars[position]
                position += 1
                switch escaped {
                case "\"", "\\", "/": text.unicodeScalars.append(escaped)
                case "n": text += "\n"
                case "r": text += "\r"
                case "t": text += "\t"
                case "b": text += "\u{08}"
                case "f": text += "\u{0C}"
                case "u":
                    guard let high = hex4() else { return nil }
                    var code = high
                    if (0xD800...0xDBFF).contains(high) {
                        guard take("\\"), take("u"), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { return nil }
                    text.unicodeScalars.append(decoded)
                default: return nil
                }
            default: text.unicodeScalars.append(scalar)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= scalars.count else { return nil }
        var code: UInt32 = 0
        for scalar in scalars[position..<position + 4] {
            guard let digit = UInt32(String(scalar), radix: 16) else { return nil }
            code = code * 16 + digit
        }
        position += 4
        return code
    }

    private mutating func integer() -> Int? {
        let start = position
        if position < scalars.count, scalars[position] == "-" { position += 1 }
        while position < scalars.count, ("0"..."9").contains(scalars[position]) { position += 1 }
        return Int(String(String.UnicodeScalarView(scalars[start..<position])))
    }
}

/// Messages in `Codable` values (a stored plan, a JSON output): `{"code": …, "args": {…}}`. A
/// plain string decodes as prose kept under `legacy.text`, which is how values written before
/// messages had codes read back.
extension Message: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(code, forKey: Key(stringValue: "code"))
        var arguments = container.nestedContainer(keyedBy: Key.self, forKey: Key(stringValue: "args"))
        for argument in self.arguments { try arguments.encode(argument.value, forKey: Key(stringValue: argument.name)) }
    }

    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self = .legacy(text)
            return
        }
        let container = try decoder.container(keyedBy: Key.self)
        let code = try container.decode(String.self, forKey: Key(stringValue: "code"))
        let arguments = try container.nestedContainer(keyedBy: Key.self, forKey: Key(stringValue: "args"))
        self.init(code: code, arguments: try arguments.allKeys.map {
            MessageArgument(name: $0.stringValue, value: try arguments.decode(MessageValue.self, forKey: $0))
        })
    }
}

extension MessageValue: Codable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text): var container = encoder.singleValueContainer(); try container.encode(text)
        case .int(let number): var container = encoder.singleValueContainer(); try container.encode(number)
        case .list(let items): var container = encoder.unkeyedContainer(); for item in items { try container.encode(item) }
        case .message(let message): try message.encode(to: encoder)
        }
    }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if let number = try? single.decode(Int.self) { self = .int(number); return }
            if let text = try? single.decode(String.self) { self = .text(text); return }
        }
        if var list = try? decoder.unkeyedContainer() {
            var items: [MessageValue] = []
            while !list.isAtEnd { items.append(try list.decode(MessageValue.self)) }
            self = .list(items)
            return
        }
        self = .message(try Message(from: decoder))
    }
}
