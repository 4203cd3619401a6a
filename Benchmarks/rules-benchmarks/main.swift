// Release-build benchmarks of the rule language that print figures (not tests):
//
//     swift run -c release rules-benchmarks
//
// Each benchmark repeats its work until at least `minimumSeconds` have passed and prints the
// rate. The wall clock is read here, never in the library.
import SizhenDiagnostics
import SizhenRules

let minimumSeconds = 1.0

/// Runs `body` (which returns how many items it produced) repeatedly for about a second and
/// prints items per second.
func measure(_ name: String, _ body: () -> Int) {
    let clock = ContinuousClock()
    var items = 0
    var runs = 0
    _ = body()
    let start = clock.now
    var elapsed = Duration.zero
    repeat {
        items += body()
        runs += 1
        elapsed = clock.now - start
    } while elapsed < .seconds(minimumSeconds)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("\(name): \(format(Double(items) / seconds)) evaluations/s (\(runs) runs of \(items / runs) in \(format2(seconds)) s)")
}

func format(_ rate: Double) -> String {
    if rate >= 1e6 { return format2(rate / 1e6) + "M" }
    if rate >= 1e3 { return format2(rate / 1e3) + "k" }
    return format2(rate)
}

func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

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
    measure(text) {
        for activation in activations {
            if case .success(.bool(true)) = rule.evaluate(activation) { matched += 1 }
        }
        return activations.count
    }
    precondition(matched > 0)
}
