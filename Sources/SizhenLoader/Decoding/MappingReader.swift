import SizhenDiagnostics

/// Reads the keys of one YAML mapping: required and optional keys, and at the end every key
/// nobody asked for is reported as unknown, with the closest known key suggested.
public struct MappingReader: Sendable {
    /// The mapping node itself.
    public let node: YAMLNode
    private let pairs: [YAMLPair]
    private let known: [String]
    private let what: Message

    /// Starts reading `node` as a mapping with the keys `known`; nil (after reporting) when
    /// the node is not a mapping. `what` names it in messages (`LoaderThing.holiday`).
    public init?(_ node: YAMLNode, _ what: Message, keys known: [String], in context: inout DecodingContext) {
        guard let pairs = node.mapping else {
            context.expected(ValueShape.keyValueLines(), for: what, found: node,
                             hint: DecodingMessage.expectedKeys(["keys": .texts(known)]))
            return nil
        }
        self.node = node
        self.pairs = pairs
        self.known = known
        self.what = what
        for pair in pairs where !known.contains(pair.key.scalar ?? "") {
            let key = pair.key.scalar ?? ""
            context.error(DecodingMessage.unknownKey(["key": QuotedText.clip(key), "what": .message(what)]).suggesting(key, in: known),
                          at: pair.key, hint: DecodingMessage.knownKeys(["keys": .texts(known)]))
        }
    }

    /// The value of `key`, or nil.
    public func optional(_ key: String) -> YAMLNode? {
        precondition(known.contains(key), "key '\(key)' read but not declared")
        return pairs.first { $0.key.scalar == key }?.value
    }

    /// The value of `key`; reports it missing (at the mapping) when absent.
    public func required(_ key: String, _ context: inout DecodingContext) -> YAMLNode? {
        if let value = optional(key) { return value }
        context.error(DecodingMessage.missingKey(["what": .message(what), "key": .text(key)]), at: node,
                      hint: DecodingMessage.knownKeys(["keys": .texts(known)]))
        return nil
    }

    /// The key node of `key`, for diagnostics that point at the key itself.
    public func keyNode(_ key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar == key }?.key
    }
}
