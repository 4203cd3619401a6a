/// What the cost estimator knows of the size of a value: the bytes of a text, the elements of a
/// list or the entries of a map, and the shapes of their parts, each as a range.
///
/// A literal's shape is exact; a value the rule reads (a field of the case, a variable) has the
/// shape of its type, with the sizes of the limits' assumptions; what a rule builds has the
/// shape the operation gives (`a + b` of texts: the two sizes added).
indirect enum ValueShape: Sendable {
    /// A number, a bool or null.
    case scalar
    /// Text of so many UTF-8 bytes.
    case text(Extent)
    /// A list of so many elements.
    case list(Extent, element: ValueShape)
    /// A map of so many entries.
    case map(Extent, key: ValueShape, value: ValueShape)
    /// A record: its fields have the shapes of their declared types.
    case record(ObjectType)
    /// Any value (`dyn`, or a value of one of two different kinds): text of `text` bytes, or a
    /// list or a map of `items` whose elements, keys and values are again such values.
    case any(text: Extent, items: Extent)

    /// The shape of a value of `type`, with unknown sizes taken from `limits`.
    init(_ type: RuleType, assuming limits: RuleLimits) {
        switch type {
        case .int, .double, .bool, .null: self = .scalar
        case .string: self = .text(.upTo(limits.assumedTextBytes))
        case .enumeration(let values):
            // An enumeration's text is one of its values.
            self = .text(Extent(values.map(\.utf8.count).min() ?? 0, values.map(\.utf8.count).max() ?? 0))
        case .list(let element): self = .list(.upTo(limits.assumedItems), element: ValueShape(element, assuming: limits))
        case .map(let key, let value):
            self = .map(.upTo(limits.assumedItems), key: ValueShape(key, assuming: limits), value: ValueShape(value, assuming: limits))
        case .object(let object): self = .record(object)
        case .dyn: self = .any(text: .upTo(limits.assumedTextBytes), items: .upTo(limits.assumedItems))
        }
    }

    /// The exact shape of a constant.
    init(_ value: RuleValue, assuming limits: RuleLimits) {
        switch value {
        case .int, .double, .bool, .null: self = .scalar
        case .object(let object): self = .record(object.type)
        case .string(let text): self = .text(.exactly(text.utf8.count))
        case .list(let items):
            self = .list(.exactly(items.count), element: .union(items.map { ValueShape($0, assuming: limits) }, assuming: limits))
        case .map(let map):
            self = .map(.exactly(map.count), key: .union(map.entries.map { ValueShape($0.key, assuming: limits) }, assuming: limits),
                        value: .union(map.entries.map { ValueShape($0.value, assuming: limits) }, assuming: limits))
        }
    }

    /// The bytes, when the value is text.
    var text: Extent {
        switch self {
        case .text(let bytes), .any(let bytes, _): bytes
        default: .zero
        }
    }

    /// The elements of a list or the entries of a map.
    var items: Extent {
        switch self {
        case .list(let count, _), .map(let count, _, _), .any(_, let count): count
        default: .zero
        }
    }

    /// Whether the value is a list.
    var isList: Bool { if case .list = self { true } else { false } }

    /// Whether the value may be of any kind.
    var isAny: Bool { if case .any = self { true } else { false } }

    /// What a macro visits: the elements of a list, the keys of a map.
    var element: ValueShape {
        switch self {
        case .list(_, let element): element
        case .map(_, let key, _): key
        case .any: self
        default: .scalar
        }
    }

    /// What `[ ]` and `.name` give: an element of a list, a value of a map.
    var member: ValueShape {
        switch self {
        case .list(_, let element): element
        case .map(_, _, let value): value
        case .any: self
        default: .scalar
        }
    }

    /// The field at `index` of a record.
    func field(_ index: Int, assuming limits: RuleLimits) -> ValueShape {
        switch self {
        case .record(let object) where index < object.fields.count: ValueShape(object.fields[index].type, assuming: limits)
        case .any: self
        default: .scalar
        }
    }

    /// The field or map entry called `name`.
    func field(named name: String, assuming limits: RuleLimits) -> ValueShape {
        if case .record(let object) = self, let index = object.index(of: name) { return field(index, assuming: limits) }
        return member
    }

    /// A shape covering both. Shapes of different kinds give `any`, as large as the larger.
    func union(_ other: ValueShape, assuming limits: RuleLimits) -> ValueShape {
        switch (self, other) {
        case (.scalar, .scalar): return .scalar
        case let (.text(a), .text(b)): return .text(a.union(b))
        case let (.list(a, x), .list(b, y)): return .list(a.union(b), element: x.union(y, assuming: limits))
        case let (.map(a, k1, v1), .map(b, k2, v2)):
            return .map(a.union(b), key: k1.union(k2, assuming: limits), value: v1.union(v2, assuming: limits))
        case let (.record(a), .record(b)) where a == b: return self
        default:
            let (text1, items1) = flattened(assuming: limits)
            let (text2, items2) = other.flattened(assuming: limits)
            return .any(text: text1.union(text2), items: items1.union(items2))
        }
    }

    /// The shape of any one of `shapes` (of none: a scalar, as an empty list's elements).
    static func union(_ shapes: [ValueShape], assuming limits: RuleLimits) -> ValueShape {
        guard var result = shapes.first else { return .scalar }
        for shape in shapes.dropFirst() { result = result.union(shape, assuming: limits) }
        return result
    }

    /// The largest text and the most items anywhere inside the value.
    func flattened(assuming limits: RuleLimits) -> (text: Extent, items: Extent) {
        switch self {
        case .scalar: return (.zero, .zero)
        case .text(let bytes): return (bytes, .zero)
        case .list(let count, let element):
            let inner = element.flattened(assuming: limits)
            return (inner.text, count.union(inner.items))
        case .map(let count, let key, let value):
            let k = key.flattened(assuming: limits)
            let v = value.flattened(assuming: limits)
            return (k.text.union(v.text), count.union(k.items).union(v.items))
        case .record: return (.upTo(limits.assumedTextBytes), .upTo(limits.assumedItems))
        case .any(let text, let items): return (text, items)
        }
    }
}
