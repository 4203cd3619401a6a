import SizhenDiagnostics

/// Every message of the rule language and its decision tables that has arguments, built in one
/// place from the codes of `RuleMessage` and `DecisionTableMessage` with typed arguments, so that
/// the parser, the checker and the evaluator only say what went wrong. Messages without
/// arguments are taken from the catalogues directly (`RuleMessage.badNumber()`).
enum RuleMessages {
    // MARK: Syntax

    static func unsupportedFunction(_ name: String) -> Message { RuleMessage.unsupportedFunction(["function": .text(name)]) }
    static func unsupportedMessageConstruction(_ name: String) -> Message {
        RuleMessage.unsupportedMessageConstruction(["name": .text(name)])
    }
    static func reservedWord(_ word: String) -> Message { RuleMessage.reservedWord(["word": .text(word)]) }
    static func unexpectedCharacter(_ s: Unicode.Scalar) -> Message { RuleMessage.unexpectedCharacter(["character": .text(String(s))]) }
    static func tooLong(_ length: Int, limit: Int) -> Message { RuleMessage.tooLong(["length": .int(length), "limit": .int(limit)]) }
    static func tooDeep(_ limit: Int) -> Message { RuleMessage.tooDeep(["limit": .int(limit)]) }
    static func unexpectedToken(_ found: Message) -> Message { RuleMessage.unexpectedAfterEnd(["found": .message(found)]) }
    static func expected(_ symbol: String, found: Message) -> Message {
        RuleMessage.expectedSymbol(["symbol": .text(symbol), "found": .message(found)])
    }
    static func expectedFieldName(found: Message) -> Message { RuleMessage.expectedFieldName(["found": .message(found)]) }
    static func expectedExpression(found: Message) -> Message { RuleMessage.expectedExpression(["found": .message(found)]) }
    static func quoted(_ text: String) -> Message { RuleMessage.quoted(["text": .text(text)]) }

    // MARK: Checking

    static func unknownVariable(_ name: String, candidates: [String]) -> Message {
        RuleMessage.unknownName(["name": .text(name)]).suggesting(Suggestions.closest(to: name, in: candidates))
    }
    static func variablesHint(_ names: [String]) -> Message {
        names.isEmpty ? RuleMessage.noNamesHint() : RuleMessage.namesHint(["names": .texts(names)])
    }
    static func unknownField(_ field: String, of path: String, names: [String]) -> Message {
        RuleMessage.unknownField(["path": .text(path), "field": .text(field)]).suggesting(Suggestions.closest(to: field, in: names))
    }
    static func fieldsHint(_ path: String, _ names: [String]) -> Message {
        names.isEmpty ? RuleMessage.noFieldsHint(["path": .text(path)]) : RuleMessage.fieldsHint(["path": .text(path), "fields": .texts(names)])
    }
    static func noFields(_ type: RuleType, field: String) -> Message {
        RuleMessage.typeHasNoFields(["type": .text(type.description), "field": .text(field)])
    }
    static func badListIndex(_ type: RuleType) -> Message { RuleMessage.listIndexType(["type": .text(type.description)]) }
    static func badMapIndex(_ type: RuleType, key: RuleType) -> Message {
        RuleMessage.mapIndexType(["type": .text(type.description), "key": .text(key.description)])
    }
    static func notIndexable(_ type: RuleType) -> Message { RuleMessage.notIndexable(["type": .text(type.description)]) }
    static func badMapKey(_ type: RuleType) -> Message { RuleMessage.mapKeyType(["type": .text(type.description)]) }
    static func badUnary(_ op: String, _ type: RuleType) -> Message { RuleMessage.badUnary(["op": .text(op), "type": .text(type.description)]) }
    static func logicalOperand(_ op: String, _ type: RuleType) -> Message {
        RuleMessage.logicalOperand(["op": .text(op), "type": .text(type.description)])
    }
    static func cannotCompare(_ op: String, _ left: RuleType, _ right: RuleType) -> Message {
        RuleMessage.cannotCompare(["left": .text(left.description), "right": .text(right.description), "op": .text(op)])
    }
    static func badArithmetic(_ op: String, _ left: RuleType, _ right: RuleType) -> Message {
        RuleMessage.badArithmetic(["op": .text(op), "left": .text(left.description), "right": .text(right.description)])
    }
    static func badMembership(_ element: RuleType, _ collection: RuleType) -> Message {
        RuleMessage.neverIn(["element": .text(element.description), "collection": .text(collection.description)])
    }
    static func inNeedsCollection(_ type: RuleType) -> Message { RuleMessage.inNeedsCollection(["type": .text(type.description)]) }

    /// `text` is not a value of `what` (a path, a name, `theValue` or an output column).
    static func notAnEnumerationValue(_ text: String, of what: MessageValue, values: [String]) -> Message {
        RuleMessage.notAValue(["value": .text(text), "what": what, "values": .texts(values)])
            .suggesting(Suggestions.closest(to: text, in: values))
    }
    static var theValue: MessageValue { .message(RuleMessage.theValue()) }
    static func conditionNotBool(_ type: RuleType) -> Message { RuleMessage.conditionNotBool(["type": .text(type.description)]) }
    static func branchesDiffer(_ a: RuleType, _ b: RuleType) -> Message {
        RuleMessage.branchesDiffer(["first": .text(a.description), "second": .text(b.description)])
    }
    static func wrongResultType(expected: RuleType, found: RuleType) -> Message {
        RuleMessage.wrongResultType(["expected": .message(withArticle(expected)), "found": .message(withArticle(found))])
    }

    /// "a bool", "an int": English picks the article by the type name's first letter.
    static func withArticle(_ type: RuleType) -> Message {
        let name = type.description
        let entry = name.first.map { "aeiou".contains($0) } == true ? RuleMessage.anType : RuleMessage.aType
        return entry(["type": .text(name)])
    }
    static func unknownFunction(_ name: String, candidates: [String]) -> Message {
        RuleMessage.unknownFunction(["function": .text(name)]).suggesting(Suggestions.closest(to: name, in: candidates))
    }
    static func macroNeedsTarget(_ name: String) -> Message { RuleMessage.macroNeedsTarget(["function": .text(name)]) }
    static func arity(_ name: String, isMethod: Bool, expected: Int, found: Int) -> Message {
        let call = isMethod ? "x.\(name)()" : "\(name)()"
        return expected == 0
            ? RuleMessage.arityNone(["call": .text(call), "found": .int(found)])
            : RuleMessage.arity(["call": .text(call), "expected": .int(expected), "found": .int(found)])
    }
    static func noOverload(_ name: String, _ types: [RuleType]) -> Message {
        RuleMessage.noOverload(["function": .text(name), "types": .texts(types.map(\.description))])
    }
    static func methodOnly(_ name: String) -> Message { RuleMessage.methodOnly(["function": .text(name)]) }
    static func globalOnly(_ name: String) -> Message { RuleMessage.functionOnly(["function": .text(name)]) }

    /// A macro called with a number of arguments other than `expected` (one or two counts).
    static func macroArity(_ name: String, expected: [Int]) -> Message {
        guard expected.count == 2 else { return RuleMessage.macroArity(["function": .text(name), "count": .int(expected.first ?? 0)]) }
        return RuleMessage.macroArityEither(["function": .text(name), "count": .int(expected[0]), "other": .int(expected[1])])
    }
    static func macroHint(_ name: String) -> Message {
        name == "map" ? RuleMessage.mapMacroHint() : RuleMessage.macroHint(["function": .text(name)])
    }
    static func macroVariable(_ name: String) -> Message { RuleMessage.macroVariable(["function": .text(name)]) }
    static func macroRange(_ name: String, _ type: RuleType) -> Message {
        RuleMessage.macroRange(["function": .text(name), "type": .text(type.description)])
    }
    static func predicateNotBool(_ name: String, _ type: RuleType) -> Message {
        RuleMessage.predicateNotBool(["function": .text(name), "type": .text(type.description)])
    }
    static func tooCostly(_ steps: Int, limit: Int) -> Message { RuleMessage.tooCostly(["steps": .int(steps), "limit": .int(limit)]) }
    static func tooCostlyMacroHint(items: Int, visit: Int) -> Message {
        RuleMessage.tooCostlyMacroHint(["items": .int(items), "visit": .int(visit)])
    }
    static func tooMuchMemory(_ bytes: Int, limit: Int) -> Message { RuleMessage.tooMuchMemory(["bytes": .int(bytes), "limit": .int(limit)]) }

    // MARK: Evaluation

    static func noSuchOverload(_ op: String, _ kinds: [String]) -> Message {
        RuleMessage.noSuchOverload(["op": .text(op), "kinds": .texts(kinds)])
    }
    /// `key` as a literal of the rule language (`"婚恋"`, `3`).
    static func missingKey(_ key: String) -> Message { RuleMessage.noSuchKey(["key": .text(key)]) }
    static func indexOutOfRange(_ index: Int64, count: Int) -> Message {
        RuleMessage.indexOutOfRange(["index": .int(Int(index)), "count": .int(count)])
    }
    static func noValue(_ path: String) -> Message { RuleMessage.noValue(["path": .text(path)]) }
    static func noSuchField(_ name: String, kind: String) -> Message { RuleMessage.noSuchField(["kind": .text(kind), "field": .text(name)]) }
    static func conversion(_ text: String, to type: String) -> Message { RuleMessage.cannotConvert(["text": .text(text), "type": .text(type)]) }
    static func conversionRange(_ type: String) -> Message { RuleMessage.conversionRange(["type": .text(type)]) }
    static func wrongRuntimeType(expected: RuleType, found: String) -> Message {
        RuleMessage.wrongRuntimeType(["found": .text(found), "expected": .text(expected.description)])
    }
    static func duplicateKey(_ key: String) -> Message { RuleMessage.duplicateKey(["key": .text(key)]) }
    static func stepBudget(_ limit: Int) -> Message { RuleMessage.stepBudget(["limit": .int(limit)]) }
    static func memoryBudget(_ limit: Int) -> Message { RuleMessage.memoryBudget(["limit": .int(limit)]) }

    // MARK: Decision tables

    /// How messages name a row: its `id`, else `row N` counting from 1.
    static func rowLabel(id: String?, number: Int) -> MessageValue {
        id.map(MessageValue.text) ?? .message(DecisionTableMessage.rowNumber(["number": .int(number)]))
    }
    static func outputColumn(_ id: String) -> MessageValue { .message(DecisionTableMessage.outputColumn(["output": .text(id)])) }
    static func duplicateColumn(isInput: Bool, _ id: String) -> Message {
        (isInput ? DecisionTableMessage.duplicateInput : DecisionTableMessage.duplicateOutput)(["id": .text(id)])
    }
    static func entryCount(_ row: MessageValue, found: Int, expected: Int) -> Message {
        DecisionTableMessage.inputEntryCount(["row": row, "found": .int(found), "expected": .int(expected)])
    }
    static func outputCount(_ row: MessageValue, found: Int, expected: Int) -> Message {
        DecisionTableMessage.outputEntryCount(["row": row, "found": .int(found), "expected": .int(expected)])
    }
    static func aggregationWithoutCollect(_ policy: String) -> Message { DecisionTableMessage.aggregationWithoutCollect(["policy": .text(policy)]) }
    static func aggregationOutputs(_ count: Int) -> Message { DecisionTableMessage.aggregationOutputs(["count": .int(count)]) }
    static func aggregationType(_ aggregation: String, _ type: RuleType) -> Message {
        DecisionTableMessage.aggregationType(["aggregation": .text(aggregation), "type": .text(type.description)])
    }
    static func rowsOverlap(_ first: MessageValue, _ second: MessageValue) -> Message {
        DecisionTableMessage.rowsOverlap(["first": first, "second": second])
    }
    static func otherRowHere(_ row: MessageValue) -> Message { DecisionTableMessage.rowIsHere(["row": row]) }

    /// No row matches the combination `example` (`input = literal` each), nor `others` more.
    static func uncovered(_ example: [String], others: Int) -> Message {
        let message = DecisionTableMessage.uncovered(["example": .texts(example)])
        return others > 0 ? message.with("others", .int(others)) : message
    }
    static func uniqueViolated(_ first: MessageValue, _ second: MessageValue) -> Message {
        DecisionTableMessage.uniqueViolated(["first": first, "second": second])
    }
    static func anyViolated(_ first: MessageValue, _ second: MessageValue) -> Message {
        DecisionTableMessage.anyViolated(["first": first, "second": second])
    }
}

extension Message {
    /// The message with a likely intended word as its `suggestion` argument, when there is one
    /// (templates show it as "; did you mean '…'?").
    func suggesting(_ suggestion: String?) -> Message {
        suggestion.map { with("suggestion", .text($0)) } ?? self
    }
}
