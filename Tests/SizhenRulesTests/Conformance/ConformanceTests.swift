import Foundation
import Testing
import SizhenDiagnostics
@testable import SizhenRules

/// Runs every case of the CEL specification's conformance files (read from
/// `../shared/conformance/cel`, next to the repository): a case inside the subset must give
/// the expected value or error; a case outside it must be rejected as not supported; a wrong
/// value is a failure.
@Suite struct ConformanceTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/cel")

    enum Outcome: Equatable {
        case passed
        case notSupported(String)
        case wrong(String)
    }

    struct Case {
        var file: String
        var section: String
        var test: TextProto
        var name: String { "\(file)/\(section)/\(test.text("name") ?? "?")" }
    }

    static func cases() throws -> [Case] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".textproto") }.sorted()
        var cases: [Case] = []
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let file = try TextProto.parse(text)
            for section in file.all("section").compactMap(\.message) {
                for test in section.all("test").compactMap(\.message) {
                    cases.append(Case(file: name, section: section.text("name") ?? "?", test: test))
                }
            }
        }
        return cases
    }

    /// A value of the conformance `Value` message, or nil when its kind is outside the subset.
    static func value(_ message: TextProto) -> RuleValue? {
        guard let (name, field) = message.fields.first else { return nil }
        switch name {
        case "int64_value": return field.text.flatMap { Int64($0) }.map(RuleValue.int)
        case "double_value":
            guard let text = field.text else { return nil }
            switch text.lowercased() {
            case "inf", "infinity": return .double(.infinity)
            case "-inf", "-infinity": return .double(-.infinity)
            case "nan": return .double(.nan)
            default: return Double(text).map(RuleValue.double)
            }
        case "string_value": return field.text.map(RuleValue.string)
        case "bool_value": return field.text.map { .bool($0 == "true") }
        case "null_value": return .null
        case "list_value":
            guard let list = field.message else { return nil }
            var items: [RuleValue] = []
            for item in list.all("values").compactMap(\.message) {
                guard let value = value(item) else { return nil }
                items.append(value)
            }
            return .list(items)
        case "map_value":
            guard let map = field.message else { return nil }
            var result = RuleMap()
            for entry in map.all("entries").compactMap(\.message) {
                guard let key = entry.message("key").flatMap(value), let value = entry.message("value").flatMap(value) else { return nil }
                result.insert(key, value)
            }
            return .map(result)
        default: return nil
        }
    }

    /// A declared type of the conformance `Type` message, or nil when outside the subset.
    static func type(_ message: TextProto) -> RuleType? {
        if let primitive = message.text("primitive") {
            switch primitive {
            case "INT64": return .int
            case "DOUBLE": return .double
            case "STRING": return .string
            case "BOOL": return .bool
            default: return nil
            }
        }
        if message.first("null") != nil { return .null }
        if let list = message.message("list_type") { return list.message("elem_type").flatMap(type).map(RuleType.list) }
        if let map = message.message("map_type"),
           let key = map.message("key_type").flatMap(type), let value = map.message("value_type").flatMap(type) {
            return .map(key: key, value: value)
        }
        return nil
    }

    /// Equality of values as the conformance suite means it: same kind, same value (NaN
    /// matches NaN), maps regardless of order.
    static func same(_ a: RuleValue, _ b: RuleValue) -> Bool {
        switch (a, b) {
        case let (.double(x), .double(y)): return (x.isNaN && y.isNaN) || (x == y && x.sign == y.sign)
        case let (.string(x), .string(y)): return Array(x.unicodeScalars) == Array(y.unicodeScalars)
        case let (.list(x), .list(y)): return x.count == y.count && zip(x, y).allSatisfy(same)
        case let (.map(x), .map(y)):
            return x.count == y.count && x.entries.allSatisfy { entry in y[entry.key].map { same(entry.value, $0) } ?? false }
        default: return a == b
        }
    }

    static func run(_ testCase: Case) -> Outcome {
        let test = testCase.test
        guard let expr = test.text("expr") else { return .notSupported("no expression") }
        if let container = test.text("container"), !container.isEmpty { return .notSupported("container") }
        let disableCheck = test.text("disable_check") == "true"
        var environment = RuleEnvironment()
        for declaration in test.all("type_env").compactMap(\.message) {
            guard let name = declaration.text("name"),
                  let declared = declaration.message("ident")?.message("type").flatMap(type) else {
                return .notSupported("type_env")
            }
            environment.declare(name, declared)
        }
        var bindings: [String: RuleValue] = [:]
        for binding in test.all("bindings").compactMap(\.message) {
            guard let key = binding.text("key"), let value = binding.message("value")?.message("value").flatMap(value) else {
                return .notSupported("binding")
            }
            bindings[key] = value
        }
        let expected: RuleValue?
        let expectsError = test.first("eval_error") != nil
        if let message = test.message("value") {
            expected = value(message)
        } else if expectsError {
            expected = nil
        } else {
            return .notSupported("expected result shape")
        }

        let compiled: CompiledExpression
        switch RuleCompiler.compile(expr, at: SourceLocation(file: "expr", line: 1, column: 1), in: environment) {
        case .success(let c): compiled = c
        case .failure(let diagnostics):
            let messages = diagnostics.map { SizhenRulesMessages.english.render($0.message) }
            if diagnostics.contains(where: { $0.message.code.hasPrefix("rules.unsupported-") }) { return .notSupported(messages.joined(separator: "; ")) }
            if expectsError { return .passed }
            if disableCheck { return .notSupported("rejected by the checker (checking cannot be disabled): " + messages.joined(separator: "; ")) }
            return .wrong("rejected: " + messages.joined(separator: "; "))
        }
        if !expectsError, expected == nil {
            return .wrong("compiled, but the expected value is outside the subset")
        }
        switch compiled.evaluate(environment.activation(bindings)) {
        case .success(let actual):
            if expectsError { return .wrong("gave \(actual), expected an error") }
            return same(actual, expected!) ? .passed : .wrong("gave \(actual), expected \(expected!)")
        case .failure(let error):
            return expectsError ? .passed : .wrong("error \(SizhenRulesMessages.english.render(error.message)), expected \(expected!)")
        }
    }

    @Test func everyConformanceCaseIsPassedOrRejectedAsNotSupported() throws {
        let cases = try Self.cases()
        #expect(cases.count >= 530, "the conformance files were not found or not read: \(cases.count) cases")
        var passed = 0
        var notSupported = 0
        var wrong: [String] = []
        var reasons: [String: Int] = [:]
        for testCase in cases {
            switch Self.run(testCase) {
            case .passed: passed += 1
            case .notSupported(let why):
                notSupported += 1
                reasons[String(why.prefix(60)), default: 0] += 1
            case .wrong(let what): wrong.append("\(testCase.name) `\(testCase.test.text("expr") ?? "")`: \(what)")
            }
        }
        print("CEL conformance: \(cases.count) cases: \(passed) passed, \(notSupported) not supported, \(wrong.count) wrong")
        if ProcessInfo.processInfo.environment["CONFORMANCE_DETAILS"] != nil {
            for (why, count) in reasons.sorted(by: { $0.value > $1.value }) { print("  not supported \(count)× \(why)") }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong:\n\(wrong.joined(separator: "\n"))")
        #expect(passed >= 241, "only \(passed) passed")
    }
}
