import SizhenDiagnostics
@testable import SizhenRules

/// The case schema the tests check against: the fields a rule about a 四诊 case reads.
enum TestSchema {
    static let categories = ["婚恋", "家庭", "邻里", "物业", "劳动"]
    static let resident = ObjectType(name: "resident", fields: [
        .init("housebound", .bool), .init("age", .int), .init("street", .string),
    ])
    static let caseType = ObjectType(name: "case", fields: [
        .init("kind", .enumeration(values: ["dispute", "consultation", "document"])),
        .init("category", .enumeration(values: categories)),
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
    static let environment = RuleEnvironment([("case", .object(caseType)), ("limit", .int)])
    static let origin = SourceLocation(file: "rule.yaml", line: 3, column: 10)

    static func sampleCase(kind: String = "dispute", parties: Int64 = 3, major: Bool = false, lawyer: RuleValue = .null) -> RuleValue {
        .object(ObjectValue(type: caseType, values: [
            "kind": .string(kind), "category": .string("婚恋"), "parties": .int(parties), "major": .bool(major),
            "resolved": .bool(false), "amount": .double(1500.5), "title": .string("邻里漏水纠纷"),
            "tags": .list([.string("老年人"), .string("残疾人")]),
            "resident": .object(ObjectValue(type: resident, values: ["housebound": .bool(true), "age": .int(82), "street": .string("城关街道")])),
            "lawyer": lawyer,
            "extra": .map(RuleMap([(.string("visits"), .int(2))])),
        ]))
    }

    static var activation: Activation {
        environment.activation(["case": sampleCase(), "limit": .int(5)])
    }

    static func compile(_ text: String, expecting: RuleType? = nil, limits: RuleLimits = .standard) -> Result<CompiledExpression, Diagnostics> {
        RuleCompiler.compile(text, at: origin, in: environment, expecting: expecting, limits: limits)
    }

    static func evaluate(_ text: String) -> Result<RuleValue, RuleError>? {
        guard case .success(let compiled) = compile(text) else { return nil }
        return compiled.evaluate(activation)
    }
}
