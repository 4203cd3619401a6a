// Release-build benchmarks of the rule language that print figures (not tests):
//
//     swift run -c release rules-benchmarks
//
// Each benchmark repeats its work for at least a second (BenchmarkSupport's `measure`) and
// prints the rate. The wall clock is read there, never in the library.
import BenchmarkSupport
import SizhenDiagnostics
import SizhenRules

let caseType = ObjectType(name: "case", fields: [
    .init("kind", .enumeration(values: ["dispute", "consultation", "document"])),
    .init("category", .enumeration(values: ["婚恋", "家庭", "邻里", "物业", "劳动"])),
    .init("parties", .int),
    .init("major", .bool),
    .init("resolved", .bool),
    .init("tags", .list(.string)),
])
let environment = RuleEnvironment([("case", .object(caseType))])
let origin = SourceLocation(file: "bench", line: 1, column: 1)

/// 1,024 pre-built cases with a deterministic mix (no randomness): kinds, parties 1…8, some major.
let kinds = ["dispute", "consultation", "document"]
let categories = ["婚恋", "家庭", "邻里", "物业", "劳动"]
let activations: [Activation] = (0..<1024).map { i in
    let value = RuleValue.object(ObjectValue(type: caseType, fields: [
        .string(kinds[i % 3]), .string(categories[(i / 3) % 5]), .int(Int64(1 + (i * 7) % 8)), .bool(i % 11 == 0),
        .bool(i % 4 == 0), .list(i % 5 == 0 ? [.string("老年人")] : []),
    ]))
    return Activation(values: [value])
}

func compile(_ text: String) -> CompiledExpression {
    switch RuleCompiler.compile(text, at: origin, in: environment, expecting: .bool) {
    case .success(let compiled): return compiled
    case .failure(let diagnostics): fatalError("benchmark rule does not compile: \(diagnostics.sorted)")
    }
}

print("sizhen rule benchmarks (release build expected), \(activations.count) pre-built cases")
for text in [
    #"case.kind == "dispute" && (case.major || case.parties >= 5)"#,
    #"case.category in ["婚恋", "家庭"] && !case.resolved"#,
    #"case.tags.exists(t, t == "老年人") || case.parties > 6"#,
] {
    let rule = compile(text)
    var matched = 0
    measure(text, unit: "evaluations", unitAfterRunSize: false) {
        for activation in activations {
            if case .success(.bool(true)) = rule.evaluate(activation) { matched += 1 }
        }
        return activations.count
    }
    precondition(matched > 0)
}

// How long the budgets let a runaway rule run: rules let through by limits without estimates,
// stopped by the standard step budget (10,000,000 steps) and memory budget (64 MiB).
let ten = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"
let unchecked = RuleLimits(maximumLength: 10_000, maximumDepth: 100, maximumCost: .max, maximumMemory: .max)
for (name, text) in [
    ("eight nested exists_one over ten, to the step budget",
     (1...8).reversed().reduce("v1 == v8") { "\(ten).exists_one(v\($1), \($0))" }),
    ("text doubled forty times, to the memory budget", #"["ab"]"# + String(repeating: ".map(s, s + s)", count: 40) + ".size() > 0"),
] {
    guard case .success(let runaway) = RuleCompiler.compile(text, at: origin, in: environment, limits: unchecked) else {
        fatalError("benchmark rule does not compile")
    }
    measure(name, unit: "evaluations", unitAfterRunSize: false) {
        guard case .failure = runaway.evaluate(activations[0]) else { fatalError("the budget did not stop \(name)") }
        return 1
    }
}
