/// Messages as JSON, the way databases store them and JSON outputs carry them:
/// `{"code":"engine.case-opened","args":{"site":"烟雨社区","n":3,"people":["张三","李四"],"why":{"code":"…","args":{}}}}`.
/// Texts are strings, numbers numbers, lists arrays and messages objects, so that reading
/// one back gives the very message that was written.
extension Message {
    /// The message as one JSON object.
    public var json: String {
        var writer = JSONWriter()
        write(into: &writer)
        return writer.text
    }

    /// The arguments as one JSON object.
    public var argumentsJSON: String {
        var writer = JSONWriter()
        Self.write(arguments, into: &writer)
        return writer.text
    }

    /// Appends the arguments as one JSON object (as `argumentsJSON` writes them).
    public func writeArguments(into writer: inout JSONWriter) { Self.write(arguments, into: &writer) }

    /// Appends the message as one JSON object.
    public func write(into writer: inout JSONWriter) {
        writer.raw("{\"code\":")
        writer.string(code)
        writer.raw(",\"args\":")
        Self.write(arguments, into: &writer)
        writer.raw("}")
    }

    static func write(_ arguments: [MessageArgument], into writer: inout JSONWriter) {
        writer.raw("{")
        for (index, argument) in arguments.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.string(argument.name)
            writer.raw(":")
            write(argument.value, into: &writer)
        }
        writer.raw("}")
    }

    static func write(_ value: MessageValue, into writer: inout JSONWriter) {
        switch value {
        case .text(let text): writer.string(text)
        case .int(let number): writer.int(Int64(number))
        case .list(let items): writer.array(items) { write($1, into: &$0) }
        case .message(let message): message.write(into: &writer)
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
/// messages (`code`, then `args`). Bounded: nesting deeper than 64 levels is refused.
struct MessageJSONReader: JSONNestedReader {
    var scanner: JSONScanner
    var depth = 0

    init(_ text: String) { scanner = JSONScanner(text) }

    var atEnd: Bool { mutating get { scanner.atEnd } }

    mutating func value() -> MessageValue? {
        switch scanner.peek() {
        case UInt8(ascii: "\""): return scanner.string().map(MessageValue.text)
        case UInt8(ascii: "["): return list { $0.value() }.map(MessageValue.list)
        case UInt8(ascii: "{"):
            var code: String?
            var arguments: [MessageArgument]?
            // Exactly `code` then `args`, as `json` writes them.
            let read = members { reader, key in
                switch (key, code, arguments) {
                case ("code", nil, nil):
                    code = reader.scanner.string()
                    return code != nil
                case ("args", _?, nil):
                    arguments = reader.object()
                    return arguments != nil
                default: return false
                }
            }
            guard read, let code, let arguments else { return nil }
            return .message(Message(code: code, arguments: arguments))
        default:
            guard case .int(let number)? = scanner.number(), let whole = Int(exactly: number) else { return nil }
            return .int(whole)
        }
    }

    /// An object of arguments: `{"name": value, …}`.
    mutating func object() -> [MessageArgument]? {
        var arguments: [MessageArgument] = []
        let read = members { reader, name in
            guard let value = reader.value() else { return false }
            arguments.append(MessageArgument(name: name, value: value))
            return true
        }
        return read ? arguments : nil
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
