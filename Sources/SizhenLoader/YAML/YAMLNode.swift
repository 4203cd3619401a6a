import SizhenDiagnostics

/// A node of a YAML document with the place it was written: what the loader decodes and
/// what every diagnostic points at.
public struct YAMLNode: Sendable {
    /// How a scalar was written; decoders treat a quoted `"1"` as text, a plain `1` as a number.
    public enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The node's content.
    public indirect enum Content: Sendable {
        /// A scalar's text, exactly as written after YAML's unescaping and folding.
        case scalar(String, ScalarStyle)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, in document order, after merge keys (`<<`) have been applied.
        case mapping([YAMLPair])
    }

    /// The content.
    public var content: Content
    /// Where the node starts (for a quoted scalar: the opening quote).
    public var location: SourceLocation
    /// An explicit tag (`!!str`), if one was written.
    public var tag: String?

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The scalar's style, or nil for a collection.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    /// The items of a sequence, or nil.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping, or nil.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Whether this is a plain `null`, `~` or empty scalar (YAML's null).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// Where the scalar's text itself begins: one column after an opening quote. Used to
    /// point at a column inside a value such as a recurrence rule or an expression.
    public var textLocation: SourceLocation {
        switch scalarStyle {
        case .singleQuoted?, .doubleQuoted?: location.advanced(byColumns: 1)
        default: location
        }
    }

    /// How many nodes the tree has, this one included (aliases counted at each use).
    public var nodeCount: Int {
        var count = 0
        var stack = [self]
        while let node = stack.popLast() {
            count += 1
            switch node.content {
            case .scalar: break
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let pairs):
                count += pairs.count
                stack.append(contentsOf: pairs.map(\.value))
            }
        }
        return count
    }

    /// A short name of the node's kind for messages: a mapping, a list, a single value.
    public var kindName: Message {
        switch content {
        case .scalar: isNull ? ValueShape.nothing() : ValueShape.singleValue()
        case .sequence: ValueShape.list()
        case .mapping: ValueShape.mapping()
        }
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
    /// The key node (a scalar in every file this project reads).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
