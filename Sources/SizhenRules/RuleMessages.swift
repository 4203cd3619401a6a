/// The wording of every diagnostic and runtime error of the rule language, in one place.
enum RuleMessages {
    // MARK: Syntax

    static func notSupported(_ feature: String) -> String { "\(feature) not supported in Sizhen rules" }
    static let bytesHint = "rules work with text; write a string such as \"abc\""
    static let uintHint = "write the number without the `u`: all integers are signed 64-bit"
    static func reservedWord(_ word: String) -> String { "'\(word)' is a reserved word and cannot be used as a name" }
    static let singleEquals = "'=' is not an operator"
    static let singleEqualsHint = "compare with `==`, e.g. case.kind == \"dispute\""
    static let singleAmpersand = "'&' is not an operator; write `&&` for \"and\""
    static let singleBar = "'|' is not an operator; write `||` for \"or\""
    static func unexpectedCharacter(_ s: Unicode.Scalar) -> String { "unexpected character '\(s)'" }
    static let quoteTextHint = "text values are written in quotes, e.g. case.category == \"婚恋\""
    static let badNumber = "malformed number"
    static let intOutOfRange = "integer literal out of range (the limit is ±9223372036854775807)"
    static let unterminatedString = "the string is not closed"
    static let badEscape = "invalid escape sequence in string"
    static let escapeHint = "escapes are \\n \\t \\\\ \\\" \\' \\xHH \\uHHHH \\UHHHHHHHH and octal \\ooo"
    static func tooLong(_ length: Int, limit: Int) -> String { "the expression is \(length) characters long, more than the limit of \(limit)" }
    static let tooLongHint = "split the rule, or move the logic into a decision table"
    static func tooDeep(_ limit: Int) -> String { "the expression is nested more than \(limit) levels deep" }
    static let tooDeepHint = "simplify the rule; a decision table may express it better"
    static let emptyExpression = "the expression is empty"
    static func unexpectedToken(_ found: String) -> String { "unexpected \(found) after the end of the expression" }
    static func expected(_ symbol: String, found: String) -> String { "expected '\(symbol)', found \(found)" }
    static func expectedFieldName(found: String) -> String { "expected a field name after '.', found \(found)" }
    static func expectedExpression(found: String) -> String { "expected a value, a name or '(', found \(found)" }

    // MARK: Checking

    static func unknownVariable(_ name: String) -> String { "unknown name '\(name)'" }
    static let noVariablesHint = "no variables are declared here; text values are written in quotes"
    static func variablesHint(_ names: [String]) -> String { "the names here are: " + names.joined(separator: ", ") }
    static func unknownField(_ field: String, of path: String) -> String { "\(path) has no field '\(field)'" }
    static func fieldsHint(_ path: String, _ names: [String]) -> String {
        names.isEmpty ? "\(path) has no fields" : "the fields of \(path) are: " + names.joined(separator: ", ")
    }
    static func noFields(_ type: RuleType, field: String) -> String { "a value of type \(type) has no field '\(field)'" }
    static func badListIndex(_ type: RuleType) -> String { "a list index must be an int, not \(type)" }
    static func badMapIndex(_ type: RuleType, key: RuleType) -> String { "a key of type \(type) cannot index a map with \(key) keys" }
    static func notIndexable(_ type: RuleType) -> String { "a value of type \(type) cannot be indexed with [ ]" }
    static func badMapKey(_ type: RuleType) -> String { "a map key must be an int, a string or a bool, not \(type)" }
    static func badUnary(_ op: String, _ type: RuleType) -> String { "'\(op)' cannot be applied to \(type)" }
    static func logicalOperand(_ op: String, _ type: RuleType) -> String { "'\(op)' needs bool operands, but this is \(type)" }
    static func cannotCompare(_ op: String, _ left: RuleType, _ right: RuleType) -> String {
        "cannot compare \(left) with \(right) using '\(op)'"
    }
    static let mixedNumbersHint = "int and double are different types; convert one side with double(…) or int(…), or write 5.0 for a double"
    static let quotedNumberHint = "a number in quotes is text; write the number without quotes"
    static func badArithmetic(_ op: String, _ left: RuleType, _ right: RuleType) -> String { "'\(op)' cannot be applied to \(left) and \(right)" }
    static func badMembership(_ element: RuleType, _ collection: RuleType) -> String { "a value of type \(element) is never in a \(collection)" }
    static func inNeedsCollection(_ type: RuleType) -> String { "'in' needs a list or a map on its right, not \(type)" }
    static func notAnEnumerationValue(_ text: String, of what: String, values: [String]) -> String {
        "'\(text)' is not one of the values of \(what): " + values.joined(separator: ", ")
    }
    static func conditionNotBool(_ type: RuleType) -> String { "the condition of '?:' must be bool, not \(type)" }
    static func branchesDiffer(_ a: RuleType, _ b: RuleType) -> String { "the two branches of '?:' have different types, \(a) and \(b)" }
    static func wrongResultType(expected: RuleType, found: RuleType) -> String {
        "the expression must give \(article(expected))\(expected), but it gives \(article(found))\(found)"
    }

    /// "a " or "an " before a type's name.
    static func article(_ type: RuleType) -> String {
        let name = "\(type)"
        return name.first.map { "aeiou".contains($0) } == true ? "an " : "a "
    }
    static let boolResultHint = "a condition is true or false, e.g. case.parties >= 5"
    static let badHas = "has() takes one field selection"
    static let hasHint = "e.g. has(case.lawyer) or has(data.key)"
    static func unknownFunction(_ name: String) -> String { "unknown function '\(name)'" }
    static let functionsHint = "the functions are size, contains, startsWith, endsWith, int, double, string, has, and the list macros all, exists, exists_one, map, filter"
    static func macroNeedsTarget(_ name: String) -> String { "'\(name)' is called on a list: list.\(name)(x, …)" }
    static func arity(_ name: String, isMethod: Bool, expected: Int, found: Int) -> String {
        let form = isMethod ? "x.\(name)()" : "\(name)()"
        let wanted = expected == 0 ? "no arguments" : expected == 1 ? "1 argument" : "\(expected) arguments"
        return "\(form) takes \(wanted), but \(found) \(found == 1 ? "was" : "were") given"
    }
    static func noOverload(_ name: String, _ types: [RuleType]) -> String {
        "'\(name)' cannot be applied to (" + types.map(\.description).joined(separator: ", ") + ")"
    }
    static func methodOnly(_ name: String) -> String { "'\(name)' is called as a method: text.\(name)(other)" }
    static func globalOnly(_ name: String) -> String { "'\(name)' is called as a function: \(name)(x)" }
    static func macroArity(_ name: String, expected: [Int]) -> String {
        "'\(name)' takes " + expected.map(String.init).joined(separator: " or ") + " arguments"
    }
    static func macroHint(_ name: String) -> String {
        name == "map" ? "e.g. case.parties_ages.map(a, a * 2) or list.map(x, x > 0, x * 2)" : "e.g. case.tags.\(name)(t, t == \"老年人\")"
    }
    static func macroVariable(_ name: String) -> String { "the first argument of '\(name)' must be a variable name" }
    static func macroRange(_ name: String, _ type: RuleType) -> String { "'\(name)' needs a list or a map, not \(type)" }
    static func predicateNotBool(_ name: String, _ type: RuleType) -> String { "the condition of '\(name)' must be bool, not \(type)" }

    // MARK: Evaluation

    static let divisionByZero = "division by zero"
    static let moduloByZero = "modulus by zero"
    static let intOverflow = "integer overflow"
    static func noSuchOverload(_ op: String, _ kinds: [String]) -> String {
        "no such overload: '\(op)' cannot be applied to (" + kinds.joined(separator: ", ") + ")"
    }
    static func missingKey(_ key: String) -> String { "no such key: \(key)" }
    static func indexOutOfRange(_ index: Int64, count: Int) -> String { "index \(index) out of range (the list has \(count) elements)" }
    static func noValue(_ path: String) -> String { "\(path) has no value" }
    static func noSuchField(_ name: String, kind: String) -> String { "a \(kind) has no field '\(name)'" }
    static func conversion(_ text: String, to type: String) -> String { "cannot convert '\(text)' to \(type)" }
    static func conversionRange(_ type: String) -> String { "the value is out of the range of \(type)" }
    static func wrongRuntimeType(expected: RuleType, found: String) -> String { "the expression gave a \(found), but a \(expected) is needed" }
    static func duplicateKey(_ key: String) -> String { "the map literal has the key \(key) twice" }
}

extension RuleMessages {
    // MARK: Decision tables

    static let emptyEntry = "the entry is empty"
    static let entryHint = "write `-` for any value, a value such as \"婚恋\" or 5, a comparison such as >= 5, an interval such as [1..10], several separated by commas, or not(…)"
    static let notOfAnything = "not(-) matches nothing"
    static let badInterval = "an interval ends with ] or ) (or [ for an open end)"
    static let intervalHint = "e.g. [1..10] includes both ends, (1..10) excludes both, [1..10) excludes 10"
    static let noInputs = "the table has no inputs"
    static let noOutputs = "the table has no outputs"
    static func duplicateColumn(_ what: String, _ id: String) -> String { "the \(what) '\(id)' is declared twice" }
    static let firstHere = "first declared here"
    static func entryCount(_ row: String, found: Int, expected: Int) -> String {
        "\(row) has \(found) input \(found == 1 ? "entry" : "entries"), but the table has \(expected) \(expected == 1 ? "input" : "inputs")"
    }
    static func outputCount(_ row: String, found: Int, expected: Int) -> String {
        "\(row) has \(found) output \(found == 1 ? "entry" : "entries"), but the table has \(expected) \(expected == 1 ? "output" : "outputs")"
    }
    static func aggregationWithoutCollect(_ policy: String) -> String { "an aggregation needs the hit policy collect, not \(policy)" }
    static func aggregationOutputs(_ count: Int) -> String { "a collect table with an aggregation has exactly one output, not \(count)" }
    static func aggregationType(_ aggregation: String, _ type: RuleType) -> String { "\(aggregation) needs a number output, not \(type)" }
    static let priorityNeedsValues = "a priority table needs an output with `values` listed in order of priority"
    static let priorityHint = "e.g. { id: route, type: string, values: [会诊, 调解, 咨询] }: the first value wins"
    static func rowsOverlap(_ first: String, _ second: String) -> String { "\(first) and \(second) overlap: some input matches both, but the hit policy is unique" }
    static let overlapHint = "make the entries exclusive, or use the hit policy first or priority"
    static func otherRowHere(_ row: String) -> String { "\(row) is here" }
    static func uncovered(_ example: String, others: Int) -> String {
        "no row matches \(example)" + (others > 0 ? " (and \(others) other \(others == 1 ? "combination" : "combinations"))" : "")
    }
    static let uncoveredHint = "add a row for it, or a last row of `-` entries as a default (with the hit policy first)"
    static func uniqueViolated(_ first: String, _ second: String) -> String { "\(first) and \(second) both match, but the hit policy is unique" }
    static func anyViolated(_ first: String, _ second: String) -> String { "\(first) and \(second) both match with different outputs, but the hit policy is any" }
}
