import SizhenDiagnostics

/// Compiles a checked `Plan` into nested closures. Common shapes get their own closures (a
/// field of a variable, a comparison with a constant) so that the typical rule runs in a few
/// calls without allocating.
///
/// The closures take from the frame's budget what `CostModel` counts as the values go: each
/// visit of a macro's body, the elements and the text they build, copy or compare. Work the
/// expression's size bounds (a comparison with a short constant, a field) is not counted, so
/// the typical rule spends nothing.
enum Lowering {
    static func lower(_ plan: Plan) -> Step {
        switch plan {
        case .constant(let value):
            return { _ in value }
        case .variable(let slot):
            return { frame throws(RuleError) in
                slot < frame.variables.count ? frame.variables[slot] : .null
            }
        case .local(let slot):
            return { frame in frame.locals[slot] }
        case .field(let base, let index, let path, let optional, let location):
            return field(base, index: index, path: path, optional: optional, at: location)
        case .dynamicField(let base, let name, let location):
            let operand = lower(base)
            return { frame throws(RuleError) in try Operations.field(try operand(&frame), name, at: location) }
        case .presence(let base, let name, let index, let location):
            let operand = lower(base)
            return { frame throws(RuleError) in
                let value = try operand(&frame)
                if let index, case .object(let object) = value, index < object.fields.count {
                    if case .null = object.fields[index] { return .bool(false) }
                    return .bool(true)
                }
                return .bool(try Operations.has(value, name, at: location))
            }
        case .index(let base, let key, let location):
            let operand = lower(base)
            let subscriptStep = lower(key)
            return { frame throws(RuleError) in
                let collection = try operand(&frame)
                let index = try subscriptStep(&frame)
                try frame.spend(Operations.keySteps(index), at: location)
                return try Operations.index(collection, index, at: location)
            }
        case .list(let items, let location):
            // A list of constants (`["婚恋", "家庭"]`) is built once, not at every evaluation.
            let constants = items.compactMap(\.constant)
            if constants.count == items.count {
                let value = RuleValue.list(constants)
                return { _ in value }
            }
            let steps = items.map(lower)
            let bytes = CostModel.elementsBytes(steps.count)
            return { frame throws(RuleError) in
                try frame.build(bytes, at: location)
                var values: [RuleValue] = []
                values.reserveCapacity(steps.count)
                for step in steps { values.append(try step(&frame)) }
                return .list(values)
            }
        case .map(let entries, let location):
            let steps = entries.map { (lower($0.0), lower($0.1)) }
            let bytes = CostModel.elementsBytes(2 * steps.count)
            return { frame throws(RuleError) in
                try frame.build(bytes, at: location)
                var map = RuleMap()
                for (keyStep, valueStep) in steps {
                    let key = try keyStep(&frame)
                    if case .string(let text) = key { try frame.build(text.utf8.count, steps: Operations.keySteps(key), at: location) }
                    let value = try valueStep(&frame)
                    if map.contains(key) { throw RuleError(RuleMessages.duplicateKey(key.description), at: location) }
                    guard map.insert(key, value) else { throw Operations.noOverload("{:}", [key], at: location) }
                }
                return .map(map)
            }
        case .not(let operandPlan, let location):
            let operand = lower(operandPlan)
            return { frame throws(RuleError) in
                let value = try operand(&frame)
                guard case .bool(let b) = value else { throw Operations.noOverload("!", [value], at: location) }
                return .bool(!b)
            }
        case .negate(let operandPlan, let location):
            let operand = lower(operandPlan)
            return { frame throws(RuleError) in try Operations.negate(try operand(&frame), at: location) }
        case .arithmetic(let op, let left, let right, let location):
            let l = lower(left)
            let r = lower(right)
            guard op == .add else {
                return { frame throws(RuleError) in try Operations.arithmetic(op, try l(&frame), try r(&frame), at: location) }
            }
            return { frame throws(RuleError) in
                let a = try l(&frame)
                let b = try r(&frame)
                // Joined text and lists are counted before they are built.
                switch (a, b) {
                case let (.string(x), .string(y)):
                    let bytes = x.utf8.count + y.utf8.count
                    try frame.build(bytes, steps: CostModel.textSteps(bytes), at: location)
                case let (.list(x), .list(y)):
                    try frame.build(CostModel.elementsBytes(x.count + y.count), steps: x.count + y.count, at: location)
                default: break
                }
                return try Operations.arithmetic(op, a, b, at: location)
            }
        case .ordering(let op, let left, let right, let location):
            return ordering(op, left, right, at: location)
        case .equality(let negated, let left, let right, let location):
            return equality(negated: negated, left, right, at: location)
        case .membership(let element, let collection, let location):
            let e = lower(element)
            let c = lower(collection)
            // `case.category in ["婚恋", "家庭"]`: a search of numbers and short texts written
            // in the rule reads no more than the rule's own text, and is not counted.
            if case .list(let items, _) = collection, items.allSatisfy({ $0.constant.map(isShort) ?? false }) {
                return { frame throws(RuleError) in
                    let value = try e(&frame)
                    var uncounted = Int.max
                    return .bool(try Operations.contains(try c(&frame), value, work: &uncounted, at: location))
                }
            }
            return { frame throws(RuleError) in
                let value = try e(&frame)
                let found = try Operations.contains(try c(&frame), value, work: &frame.stepsLeft, at: location)
                try frame.checkSteps(at: location)
                return .bool(found)
            }
        case .and(let left, let right, let location):
            return logical(isAnd: true, lower(left), lower(right), at: location)
        case .or(let left, let right, let location):
            return logical(isAnd: false, lower(left), lower(right), at: location)
        case .conditional(let condition, let whenTrue, let whenFalse, let location):
            let c = lower(condition)
            let t = lower(whenTrue)
            let f = lower(whenFalse)
            return { frame throws(RuleError) in
                switch try c(&frame) {
                case .bool(true): return try t(&frame)
                case .bool(false): return try f(&frame)
                case let other: throw Operations.noOverload("?:", [other], at: location)
                }
            }
        case .call(let builtin, let arguments, let location):
            let steps = arguments.map(lower)
            if steps.count == 1 {
                let only = steps[0]
                return { frame throws(RuleError) in
                    let value = try only(&frame)
                    if case .string(let text) = value { try frame.spend(CostModel.callSteps(builtin, text: text.utf8.count, part: 0), at: location) }
                    return try Operations.call(builtin, [value], at: location)
                }
            }
            return { frame throws(RuleError) in
                var values: [RuleValue] = []
                for step in steps { values.append(try step(&frame)) }
                if case .string(let text) = values.first, case .string(let part) = values.dropFirst().first {
                    try frame.spend(CostModel.callSteps(builtin, text: text.utf8.count, part: part.utf8.count), at: location)
                }
                return try Operations.call(builtin, values, at: location)
            }
        case .comprehension(let macro, let range, let slot, let predicate, let transform, let location):
            // A visit costs one step and each node of the body (its own macros count their visits).
            let visit = 1 + predicate.weight + (transform?.weight ?? 0)
            return comprehension(macro, lower(range), slot: slot, lower(predicate), transform.map(lower), visit: visit, at: location)
        case .expect(let type, let inner, let location):
            let step = lower(inner)
            return { frame throws(RuleError) in
                let value = try step(&frame)
                guard Operations.matches(value, type) else {
                    throw RuleError(RuleMessages.wrongRuntimeType(expected: type, found: value.kindName), at: location)
                }
                return value
            }
        }
    }

    /// Whether comparing with a constant reads too little to count: a number, a bool, null, a
    /// text shorter than a step's bytes.
    private static func isShort(_ value: RuleValue) -> Bool {
        switch value {
        case .int, .double, .bool, .null: true
        case .string(let text): CostModel.textSteps(text.utf8.count) == 0
        case .list, .map, .object: false
        }
    }

    /// `case.parties`: one closure reads the variable and the field by index.
    private static func field(_ base: Plan, index: Int, path: String, optional: Bool, at location: SourceLocation) -> Step {
        if case .variable(let slot) = base {
            return { frame throws(RuleError) in
                try readField(slot < frame.variables.count ? frame.variables[slot] : .null, index: index, path: path, optional: optional, at: location)
            }
        }
        let operand = lower(base)
        return { frame throws(RuleError) in try readField(try operand(&frame), index: index, path: path, optional: optional, at: location) }
    }

    @inline(__always)
    private static func readField(_ value: RuleValue, index: Int, path: String, optional: Bool, at location: SourceLocation) throws(RuleError) -> RuleValue {
            guard case .object(let object) = value, index < object.fields.count else {
                if case .null = value { throw RuleError(RuleMessages.noValue(String(path[..<(path.lastIndex(of: ".") ?? path.endIndex)])), at: location) }
                throw RuleError(RuleMessages.noSuchField(String(path.split(separator: ".").last ?? ""), kind: value.kindName), at: location)
            }
            let field = object.fields[index]
            if !optional, case .null = field { throw RuleError(RuleMessages.noValue(path), at: location) }
            return field
    }

    private static func ordering(_ op: BinaryOperator, _ left: Plan, _ right: Plan, at location: SourceLocation) -> Step {
        let l = lower(left)
        if case .int(let constant)? = right.constant {
            return { frame throws(RuleError) in
                let value = try l(&frame)
                if case .int(let x) = value {
                    switch op {
                    case .less: return .bool(x < constant)
                    case .lessOrEqual: return .bool(x <= constant)
                    case .greater: return .bool(x > constant)
                    default: return .bool(x >= constant)
                    }
                }
                guard let result = Operations.order(op, value, .int(constant)) else {
                    throw Operations.noOverload(op.rawValue, [value, .int(constant)], at: location)
                }
                return .bool(result)
            }
        }
        let r = lower(right)
        return { frame throws(RuleError) in
            let a = try l(&frame)
            let b = try r(&frame)
            if case .string(let x) = a, case .string(let y) = b {
                try frame.spend(CostModel.textSteps(min(x.utf8.count, y.utf8.count)), at: location)
            }
            guard let result = Operations.order(op, a, b) else { throw Operations.noOverload(op.rawValue, [a, b], at: location) }
            return .bool(result)
        }
    }

    private static func equality(negated: Bool, _ left: Plan, _ right: Plan, at location: SourceLocation) -> Step {
        // A comparison with a text constant, the most common test in a rule; a short constant
        // reads too little to count.
        if case .string(let constant)? = right.constant ?? left.constant {
            let other = lower(right.constant != nil ? left : right)
            let read = CostModel.textSteps(constant.utf8.count)
            guard !isShort(.string(constant)) else {
                return { frame throws(RuleError) in
                    if case .string(let s) = try other(&frame) {
                        return .bool(Operations.textEquals(s, constant) != negated)
                    }
                    return .bool(negated)
                }
            }
            return { frame throws(RuleError) in
                if case .string(let s) = try other(&frame) {
                    try frame.spend(read, at: location)
                    return .bool(Operations.textEquals(s, constant) != negated)
                }
                return .bool(negated)
            }
        }
        let l = lower(left)
        let r = lower(right)
        return { frame throws(RuleError) in
            let a = try l(&frame)
            let b = try r(&frame)
            let equal = Operations.equals(a, b, work: &frame.stepsLeft)
            try frame.checkSteps(at: location)
            return .bool(equal != negated)
        }
    }

    /// `&&` and `||` with CEL's error absorption: `false && error` is false, `true || error`
    /// is true, whichever side the error is on.
    private static func logical(isAnd: Bool, _ left: @escaping Step, _ right: @escaping Step, at location: SourceLocation) -> Step {
        let decisive = !isAnd
        let op = isAnd ? "&&" : "||"
        return { frame throws(RuleError) in
            var failure: RuleError?
            do throws(RuleError) {
                switch try left(&frame) {
                case .bool(let b):
                    if b == decisive { return .bool(decisive) }
                case let other:
                    failure = Operations.noOverload(op, [other], at: location)
                }
            } catch {
                if frame.isExhausted { throw error }
                failure = error
            }
            let value: RuleValue
            do throws(RuleError) {
                value = try right(&frame)
            } catch {
                if frame.isExhausted { throw error }
                throw failure ?? error
            }
            switch value {
            case .bool(let b):
                if b == decisive { return .bool(decisive) }
                if let failure { throw failure }
                return .bool(!decisive)
            default:
                throw failure ?? Operations.noOverload(op, [value], at: location)
            }
        }
    }

    private static func comprehension(_ macro: Macro, _ range: @escaping Step, slot: Int, _ predicate: @escaping Step,
                                      _ transform: Step?, visit: Int, at location: SourceLocation) -> Step {
        { frame throws(RuleError) in
            let collection = try range(&frame)
            let items: [RuleValue]
            switch collection {
            case .list(let list): items = list
            case .map(let map):
                try frame.build(CostModel.elementsBytes(map.count), steps: map.count, at: location)
                items = map.entries.map(\.key)
            default: throw Operations.noOverload(macro.rawValue, [collection], at: location)
            }
            func test(_ frame: inout Frame) throws(RuleError) -> Bool {
                let value = try predicate(&frame)
                guard case .bool(let b) = value else { throw Operations.noOverload(macro.rawValue, [value], at: location) }
                return b
            }
            switch macro {
            case .all, .exists:
                let decisive = macro == .exists
                var failure: RuleError?
                for item in items {
                    try frame.spend(visit, at: location)
                    frame.locals[slot] = item
                    do throws(RuleError) {
                        if try test(&frame) == decisive { return .bool(decisive) }
                    } catch {
                        if frame.isExhausted { throw error }
                        if failure == nil { failure = error }
                    }
                }
                if let failure { throw failure }
                return .bool(!decisive)
            case .existsOne:
                var count = 0
                for item in items {
                    try frame.spend(visit, at: location)
                    frame.locals[slot] = item
                    if try test(&frame) { count += 1 }
                }
                return .bool(count == 1)
            case .filter:
                var kept: [RuleValue] = []
                for item in items {
                    try frame.spend(visit, at: location)
                    frame.locals[slot] = item
                    if try test(&frame) {
                        try frame.build(CostModel.elementBytes, at: location)
                        kept.append(item)
                    }
                }
                return .list(kept)
            case .map:
                var mapped: [RuleValue] = []
                for item in items {
                    try frame.spend(visit, at: location)
                    frame.locals[slot] = item
                    if try test(&frame), let transform {
                        let value = try transform(&frame)
                        try frame.build(CostModel.elementBytes, at: location)
                        mapped.append(value)
                    }
                }
                return .list(mapped)
            }
        }
    }
}
