// libFuzzer target: the expression parser and checker. Compiles the input (UTF-8, invalid
// sequences repaired) against a case schema like the default district's, as a `when` and as
// an untyped expression, and evaluates what compiles on a sample case.
import FuzzSupport
import SizhenDiagnostics
import SizhenRules

let resident = ObjectType(name: "resident", fields: [.init("housebound", .bool), .init("age", .int), .init("street", .string)])
let caseType = ObjectType(name: "case", fields: [
    .init("kind", .enumeration(values: ["dispute", "consultation", "document"])),
    .init("category", .enumeration(values: ["婚恋", "家庭", "邻里", "物业", "劳动"])),
    .init("parties", .int),
    .init("major", .bool),
    .init("resolved", .bool),
    .init("amount", .double),
    .init("title", .string),
    .init("tags", .list(.string)),
    .init("resident", .object(resident)),
    .init("lawyer", .string),
    .init("extra", .map(key: .string, value: .int)),
])
let environment = RuleEnvironment([("case", .object(caseType)), ("limit", .int)])
let origin = SourceLocation(file: "rule.yaml", line: 3, column: 10)
let activation = environment.activation([
    "case": .object(ObjectValue(type: caseType, values: [
        "kind": .string("dispute"), "category": .string("婚恋"), "parties": .int(3), "major": .bool(false),
        "resolved": .bool(false), "amount": .double(1500.5), "title": .string("邻里漏水纠纷"),
        "tags": .list([.string("老年人"), .string("残疾人")]),
        "resident": .object(ObjectValue(type: resident, values: ["housebound": .bool(true), "age": .int(82), "street": .string("城关街道")])),
        "lawyer": .null,
        "extra": .map(RuleMap([(.string("visits"), .int(2))])),
    ])),
    "limit": .int(5),
])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    for expecting in [RuleType.bool, nil] {
        if case .success(let compiled) = RuleCompiler.compile(text, at: origin, in: environment, expecting: expecting) {
            _ = compiled.evaluate(activation)
        }
    }
    return 0
}

// SwiftPM links an executable with `main` aliased to `fuzz_rules_main`; hand over to libFuzzer's driver.
@_cdecl("fuzz_rules_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzz($0, $1) }
}
