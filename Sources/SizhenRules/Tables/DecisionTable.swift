import SizhenDiagnostics

/// A checked, compiled decision table.
///
/// `build(_:in:)` checks everything at load time: each input expression and entry against the
/// environment, each output entry against its column's type, the hit policy's requirements,
/// rows of a `unique` table that overlap (an error naming both rows) and, for single-hit
/// policies, input combinations over enumerations that no row covers (a warning with an
/// example). `evaluate(_:)` returns the outputs and the matching rows.
public struct DecisionTable: Sendable {
    /// The definition the table was built from.
    public let definition: DecisionTableDefinition
    /// The type of each input, as the checker found it.
    public let inputTypes: [RuleType]
    private let inputs: [CompiledExpression]
    private let rows: [CompiledRow]
    private let frameSize: Int
    /// The limits the table was built under, whose budgets each evaluation gets.
    private let limits: RuleLimits
    private let priorities: [[String: Int]?]

    struct CompiledRow: Sendable {
        var entries: [CompiledExpression?]
        var outputs: [CompiledExpression]
        var id: String
        /// The row as messages name it: its `id`, or `row N` in the reader's language.
        var label: MessageValue
    }

    /// Checks and compiles a definition. The table is nil when there are errors; warnings
    /// (uncovered combinations) may come with a table.
    public static func build(_ definition: DecisionTableDefinition, in environment: RuleEnvironment,
                             limits: RuleLimits = .standard) -> (table: DecisionTable?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let reserved = definition.inputs.count
        var frameSize = reserved

        // Columns.
        checkUnique(definition.inputs.map { ($0.id, $0.expression.location) }, inputs: true, into: &diagnostics)
        checkUnique(definition.outputs.map { ($0.id, $0.location) }, inputs: false, into: &diagnostics)
        if definition.inputs.isEmpty { diagnostics.append(.error(DecisionTableMessage.noInputs(), at: definition.location)) }
        if definition.outputs.isEmpty { diagnostics.append(.error(DecisionTableMessage.noOutputs(), at: definition.location)) }
        var inputs: [CompiledExpression?] = []
        for input in definition.inputs {
            let result = RuleCompiler.parse(input.expression.text, at: input.expression.location, limits: limits).flatMap { node in
                RuleCompiler.compile(node, text: input.expression.text, at: input.expression.location, in: environment,
                                     expecting: nil, limits: limits, reservedLocals: reserved)
            }
            switch result {
            case .success(let compiled):
                inputs.append(compiled.compiled)
                frameSize = max(frameSize, compiled.compiled.localCount)
            case .failure(let found):
                inputs.append(nil)
                diagnostics.append(contentsOf: found)
            }
        }
        checkPolicy(definition, into: &diagnostics)

        // Rows.
        var rows: [CompiledRow] = []
        var domains: [[EntryDomain]] = []
        var rowsComplete = true
        for (number, row) in definition.rows.enumerated() {
            let id = row.id ?? "row \(number + 1)"
            let label = RuleMessages.rowLabel(id: row.id, number: number + 1)
            guard row.entries.count == definition.inputs.count else {
                diagnostics.append(.error(RuleMessages.entryCount(label, found: row.entries.count, expected: definition.inputs.count), at: row.location))
                rowsComplete = false
                continue
            }
            guard row.outputs.count == definition.outputs.count else {
                diagnostics.append(.error(RuleMessages.outputCount(label, found: row.outputs.count, expected: definition.outputs.count), at: row.location))
                rowsComplete = false
                continue
            }
            var entries: [CompiledExpression?] = []
            var rowDomains: [EntryDomain] = []
            var failed = false
            for (column, entry) in row.entries.enumerated() {
                guard let input = inputs[column] else { failed = true; continue }
                let test: UnaryTest
                do throws(SyntaxError) {
                    test = try UnaryTestParser(entry.text, limits: limits).parse()
                } catch {
                    diagnostics.append(.error(error.message, at: entry.location.advanced(byColumns: error.offset), hint: error.hint))
                    failed = true
                    continue
                }
                rowDomains.append(test.domain)
                guard let node = test.node else { entries.append(nil); continue }
                switch RuleCompiler.compile(node, text: entry.text, at: entry.location, in: environment, expecting: .bool,
                                            limits: limits, reservedLocals: reserved, input: (input.type, column, definition.inputs[column].id)) {
                case .success(let compiled):
                    entries.append(compiled.compiled)
                    frameSize = max(frameSize, compiled.compiled.localCount)
                case .failure(let found):
                    diagnostics.append(contentsOf: found)
                    failed = true
                }
            }
            var outputs: [CompiledExpression] = []
            for (column, entry) in row.outputs.enumerated() {
                let output = definition.outputs[column]
                let result = RuleCompiler.parse(entry.text, at: entry.location, limits: limits).flatMap { node in
                    RuleCompiler.compile(node, text: entry.text, at: entry.location, in: environment, expecting: output.type,
                                         limits: limits, reservedLocals: reserved)
                }
                switch result {
                case .success(let compiled):
                    if let values = output.type.enumerationValues, case .string(let text)? = compiled.constant, !values.contains(text) {
                        diagnostics.append(.error(RuleMessages.notAnEnumerationValue(text, of: RuleMessages.outputColumn(output.id), values: values),
                                                  at: entry.location))
                        failed = true
                    }
                    outputs.append(compiled.compiled)
                    frameSize = max(frameSize, compiled.compiled.localCount)
                case .failure(let found):
                    diagnostics.append(contentsOf: found)
                    failed = true
                }
            }
            if failed {
                rowsComplete = false
                continue
            }
            rows.append(CompiledRow(entries: entries, outputs: outputs, id: id, label: label))
            domains.append(rowDomains)
        }

        if diagnostics.hasErrors || !rowsComplete { return (nil, diagnostics) }
        let inputTypes = inputs.map { $0!.type }
        if definition.hitPolicy == .unique {
            checkOverlaps(definition, domains: domains, rowLabels: rows.map(\.label), types: inputTypes, into: &diagnostics)
        }
        if definition.hitPolicy.isSingleHit {
            checkCoverage(definition, domains: domains, types: inputTypes, into: &diagnostics)
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let priorities: [[String: Int]?] = definition.outputs.map { output in
            output.type.enumerationValues.map { values in
                Dictionary(values.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
        }
        let table = DecisionTable(definition: definition, inputTypes: inputTypes, inputs: inputs.map { $0! }, rows: rows,
                                  frameSize: frameSize, limits: limits, priorities: priorities)
        return (table, diagnostics)
    }

    // MARK: Load-time checks

    private static func checkUnique(_ ids: [(String, SourceLocation)], inputs: Bool, into diagnostics: inout Diagnostics) {
        var seen: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let first = seen[id] {
                diagnostics.append(Diagnostic(.error, RuleMessages.duplicateColumn(isInput: inputs, id), at: location,
                                              notes: [Diagnostic(.note, DecisionTableMessage.firstDeclaredHere(), at: first)]))
            } else {
                seen[id] = location
            }
        }
    }

    private static func checkPolicy(_ definition: DecisionTableDefinition, into diagnostics: inout Diagnostics) {
        if let aggregation = definition.aggregation {
            if definition.hitPolicy != .collect {
                diagnostics.append(.error(RuleMessages.aggregationWithoutCollect(definition.hitPolicy.rawValue), at: definition.location))
            } else if definition.outputs.count != 1 {
                diagnostics.append(.error(RuleMessages.aggregationOutputs(definition.outputs.count), at: definition.location))
            } else if aggregation != .count, ![.int, .double].contains(definition.outputs[0].type) {
                diagnostics.append(.error(RuleMessages.aggregationType(aggregation.rawValue, definition.outputs[0].type),
                                          at: definition.outputs[0].location))
            }
        }
        if definition.hitPolicy == .priority, !definition.outputs.contains(where: { $0.type.enumerationValues != nil }) {
            diagnostics.append(.error(DecisionTableMessage.priorityNeedsValues(), at: definition.location, hint: DecisionTableMessage.priorityHint()))
        }
    }

    private static func checkOverlaps(_ definition: DecisionTableDefinition, domains: [[EntryDomain]], rowLabels: [MessageValue],
                                      types: [RuleType], into diagnostics: inout Diagnostics) {
        for later in domains.indices {
            for earlier in 0..<later {
                let overlapping = zip(domains[earlier], domains[later]).enumerated().allSatisfy { column, pair in
                    EntryDomain.overlap(pair.0, pair.1, type: types[column]) == true
                }
                guard overlapping else { continue }
                diagnostics.append(Diagnostic(.error, RuleMessages.rowsOverlap(rowLabels[earlier], rowLabels[later]),
                                              at: definition.rows[later].location, hint: DecisionTableMessage.overlapHint(),
                                              notes: [Diagnostic(.note, RuleMessages.otherRowHere(rowLabels[earlier]), at: definition.rows[earlier].location)]))
                break
            }
        }
    }

    /// Combinations of the enumeration and bool inputs that no row can match, whatever the
    /// other inputs are. At most `maximumCombinations` are examined.
    static let maximumCombinations = 100_000

    private static func checkCoverage(_ definition: DecisionTableDefinition, domains: [[EntryDomain]], types: [RuleType],
                                      into diagnostics: inout Diagnostics) {
        let finite = types.enumerated().compactMap { column, type in EntryDomain.finiteDomain(type).map { (column, $0) } }
        guard !finite.isEmpty else { return }
        let total = finite.reduce(1) { $0 * max($1.1.count, 1) }
        guard total <= maximumCombinations, total > 0 else { return }
        let accepted: [[Set<String>?]] = domains.map { row in finite.map { column, domain in row[column].accepted(in: domain) } }
        var uncovered = 0
        var example: [String]?
        var counters = Array(repeating: 0, count: finite.count)
        for _ in 0..<total {
            let combination = finite.enumerated().map { position, column in column.1[counters[position]] }
            let covered = accepted.contains { row in
                zip(row, combination).allSatisfy { set, key in set.map { $0.contains(key) } ?? true }
            }
            if !covered {
                uncovered += 1
                if example == nil { example = combination }
            }
            for position in counters.indices.reversed() {
                counters[position] += 1
                if counters[position] < finite[position].1.count { break }
                counters[position] = 0
            }
        }
        guard let example else { return }
        let described = zip(finite, example).map { column, key in
            definition.inputs[column.0].id + " = " + RuleValueText.literal(key.hasPrefix("s:") ? .string(String(key.dropFirst(2))) : .bool(key == "b:true"))
        }
        diagnostics.append(.warning(RuleMessages.uncovered(described, others: uncovered - 1),
                                    at: definition.location, hint: DecisionTableMessage.uncoveredHint()))
    }

    // MARK: Evaluation

    /// Evaluates the inputs once, tests every row, and applies the hit policy. Runtime errors
    /// (in an input or an entry, or two rows of a `unique` table matching) come back as values.
    public func evaluate(_ activation: Activation) -> Result<DecisionResult, RuleError> {
        var frame = Frame(variables: activation.values, locals: Array(repeating: .null, count: frameSize), limits: limits)
        do throws(RuleError) {
            for (slot, input) in inputs.enumerated() {
                frame.locals[slot] = try input.evaluate(in: &frame)
            }
            var matched: [Int] = []
            rows: for (index, row) in rows.enumerated() {
                for entry in row.entries {
                    guard let entry else { continue }
                    guard case .bool(true) = try entry.evaluate(in: &frame) else { continue rows }
                }
                matched.append(index)
                if definition.hitPolicy == .first { break }
            }
            let outputs = try choose(matched, frame: &frame)
            return .success(DecisionResult(matchedRows: matched, matchedRowIDs: matched.map { rows[$0].id }, matchedRowLabels: matched.map { rows[$0].label },
                                           outputNames: definition.outputs.map(\.id), outputs: outputs))
        } catch {
            return .failure(error)
        }
    }

    private func outputs(of row: Int, frame: inout Frame) throws(RuleError) -> [RuleValue] {
        var values: [RuleValue] = []
        for output in rows[row].outputs { values.append(try output.evaluate(in: &frame)) }
        return values
    }

    private func choose(_ matched: [Int], frame: inout Frame) throws(RuleError) -> [[RuleValue]] {
        switch definition.hitPolicy {
        case .unique:
            if matched.count > 1 {
                throw RuleError(RuleMessages.uniqueViolated(rows[matched[0]].label, rows[matched[1]].label), at: definition.location)
            }
            guard let row = matched.first else { return [] }
            return [try outputs(of: row, frame: &frame)]
        case .first:
            guard let row = matched.first else { return [] }
            return [try outputs(of: row, frame: &frame)]
        case .any:
            var chosen: [RuleValue]?
            for row in matched {
                let values = try outputs(of: row, frame: &frame)
                if let chosen, !zip(chosen, values).allSatisfy({ Operations.equals($0, $1) }) {
                    throw RuleError(RuleMessages.anyViolated(rows[matched[0]].label, rows[row].label), at: definition.location)
                }
                chosen = chosen ?? values
            }
            return chosen.map { [$0] } ?? []
        case .priority:
            var best: (values: [RuleValue], rank: [Int])?
            for row in matched {
                let values = try outputs(of: row, frame: &frame)
                let rank = zip(priorities, values).compactMap { priority, value -> Int? in
                    guard let priority else { return nil }
                    if case .string(let s) = value { return priority[s] ?? Int.max }
                    return Int.max
                }
                if best == nil || rank.lexicographicallyPrecedes(best!.rank) { best = (values, rank) }
            }
            return best.map { [$0.values] } ?? []
        case .ruleOrder, .collect:
            var all: [[RuleValue]] = []
            for row in matched { all.append(try outputs(of: row, frame: &frame)) }
            guard definition.hitPolicy == .collect, let aggregation = definition.aggregation else { return all }
            return try aggregate(all.map { $0[0] }, aggregation)
        }
    }

    private func aggregate(_ values: [RuleValue], _ aggregation: Aggregation) throws(RuleError) -> [[RuleValue]] {
        switch aggregation {
        case .count:
            return [[.int(Int64(values.count))]]
        case .sum:
            var total: RuleValue = definition.outputs[0].type == .double ? .double(0) : .int(0)
            for value in values { total = try Operations.arithmetic(.add, total, value, at: definition.location) }
            return [[total]]
        case .min, .max:
            guard var best = values.first else { return [] }
            for value in values.dropFirst() {
                guard let less = Operations.order(.less, value, best) else {
                    throw Operations.noOverload(aggregation.rawValue, [value, best], at: definition.location)
                }
                if less == (aggregation == .min) && !Operations.equals(value, best) { best = value }
            }
            return [[best]]
        }
    }
}
