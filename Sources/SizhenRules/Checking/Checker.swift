import SizhenDiagnostics

/// A checked node: its plan, its static type, and where it starts.
struct Typed {
    var plan: Plan
    var type: RuleType
    var offset: Int
}

/// Type-checks a parsed expression against an environment and resolves it into a `Plan`.
///
/// Every problem is reported (unknown names with "did you mean", mismatched types, values
/// outside an enumeration, unknown functions, wrong arity), each at the column of the part
/// of the expression it concerns. A node with an error yields nil, and its parents stay
/// silent about it, so that one mistake gives one message.
struct Checker {
    let environment: RuleEnvironment
    let origin: SourceLocation
    private(set) var diagnostics = Diagnostics()
    /// Macro variables in scope, innermost last, with their frame slots.
    private var scopes: [(name: String, type: RuleType, slot: Int)] = []
    /// The frame slots below this are reserved (a decision table's inputs).
    private let reservedLocals: Int
    /// The type of the decision-table input an entry tests, and its slot.
    private let input: (type: RuleType, slot: Int, name: String)?
    /// The most frame slots any evaluation needs.
    private(set) var localCount: Int

    static let unsupportedFunctions: Set<String> = [
        "matches", "dyn", "type", "uint", "bytes", "timestamp", "duration", "optional", "getField",
        "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getFullYear", "getHours",
        "getMilliseconds", "getMinutes", "getMonth", "getSeconds",
    ]
    static let functionNames = Builtin.allCases.map(\.rawValue) + Macro.allCases.map(\.rawValue) + ["has"]

    init(environment: RuleEnvironment, origin: SourceLocation, reservedLocals: Int = 0,
         input: (type: RuleType, slot: Int, name: String)? = nil) {
        self.environment = environment
        self.origin = origin
        self.reservedLocals = reservedLocals
        self.input = input
        self.localCount = reservedLocals
    }

    func location(_ offset: Int) -> SourceLocation { origin.advanced(byColumns: offset) }

    mutating func error(_ message: Message, at offset: Int, hint: Message? = nil) {
        diagnostics.append(.error(message, at: location(offset), hint: hint))
    }

    /// Checks the whole expression; with `expecting`, the result must have that type.
    mutating func check(_ root: SyntaxNode, expecting: RuleType?) -> Typed? {
        guard let typed = check(root) else { return nil }
        guard let expecting else { return typed }
        if typed.type.isDyn {
            return Typed(plan: .expect(expecting, typed.plan, location(0)), type: expecting, offset: typed.offset)
        }
        if !expecting.isDyn, !Self.comparable(typed.type, expecting) {
            error(RuleMessages.wrongResultType(expected: expecting, found: typed.type), at: 0,
                  hint: expecting == .bool ? RuleMessage.boolResultHint() : nil)
            return nil
        }
        return typed
    }

    // MARK: Nodes

    mutating func check(_ node: SyntaxNode) -> Typed? {
        guard var typed = checkNode(node) else { return nil }
        typed.offset = node.start
        return typed
    }

    private mutating func checkNode(_ node: SyntaxNode) -> Typed? {
        let here = location(node.offset)
        switch node.kind {
        case .int(let value): return Typed(plan: .constant(.int(value)), type: .int, offset: node.offset)
        case .double(let value): return Typed(plan: .constant(.double(value)), type: .double, offset: node.offset)
        case .string(let value): return Typed(plan: .constant(.string(value)), type: .string, offset: node.offset)
        case .bool(let value): return Typed(plan: .constant(.bool(value)), type: .bool, offset: node.offset)
        case .null: return Typed(plan: .constant(.null), type: .null, offset: node.offset)
        case .input:
            guard let input else { return nil }
            return Typed(plan: .local(input.slot), type: input.type, offset: node.offset)
        case .identifier(let name):
            if let scope = scopes.last(where: { $0.name == name }) {
                return Typed(plan: .local(scope.slot), type: scope.type, offset: node.offset)
            }
            if let slot = environment.slot(of: name) {
                return Typed(plan: .variable(slot), type: environment.variables[slot].type, offset: node.offset)
            }
            let candidates = scopes.map(\.name) + environment.variables.map(\.name)
            error(RuleMessages.unknownVariable(name, candidates: candidates), at: node.offset, hint: RuleMessages.variablesHint(candidates))
            return nil
        case .select(let base, let field, let fieldOffset):
            guard let operand = check(base) else { return nil }
            return select(operand, base: base, field: field, fieldOffset: fieldOffset, at: node.offset)
        case .index(let base, let indexNode):
            let operand = check(base)
            let index = check(indexNode)
            guard let operand, let index else { return nil }
            return subscripted(operand, index, at: node.offset)
        case .call(let target, let function, let arguments):
            return call(target: target, function: function, arguments: arguments, at: node.offset)
        case .list(let items):
            let typed = items.map { check($0) }
            guard typed.allSatisfy({ $0 != nil }) else { return nil }
            let elements = typed.map { $0! }
            var element: RuleType? = elements.first.map(\.type.widened)
            for item in elements.dropFirst() {
                element = element.flatMap { Self.join($0, item.type.widened) } ?? .dyn
            }
            return Typed(plan: .list(elements.map(\.plan), here), type: .list(element ?? .dyn), offset: node.offset)
        case .map(let entries):
            var plans: [(Plan, Plan)] = []
            var keyType: RuleType?
            var valueType: RuleType?
            var failed = false
            for entry in entries {
                let key = check(entry.key)
                let value = check(entry.value)
                guard let key, let value else { failed = true; continue }
                switch key.type.widened {
                case .int, .string, .bool, .dyn: break
                default:
                    error(RuleMessages.badMapKey(key.type), at: entry.key.offset)
                    failed = true
                    continue
                }
                keyType = keyType.map { Self.join($0, key.type.widened) ?? .dyn } ?? key.type.widened
                valueType = valueType.map { Self.join($0, value.type.widened) ?? .dyn } ?? value.type.widened
                plans.append((key.plan, value.plan))
            }
            if failed { return nil }
            return Typed(plan: .map(plans, here), type: .map(key: keyType ?? .dyn, value: valueType ?? .dyn), offset: node.offset)
        case .unary(let op, let operandNode):
            guard let operand = check(operandNode) else { return nil }
            switch (op, operand.type.widened) {
            case (.not, .bool), (.not, .dyn):
                return Typed(plan: .not(operand.plan, here), type: .bool, offset: node.offset)
            case (.negate, .int), (.negate, .double), (.negate, .dyn):
                return Typed(plan: .negate(operand.plan, here), type: operand.type.widened, offset: node.offset)
            default:
                error(RuleMessages.badUnary(op.rawValue, operand.type), at: node.offset)
                return nil
            }
        case .binary(let op, let leftNode, let rightNode):
            let left = check(leftNode)
            let right = check(rightNode)
            guard let left, let right else { return nil }
            return binary(op, left, right, at: node.offset)
        case .conditional(let conditionNode, let trueNode, let falseNode):
            let condition = check(conditionNode)
            let whenTrue = check(trueNode)
            let whenFalse = check(falseNode)
            guard let condition, let whenTrue, let whenFalse else { return nil }
            guard condition.type.widened == .bool || condition.type.isDyn else {
                error(RuleMessages.conditionNotBool(condition.type), at: conditionNode.offset)
                return nil
            }
            guard let type = Self.join(whenTrue.type, whenFalse.type) else {
                error(RuleMessages.branchesDiffer(whenTrue.type, whenFalse.type), at: node.offset)
                return nil
            }
            return Typed(plan: .conditional(condition.plan, whenTrue.plan, whenFalse.plan, here), type: type, offset: node.offset)
        }
    }

    // MARK: Fields and indexing

    private mutating func select(_ operand: Typed, base: SyntaxNode, field: String, fieldOffset: Int, at offset: Int) -> Typed? {
        let here = location(fieldOffset)
        switch operand.type {
        case .object(let object):
            guard let index = object.index(of: field) else {
                let names = object.fields.map(\.name)
                error(RuleMessages.unknownField(field, of: Self.path(base) ?? object.name, names: names),
                      at: fieldOffset, hint: RuleMessages.fieldsHint(Self.path(base) ?? object.name, names))
                return nil
            }
            let type = object.fields[index].type
            let path = (Self.path(base) ?? object.name) + "." + field
            let optional: Bool
            switch type {
            case .null, .dyn: optional = true
            default: optional = false
            }
            return Typed(plan: .field(operand.plan, index: index, path: path, optional: optional, here), type: type, offset: offset)
        case .map(let key, let value) where key.isText || key.isDyn:
            return Typed(plan: .dynamicField(operand.plan, name: field, here), type: value, offset: offset)
        case .dyn:
            return Typed(plan: .dynamicField(operand.plan, name: field, here), type: .dyn, offset: offset)
        default:
            error(RuleMessages.noFields(operand.type, field: field), at: fieldOffset)
            return nil
        }
    }

    private mutating func subscripted(_ operand: Typed, _ index: Typed, at offset: Int) -> Typed? {
        let here = location(offset)
        switch operand.type.widened {
        case .list(let element):
            guard index.type == .int || index.type.isDyn else {
                error(RuleMessages.badListIndex(index.type), at: index.offset)
                return nil
            }
            return Typed(plan: .index(operand.plan, index.plan, here), type: element, offset: offset)
        case .map(let key, let value):
            guard Self.comparable(key, index.type) else {
                error(RuleMessages.badMapIndex(index.type, key: key), at: index.offset)
                return nil
            }
            return Typed(plan: .index(operand.plan, index.plan, here), type: value, offset: offset)
        case .dyn:
            return Typed(plan: .index(operand.plan, index.plan, here), type: .dyn, offset: offset)
        default:
            error(RuleMessages.notIndexable(operand.type), at: offset)
            return nil
        }
    }

    /// `case.resident.housebound` for a chain of names, for messages.
    static func path(_ node: SyntaxNode) -> String? {
        switch node.kind {
        case .identifier(let name): name
        case .select(let base, let field, _): path(base).map { $0 + "." + field }
        default: nil
        }
    }

    // MARK: Operators

    private mutating func binary(_ op: BinaryOperator, _ left: Typed, _ right: Typed, at offset: Int) -> Typed? {
        let here = location(offset)
        let l = left.type.widened
        let r = right.type.widened
        switch op {
        case .and, .or:
            for side in [left, right] where !(side.type.widened == .bool || side.type.isDyn) {
                error(RuleMessages.logicalOperand(op.rawValue, side.type), at: side.offset)
                return nil
            }
            let plan: Plan = op == .and ? .and(left.plan, right.plan, here) : .or(left.plan, right.plan, here)
            return Typed(plan: plan, type: .bool, offset: offset)
        case .equal, .notEqual:
            guard Self.comparable(left.type, right.type) else {
                error(RuleMessages.cannotCompare(op.rawValue, left.type, right.type), at: offset,
                      hint: Self.numericHint(l, r))
                return nil
            }
            guard checkEnumeration(left, right), checkEnumeration(right, left) else { return nil }
            return Typed(plan: .equality(negated: op == .notEqual, left.plan, right.plan, here), type: .bool, offset: offset)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            switch (l, r) {
            case (.int, .int), (.double, .double), (.int, .double), (.double, .int), (.string, .string), (.bool, .bool),
                 (.dyn, _), (_, .dyn):
                return Typed(plan: .ordering(op, left.plan, right.plan, here), type: .bool, offset: offset)
            default:
                error(RuleMessages.cannotCompare(op.rawValue, left.type, right.type), at: offset,
                      hint: l.isText || r.isText ? RuleMessage.quotedNumberHint() : nil)
                return nil
            }
        case .in:
            switch right.type {
            case .list(let element):
                guard Self.comparable(left.type, element) else {
                    error(RuleMessages.badMembership(left.type, right.type), at: offset)
                    return nil
                }
                guard checkEnumeration(left, right), checkEnumerationElements(of: right, against: left) else { return nil }
            case .map(let key, _):
                guard Self.comparable(left.type, key) else {
                    error(RuleMessages.badMembership(left.type, right.type), at: offset)
                    return nil
                }
            case .dyn: break
            default:
                error(RuleMessages.inNeedsCollection(right.type), at: right.offset)
                return nil
            }
            return Typed(plan: .membership(left.plan, right.plan, here), type: .bool, offset: offset)
        case .add, .subtract, .multiply, .divide, .remainder:
            let type: RuleType?
            switch (op, l, r) {
            case (_, .dyn, _), (_, _, .dyn): type = .dyn
            case (_, .int, .int): type = .int
            case (.remainder, _, _): type = nil
            case (_, .double, .double): type = .double
            case (.add, .string, .string): type = .string
            case (.add, .list(let a), .list(let b)): type = .list(Self.join(a, b) ?? .dyn)
            default: type = nil
            }
            guard let type else {
                error(RuleMessages.badArithmetic(op.rawValue, left.type, right.type), at: offset, hint: Self.numericHint(l, r))
                return nil
            }
            return Typed(plan: .arithmetic(op, left.plan, right.plan, here), type: type, offset: offset)
        }
    }

    private static func numericHint(_ l: RuleType, _ r: RuleType) -> Message? {
        switch (l, r) {
        case (.int, .double), (.double, .int): RuleMessage.mixedNumbersHint()
        case (.int, .string), (.string, .int), (.double, .string), (.string, .double): RuleMessage.quotedNumberHint()
        default: nil
        }
    }

    /// A string literal compared with an enumeration must be one of its values.
    private mutating func checkEnumeration(_ side: Typed, _ other: Typed) -> Bool {
        guard let values = side.type.enumerationValues, case .string(let text)? = other.plan.constant else { return true }
        return checkValue(text, in: values, of: side, at: other.offset)
    }

    /// `case.category in ["婚恋", "家庭"]`: each literal must be a value of the enumeration.
    private mutating func checkEnumerationElements(of list: Typed, against side: Typed) -> Bool {
        guard let values = side.type.enumerationValues, case .list(let items, _) = list.plan else { return true }
        var ok = true
        for item in items {
            if case .string(let text)? = item.constant, !values.contains(text) {
                ok = checkValue(text, in: values, of: side, at: list.offset) && ok
            }
        }
        return ok
    }

    private mutating func checkValue(_ text: String, in values: [String], of side: Typed, at offset: Int) -> Bool {
        if values.contains(text) { return true }
        error(RuleMessages.notAnEnumerationValue(text, of: describe(side), values: values), at: offset)
        return false
    }

    /// How a message names what a value comes from: its path or name, else "the value".
    private func describe(_ typed: Typed) -> MessageValue {
        switch typed.plan {
        case .field(_, _, let path, _, _): .text(path)
        case .variable(let slot): .text(environment.variables[slot].name)
        case .local(let slot):
            if let input, input.slot == slot {
                .text(input.name)
            } else {
                scopes.last { $0.slot == slot }.map { .text($0.name) } ?? RuleMessages.theValue
            }
        default: RuleMessages.theValue
        }
    }

    // MARK: Types

    /// Whether `==` may compare values of these types (CEL: the same type, or `dyn`).
    static func comparable(_ a: RuleType, _ b: RuleType) -> Bool {
        switch (a.widened, b.widened) {
        case (.dyn, _), (_, .dyn): true
        case (.null, .null), (.null, .object), (.object, .null): true
        case let (.list(x), .list(y)): comparable(x, y)
        case let (.map(k1, v1), .map(k2, v2)): comparable(k1, k2) && comparable(v1, v2)
        case let (x, y): x == y
        }
    }

    /// The type both branches fit, or nil when none does.
    static func join(_ a: RuleType, _ b: RuleType) -> RuleType? {
        if a == b { return a }
        switch (a.widened, b.widened) {
        case (.dyn, _), (_, .dyn): return .dyn
        case let (.list(x), .list(y)): return .list(join(x, y) ?? .dyn)
        case let (.map(k1, v1), .map(k2, v2)): return .map(key: join(k1, k2) ?? .dyn, value: join(v1, v2) ?? .dyn)
        case (.null, .object): return b
        case (.object, .null): return a
        case let (x, y): return x == y ? x : nil
        }
    }

    // MARK: Calls and macros

    private mutating func call(target: SyntaxNode?, function: String, arguments: [SyntaxNode], at offset: Int) -> Typed? {
        let here = location(offset)
        if let target, let macro = Macro(rawValue: function) {
            return comprehension(macro, target: target, arguments: arguments, at: offset)
        }
        if function == "has", target == nil {
            guard arguments.count == 1, case .select(let base, let field, let fieldOffset) = arguments[0].kind else {
                error(RuleMessage.badHas(), at: offset, hint: RuleMessage.hasHint())
                return nil
            }
            guard let operand = check(base) else { return nil }
            switch operand.type {
            case .object(let object):
                guard let index = object.index(of: field) else {
                    _ = select(operand, base: base, field: field, fieldOffset: fieldOffset, at: arguments[0].offset)
                    return nil
                }
                return Typed(plan: .presence(operand.plan, name: field, index: index, here), type: .bool, offset: offset)
            case .map, .dyn:
                return Typed(plan: .presence(operand.plan, name: field, index: nil, here), type: .bool, offset: offset)
            default:
                error(RuleMessages.noFields(operand.type, field: field), at: fieldOffset)
                return nil
            }
        }
        guard let builtin = Builtin(rawValue: function) else {
            if Self.unsupportedFunctions.contains(function) {
                error(RuleMessages.unsupportedFunction(function), at: offset, hint: RuleMessage.functionsHint())
            } else if Macro(rawValue: function) != nil {
                error(RuleMessages.macroNeedsTarget(function), at: offset)
            } else {
                error(RuleMessages.unknownFunction(function, candidates: Self.functionNames), at: offset,
                      hint: RuleMessage.functionsHint())
            }
            return nil
        }
        var typed: [Typed] = []
        var failed = false
        for node in (target.map { [$0] } ?? []) + arguments {
            if let t = check(node) { typed.append(t) } else { failed = true }
        }
        if failed { return nil }
        let isMethod = target != nil
        switch builtin {
        case .size:
            guard typed.count == 1 else {
                error(RuleMessages.arity(function, isMethod: isMethod, expected: isMethod ? 0 : 1, found: arguments.count), at: offset)
                return nil
            }
            switch typed[0].type.widened {
            case .string, .list, .map, .dyn:
                return Typed(plan: .call(.size, [typed[0].plan], here), type: .int, offset: offset)
            default:
                error(RuleMessages.noOverload(function, typed.map(\.type)), at: offset)
                return nil
            }
        case .contains, .startsWith, .endsWith:
            guard isMethod else {
                error(RuleMessages.methodOnly(function), at: offset)
                return nil
            }
            guard typed.count == 2 else {
                error(RuleMessages.arity(function, isMethod: true, expected: 1, found: arguments.count), at: offset)
                return nil
            }
            guard typed.allSatisfy({ $0.type.isText || $0.type.isDyn }) else {
                error(RuleMessages.noOverload(function, typed.map(\.type)), at: offset)
                return nil
            }
            return Typed(plan: .call(builtin, typed.map(\.plan), here), type: .bool, offset: offset)
        case .toInt, .toDouble, .toString:
            guard !isMethod else {
                error(RuleMessages.globalOnly(function), at: offset)
                return nil
            }
            guard typed.count == 1 else {
                error(RuleMessages.arity(function, isMethod: false, expected: 1, found: arguments.count), at: offset)
                return nil
            }
            let accepted: Bool
            switch (builtin, typed[0].type.widened) {
            case (_, .int), (_, .double), (_, .string), (_, .dyn), (.toString, .bool): accepted = true
            default: accepted = false
            }
            guard accepted else {
                error(RuleMessages.noOverload(function, typed.map(\.type)), at: offset)
                return nil
            }
            let result: RuleType = builtin == .toInt ? .int : builtin == .toDouble ? .double : .string
            return Typed(plan: .call(builtin, [typed[0].plan], here), type: result, offset: offset)
        }
    }

    private mutating func comprehension(_ macro: Macro, target: SyntaxNode, arguments: [SyntaxNode], at offset: Int) -> Typed? {
        let here = location(offset)
        let allowed = macro == .map ? [2, 3] : [2]
        guard allowed.contains(arguments.count) else {
            error(RuleMessages.macroArity(macro.rawValue, expected: allowed), at: offset, hint: RuleMessages.macroHint(macro.rawValue))
            return nil
        }
        guard case .identifier(let variable) = arguments[0].kind else {
            error(RuleMessages.macroVariable(macro.rawValue), at: arguments[0].offset, hint: RuleMessages.macroHint(macro.rawValue))
            return nil
        }
        guard let range = check(target) else { return nil }
        let elementType: RuleType
        switch range.type {
        case .list(let type): elementType = type
        case .map(let key, _): elementType = key
        case .dyn: elementType = .dyn
        default:
            error(RuleMessages.macroRange(macro.rawValue, range.type), at: target.start)
            return nil
        }
        let slot = reservedLocals + scopes.count
        scopes.append((variable, elementType, slot))
        localCount = max(localCount, slot + 1)
        defer { scopes.removeLast() }
        let predicateNode = arguments[1]
        guard let predicate = check(predicateNode) else { return nil }
        var transform: Typed?
        if arguments.count == 3 {
            guard let t = check(arguments[2]) else { return nil }
            transform = t
        }
        let predicateMustBeBool = macro != .map || arguments.count == 3
        if predicateMustBeBool, !(predicate.type.widened == .bool || predicate.type.isDyn) {
            error(RuleMessages.predicateNotBool(macro.rawValue, predicate.type), at: predicateNode.offset)
            return nil
        }
        let type: RuleType
        let predicatePlan: Plan
        var transformPlan: Plan?
        switch macro {
        case .all, .exists, .existsOne:
            type = .bool
            predicatePlan = predicate.plan
        case .filter:
            type = .list(elementType)
            predicatePlan = predicate.plan
        case .map:
            if let transform {
                type = .list(transform.type)
                predicatePlan = predicate.plan
                transformPlan = transform.plan
            } else {
                type = .list(predicate.type)
                predicatePlan = .constant(.bool(true))
                transformPlan = predicate.plan
            }
        }
        return Typed(plan: .comprehension(macro, range: range.plan, local: slot, predicate: predicatePlan, transform: transformPlan, here),
                     type: type, offset: offset)
    }
}
