import SizhenDiagnostics

/// The runtime semantics of the operators and functions, following CEL: heterogeneous
/// equality (an int equals a double of the same value; values of different kinds are
/// unequal), text compared by Unicode code points, checked 64-bit integer arithmetic.
enum Operations {
    // MARK: Equality and order

    /// CEL's `==`.
    static func equals(_ a: RuleValue, _ b: RuleValue) -> Bool {
        var work = Int.max
        return equals(a, b, work: &work)
    }

    /// CEL's `==`, taking from `work` the steps it reads (`CostModel`: text by its bytes, one for
    /// each pair of elements, entries or fields); it gives up, false, once `work` is below zero.
    static func equals(_ a: RuleValue, _ b: RuleValue, work: inout Int) -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.string(x), .string(y)):
            // Texts of different lengths differ without being read.
            let count = x.utf8.count
            guard count == y.utf8.count else { return false }
            work &-= CostModel.textSteps(count)
            return work >= 0 && textEquals(x, y)
        case let (.bool(x), .bool(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.int(x), .double(y)), let (.double(y), .int(x)): return compare(x, y) == 0
        case (.null, .null): return true
        case let (.list(x), .list(y)):
            guard x.count == y.count else { return false }
            for (p, q) in zip(x, y) {
                work &-= 1
                guard work >= 0, equals(p, q, work: &work) else { return false }
            }
            return true
        case let (.map(x), .map(y)):
            guard x.count == y.count else { return false }
            for entry in x.entries {
                work &-= 1 + keySteps(entry.key)
                guard work >= 0, let other = y[entry.key], equals(entry.value, other, work: &work) else { return false }
            }
            return true
        case let (.object(x), .object(y)):
            guard x.type == y.type else { return false }
            for (p, q) in zip(x.fields, y.fields) {
                work &-= 1
                guard work >= 0, equals(p, q, work: &work) else { return false }
            }
            return true
        default: return false
        }
    }

    /// The steps of looking a key up in a map: a text key is copied and hashed.
    @inline(__always)
    static func keySteps(_ key: RuleValue) -> Int {
        if case .string(let text) = key { return CostModel.textSteps(text.utf8.count) }
        return 0
    }

    /// Text equality by code points (CEL does not normalise: "é" and "e\u{301}" differ).
    @inline(__always)
    static func textEquals(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
    }

    /// The order of an int and a double, exactly (nil when the double is NaN).
    static func compare(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d >= 9223372036854775808.0 { return -1 }
        if d < -9223372036854775808.0 { return 1 }
        let w = Int64(d)  // truncates toward zero; in range after the checks above
        let whole = Double(w)
        if i != w { return i < w ? -1 : 1 }
        let fraction = d - whole
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0
    }

    /// The result of an ordering operator, or nil when the operands have no order.
    static func order(_ op: BinaryOperator, _ a: RuleValue, _ b: RuleValue) -> Bool? {
        let c: Int?
        switch (a, b) {
        case let (.int(x), .int(y)): c = x < y ? -1 : x > y ? 1 : 0
        case let (.double(x), .double(y)):
            if x.isNaN || y.isNaN { return false }
            c = x < y ? -1 : x > y ? 1 : 0
        case let (.int(x), .double(y)):
            guard let r = compare(x, y) else { return false }
            c = r
        case let (.double(x), .int(y)):
            guard let r = compare(y, x) else { return false }
            c = -r
        case let (.string(x), .string(y)):
            c = textEquals(x, y) ? 0 : x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
        case let (.bool(x), .bool(y)): c = x == y ? 0 : (!x && y) ? -1 : 1
        default: return nil
        }
        guard let c else { return nil }
        switch op {
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        default: return c >= 0
        }
    }

    // MARK: Arithmetic

    static func arithmetic(_ op: BinaryOperator, _ a: RuleValue, _ b: RuleValue, at location: SourceLocation) throws(RuleError) -> RuleValue {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let result: (partialValue: Int64, overflow: Bool)
            switch op {
            case .add: result = x.addingReportingOverflow(y)
            case .subtract: result = x.subtractingReportingOverflow(y)
            case .multiply: result = x.multipliedReportingOverflow(by: y)
            case .divide:
                if y == 0 { throw RuleError(RuleMessage.divisionByZero(), at: location) }
                result = x.dividedReportingOverflow(by: y)
            default:
                if y == 0 { throw RuleError(RuleMessage.modulusByZero(), at: location) }
                result = x.remainderReportingOverflow(dividingBy: y)
            }
            if result.overflow { throw RuleError(RuleMessage.integerOverflow(), at: location) }
            return .int(result.partialValue)
        case let (.double(x), .double(y)):
            switch op {
            case .add: return .double(x + y)
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide: return .double(x / y)
            default: break
            }
        case let (.string(x), .string(y)) where op == .add:
            return .string(x + y)
        case let (.list(x), .list(y)) where op == .add:
            return .list(x + y)
        default: break
        }
        throw noOverload(op.rawValue, [a, b], at: location)
    }

    static func negate(_ value: RuleValue, at location: SourceLocation) throws(RuleError) -> RuleValue {
        switch value {
        case .int(let x):
            let (result, overflow) = Int64(0).subtractingReportingOverflow(x)
            if overflow { throw RuleError(RuleMessage.integerOverflow(), at: location) }
            return .int(result)
        case .double(let x): return .double(-x)
        default: throw noOverload("-", [value], at: location)
        }
    }

    static func noOverload(_ op: String, _ values: [RuleValue], at location: SourceLocation) -> RuleError {
        RuleError(RuleMessages.noSuchOverload(op, values.map(\.kindName)), at: location)
    }

    // MARK: Collections

    /// `element in collection`, taking from `work` the steps it reads (one for each element
    /// visited, and what comparing it reads); it gives up, false, once `work` is below zero.
    static func contains(_ collection: RuleValue, _ element: RuleValue, work: inout Int, at location: SourceLocation) throws(RuleError) -> Bool {
        switch collection {
        case .list(let items):
            for item in items {
                work &-= 1
                if work < 0 { return false }
                if equals(item, element, work: &work) { return true }
            }
            return false
        case .map(let map):
            work &-= keySteps(element)
            return map.contains(element)
        default: throw noOverload("in", [element, collection], at: location)
        }
    }

    static func index(_ collection: RuleValue, _ key: RuleValue, at location: SourceLocation) throws(RuleError) -> RuleValue {
        switch (collection, key) {
        case let (.list(items), .int(i)):
            guard i >= 0, i < items.count else { throw RuleError(RuleMessages.indexOutOfRange(i, count: items.count), at: location) }
            return items[Int(i)]
        case let (.map(map), _):
            guard let value = map[key] else { throw RuleError(RuleMessages.missingKey(RuleValueText.literal(key)), at: location) }
            return value
        default:
            throw noOverload("[]", [collection, key], at: location)
        }
    }

    static func field(_ value: RuleValue, _ name: String, at location: SourceLocation) throws(RuleError) -> RuleValue {
        switch value {
        case .map(let map):
            guard let found = map[.string(name)] else { throw RuleError(RuleMessages.missingKey(RuleValueText.literal(.string(name))), at: location) }
            return found
        case .object(let object):
            guard let found = object[name] else { throw RuleError(RuleMessages.noSuchField(name, kind: object.type.name), at: location) }
            return found
        default:
            throw RuleError(RuleMessages.noSuchField(name, kind: value.kindName), at: location)
        }
    }

    static func has(_ value: RuleValue, _ name: String, at location: SourceLocation) throws(RuleError) -> Bool {
        switch value {
        case .map(let map): return map.contains(.string(name))
        case .object(let object):
            guard let found = object[name] else { throw RuleError(RuleMessages.noSuchField(name, kind: object.type.name), at: location) }
            if case .null = found { return false }
            return true
        default:
            throw RuleError(RuleMessages.noSuchField(name, kind: value.kindName), at: location)
        }
    }

    // MARK: Functions

    static func call(_ builtin: Builtin, _ arguments: [RuleValue], at location: SourceLocation) throws(RuleError) -> RuleValue {
        switch (builtin, arguments.count) {
        case (.size, 1):
            switch arguments[0] {
            case .string(let s): return .int(Int64(s.unicodeScalars.count))
            case .list(let l): return .int(Int64(l.count))
            case .map(let m): return .int(Int64(m.count))
            default: break
            }
        case (.contains, 2), (.startsWith, 2), (.endsWith, 2):
            guard case .string(let s) = arguments[0], case .string(let p) = arguments[1] else { break }
            switch builtin {
            case .startsWith: return .bool(s.utf8.starts(with: p.utf8))
            case .endsWith: return .bool(s.utf8.reversed().starts(with: p.utf8.reversed()))
            default: return .bool(textContains(s, p))
            }
        case (.toInt, 1):
            switch arguments[0] {
            case .int: return arguments[0]
            case .double(let d):
                guard d.isFinite, d > -9223372036854775809.0, d < 9223372036854775808.0 else {
                    throw RuleError(RuleMessages.conversionRange("int"), at: location)
                }
                return .int(Int64(d))
            case .string(let s):
                guard let value = Int64(s) else { throw RuleError(RuleMessages.conversion(s, to: "int"), at: location) }
                return .int(value)
            default: break
            }
        case (.toDouble, 1):
            switch arguments[0] {
            case .int(let i): return .double(Double(i))
            case .double: return arguments[0]
            case .string(let s):
                guard let value = Double(s) else { throw RuleError(RuleMessages.conversion(s, to: "double"), at: location) }
                return .double(value)
            default: break
            }
        case (.toString, 1):
            switch arguments[0] {
            case .int(let i): return .string(String(i))
            case .double(let d): return .string(RuleValueText.double(d))
            case .string: return arguments[0]
            case .bool(let b): return .string(b ? "true" : "false")
            default: break
            }
        default: break
        }
        throw noOverload(builtin.rawValue, arguments, at: location)
    }

    /// Whether `part` occurs in `text`, byte for byte, read in place.
    static func textContains(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                if needle.isEmpty { return true }
                guard needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                    if UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(needle) { return true }
                }
                return false
            }
        }
    }

    /// Whether a value matches a static type (for a `dyn` result that must be, say, bool).
    static func matches(_ value: RuleValue, _ type: RuleType) -> Bool {
        switch (type.widened, value) {
        case (.dyn, _), (.int, .int), (.double, .double), (.string, .string), (.bool, .bool), (.null, .null),
             (.list, .list), (.map, .map), (.object, .object):
            return true
        default:
            return false
        }
    }
}
