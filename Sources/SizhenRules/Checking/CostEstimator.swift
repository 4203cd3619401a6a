import SizhenDiagnostics

/// Estimates what evaluating a checked expression may cost, before it runs, after cel-go's
/// cost estimator: every node of the `Plan` gets a range of steps, a range of bytes built and
/// the shape of its value (`ValueShape`), in the units of `CostModel`.
///
/// A macro costs its range plus, for each element its range may hold, one visit of its body;
/// so macros nested over lists multiply. Sizes propagate: a literal's are exact, `+` adds them,
/// `map` gives a list as long as its range, what the rule reads has the shape of its declared
/// type (with the limits' assumed sizes where the type does not say). The first part of the
/// rule found over a limit, the innermost, is reported at that part, so that the message points
/// where the cost multiplies; one rule over a limit is one message (one for each limit).
struct CostEstimator {
    /// A node's estimate.
    struct Estimate {
        var steps: Extent
        var bytes: Extent
        var shape: ValueShape
        /// What the message says of a node over the step limit, when there is more to say.
        var hint: Message?

        init(steps: Extent, bytes: Extent = .zero, shape: ValueShape) {
            self.steps = steps
            self.bytes = bytes
            self.shape = shape
        }

        /// The estimate of `self` then `other`, both evaluated.
        static func + (a: Estimate, b: Estimate) -> Estimate {
            Estimate(steps: a.steps + b.steps, bytes: a.bytes + b.bytes, shape: a.shape)
        }

        /// The estimate of one of the two, whichever is evaluated (min of the least, max of the most).
        func either(_ other: Estimate) -> Estimate {
            Estimate(steps: steps.union(other.steps), bytes: bytes.union(other.bytes), shape: shape)
        }

        /// With more work of the node's own and the node's value.
        func adding(steps more: Extent = .exactly(1), bytes built: Extent = .zero, shape: ValueShape) -> Estimate {
            var result = self
            result.steps = steps + more
            result.bytes = bytes + built
            result.shape = shape
            result.hint = nil
            return result
        }
    }

    let environment: RuleEnvironment
    let limits: RuleLimits
    /// The shapes of the frame slots in scope: macro variables, a decision table's input.
    private var locals: [Int: ValueShape]
    private(set) var diagnostics = Diagnostics()
    /// Whether a part was reported over the step limit, or over the memory limit.
    private var reportedSteps = false
    private var reportedBytes = false

    init(environment: RuleEnvironment, limits: RuleLimits, locals: [Int: ValueShape] = [:]) {
        self.environment = environment
        self.limits = limits
        self.locals = locals
    }

    /// The estimate of `plan`, reporting the parts over the limits; `enclosing` is where a node
    /// that does not know its place is reported.
    mutating func estimate(_ plan: Plan, at enclosing: SourceLocation) -> Estimate {
        let here = plan.location ?? enclosing
        let result = node(plan, at: here)
        if !reportedSteps, result.steps.max > limits.maximumCost {
            diagnostics.append(.error(RuleMessages.tooCostly(result.steps.max, limit: limits.maximumCost), at: here,
                                      hint: result.hint ?? RuleMessage.tooLongHint()))
            reportedSteps = true
        }
        if !reportedBytes, result.bytes.max > limits.maximumMemory {
            diagnostics.append(.error(RuleMessages.tooMuchMemory(result.bytes.max, limit: limits.maximumMemory), at: here,
                                      hint: RuleMessage.tooMuchMemoryHint()))
            reportedBytes = true
        }
        return result
    }

    private mutating func node(_ plan: Plan, at here: SourceLocation) -> Estimate {
        switch plan {
        case .constant(let value):
            return Estimate(steps: .exactly(1), shape: ValueShape(value, assuming: limits))
        case .variable(let slot):
            return Estimate(steps: .exactly(1), shape: ValueShape(environment.variables[slot].type, assuming: limits))
        case .local(let slot):
            return Estimate(steps: .exactly(1), shape: locals[slot] ?? ValueShape(.dyn, assuming: limits))
        case .field(let base, let index, _, _, _):
            let operand = estimate(base, at: here)
            return operand.adding(shape: operand.shape.field(index, assuming: limits))
        case .dynamicField(let base, let name, _):
            let operand = estimate(base, at: here)
            return operand.adding(shape: operand.shape.field(named: name, assuming: limits))
        case .presence(let base, _, _, _):
            return estimate(base, at: here).adding(shape: .scalar)
        case .index(let base, let key, _):
            let operand = estimate(base, at: here)
            let index = estimate(key, at: here)
            // A text key is copied and hashed to look it up.
            let lookup = operand.shape.isList ? Extent.zero : index.shape.text.map(CostModel.textSteps)
            return (operand + index).adding(steps: .exactly(1) + lookup, shape: operand.shape.member)
        case .list(let items, _):
            let parts = items.map { estimate($0, at: here) }
            // A list of constants is built once, when the rule is compiled.
            let built = items.allSatisfy { $0.constant != nil } ? 0 : CostModel.elementsBytes(items.count)
            let shape = ValueShape.list(.exactly(items.count), element: .union(parts.map(\.shape), assuming: limits))
            return sum(parts).adding(bytes: .exactly(built), shape: shape)
        case .map(let entries, _):
            let keys = entries.map { estimate($0.0, at: here) }
            let values = entries.map { estimate($0.1, at: here) }
            let keyText = keys.reduce(Extent.zero) { $0 + $1.shape.text }
            let shape = ValueShape.map(.exactly(entries.count), key: .union(keys.map(\.shape), assuming: limits),
                                       value: .union(values.map(\.shape), assuming: limits))
            return (sum(keys) + sum(values)).adding(steps: .exactly(1) + keyText.map(CostModel.textSteps),
                                                    bytes: .exactly(CostModel.elementsBytes(2 * entries.count)) + keyText, shape: shape)
        case .not(let operand, _), .negate(let operand, _):
            return estimate(operand, at: here).adding(shape: .scalar)
        case .arithmetic(let op, let left, let right, _):
            let l = estimate(left, at: here)
            let r = estimate(right, at: here)
            guard op == .add else { return (l + r).adding(shape: .scalar) }
            return (l + r).adding(steps: .exactly(1) + Self.joinSteps(l.shape, r.shape), bytes: Self.joinBytes(l.shape, r.shape),
                                  shape: joined(l.shape, r.shape))
        case .ordering(_, let left, let right, _):
            let l = estimate(left, at: here)
            let r = estimate(right, at: here)
            let read = CostModel.textSteps(min(l.shape.text.max, r.shape.text.max))
            return (l + r).adding(steps: Extent(1, 1 + read), shape: .scalar)
        case .equality(_, let left, let right, _):
            let l = estimate(left, at: here)
            let r = estimate(right, at: here)
            return (l + r).adding(steps: Extent(1, 1.addingSaturating(equalitySteps(l.shape, r.shape))), shape: .scalar)
        case .membership(let element, let collection, _):
            let e = estimate(element, at: here)
            let c = estimate(collection, at: here)
            let search: Int
            if c.shape.isList || c.shape.isAny {
                search = c.shape.items.max.multipliedSaturating(by: 1.addingSaturating(equalitySteps(e.shape, c.shape.element)))
            } else {
                search = CostModel.textSteps(e.shape.text.max)
            }
            return (e + c).adding(steps: Extent(1, 1.addingSaturating(search)), shape: .scalar)
        case .and(let left, let right, _), .or(let left, let right, _):
            // The right side is not evaluated when the left decides.
            let l = estimate(left, at: here)
            let both = l + estimate(right, at: here)
            return l.either(both).adding(shape: .scalar)
        case .conditional(let condition, let whenTrue, let whenFalse, _):
            let c = estimate(condition, at: here)
            let t = estimate(whenTrue, at: here)
            let f = estimate(whenFalse, at: here)
            return (c + t.either(f)).adding(shape: t.shape.union(f.shape, assuming: limits))
        case .call(let builtin, let arguments, _):
            let parts = arguments.map { estimate($0, at: here) }
            let texts = parts.map(\.shape.text.max)
            let work = CostModel.callSteps(builtin, text: texts.first ?? 0, part: texts.count > 1 ? texts[1] : 0)
            // A number's or a bool's text is short.
            let shape = builtin == .toString ? ValueShape.text(.upTo(max(texts.first ?? 0, 32))) : .scalar
            return sum(parts).adding(steps: Extent(1, 1.addingSaturating(work)), shape: shape)
        case .comprehension(let macro, let range, let slot, let predicate, let transform, _):
            return comprehension(macro, range, slot: slot, predicate, transform, at: here)
        case .expect(_, let inner, _):
            let operand = estimate(inner, at: here)
            return operand.adding(shape: operand.shape)
        }
    }

    /// A macro: its range, then a visit of its body for each element (at best none or one, for
    /// `all` and `exists`, which may stop at the first).
    private mutating func comprehension(_ macro: Macro, _ rangePlan: Plan, slot: Int, _ predicatePlan: Plan, _ transformPlan: Plan?,
                                        at here: SourceLocation) -> Estimate {
        let range = estimate(rangePlan, at: here)
        let count = range.shape.items
        let outer = locals[slot]
        locals[slot] = range.shape.element
        let predicate = estimate(predicatePlan, at: here)
        let transform = transformPlan.map { estimate($0, at: here) }
        locals[slot] = outer

        // A map's keys are copied into a list before the visits.
        let keys = range.shape.isList ? Extent.zero : count
        let filters = predicatePlan.constant == nil
        var visit = Estimate(steps: .exactly(1), shape: .scalar) + predicate
        if let transform {
            var body = transform
            if filters { body.steps.min = 0; body.bytes.min = 0 }
            visit = visit + body
        }
        if macro == .map || macro == .filter {
            visit.bytes = visit.bytes + Extent(filters ? 0 : CostModel.elementBytes, CostModel.elementBytes)
        }
        let visits = macro == .all || macro == .exists ? Extent(min(count.min, 1), count.max) : count
        var result = range + visit
        result.steps = range.steps + Extent.exactly(1) + keys + visits * visit.steps
        result.bytes = range.bytes + keys.map(CostModel.elementsBytes) + visits * visit.bytes
        switch macro {
        case .all, .exists, .existsOne: result.shape = .scalar
        case .filter: result.shape = .list(.upTo(count.max), element: range.shape.element)
        case .map: result.shape = .list(filters ? .upTo(count.max) : count, element: transform?.shape ?? .scalar)
        }
        result.hint = RuleMessages.tooCostlyMacroHint(items: count.max, visit: visit.steps.max)
        return result
    }

    private func sum(_ parts: [Estimate]) -> Estimate {
        parts.reduce(Estimate(steps: .zero, shape: .scalar), +)
    }

    // MARK: Sizes

    /// `a + b`: the steps of copying the joined text or list.
    private static func joinSteps(_ a: ValueShape, _ b: ValueShape) -> Extent {
        let text = (a.text + b.text).map(CostModel.textSteps)
        let items = a.items + b.items
        return text.union(items)
    }

    /// `a + b`: the bytes of the joined text or list.
    private static func joinBytes(_ a: ValueShape, _ b: ValueShape) -> Extent {
        (a.text + b.text).union((a.items + b.items).map(CostModel.elementsBytes))
    }

    /// The shape of `a + b`: added sizes of texts or lists; numbers otherwise.
    private func joined(_ a: ValueShape, _ b: ValueShape) -> ValueShape {
        switch (a, b) {
        case (.scalar, .scalar): .scalar
        case (.text(let x), .text(let y)): .text(x + y)
        case (.list(let x, let e), .list(let y, let f)): .list(x + y, element: e.union(f, assuming: limits))
        default: .any(text: a.text + b.text, items: a.items + b.items)
        }
    }

    /// The most steps of comparing two values of these shapes with `==` (`Operations.equals`):
    /// their text, and each pair of elements, entries or fields.
    private func equalitySteps(_ a: ValueShape, _ b: ValueShape) -> Int {
        switch (a, b) {
        case (.scalar, _), (_, .scalar): return 0
        case (.text(let x), .text(let y)): return CostModel.textSteps(min(x.max, y.max))
        case (.list(let x, let e), .list(let y, let f)):
            return min(x.max, y.max).multipliedSaturating(by: 1.addingSaturating(equalitySteps(e, f)))
        case (.map(let x, let k, let v), .map(let y, _, let w)):
            let entry = 1.addingSaturating(CostModel.textSteps(k.text.max)).addingSaturating(equalitySteps(v, w))
            return min(x.max, y.max).multipliedSaturating(by: entry)
        case (.record(let x), .record(let y)) where x == y:
            return x.fields.indices.reduce(x.fields.count) { total, index in
                total.addingSaturating(equalitySteps(a.field(index, assuming: limits), b.field(index, assuming: limits)))
            }
        default:
            // Values of any kind: as many items as either may hold, each with text as long.
            let (text1, items1) = a.flattened(assuming: limits)
            let (text2, items2) = b.flattened(assuming: limits)
            let text = CostModel.textSteps(max(text1.max, text2.max))
            return max(items1.max, items2.max).multipliedSaturating(by: 1.addingSaturating(text)).addingSaturating(text)
        }
    }
}
