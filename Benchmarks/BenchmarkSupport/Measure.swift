// The rate benchmarks' loop (rules-benchmarks, sizhen-benchmarks). The wall clock is read here,
// never in the libraries.

/// How long `measure(_:unit:unitAfterRunSize:_:)` repeats its work at the least, in seconds.
let minimumSeconds = 1.0

/// Runs `body` (which returns how many items it produced) once to warm up, then repeatedly for
/// at least `minimumSeconds`, and prints the rate; with the defaults
/// `name: 1.23M items/s (5120 runs of 240 items in 1.00 s)`.
///
/// - Parameters:
///   - unit: what `body` counts ("items", "evaluations").
///   - unitAfterRunSize: whether the unit follows a run's size too (`of 240 items in`
///     rather than `of 240 in`).
public func measure(_ name: String, unit: String = "items", unitAfterRunSize: Bool = true, _ body: () -> Int) {
    let clock = ContinuousClock()
    var items = 0
    var runs = 0
    _ = body()
    let start = clock.now
    var elapsed = Swift.Duration.zero
    repeat {
        items += body()
        runs += 1
        elapsed = clock.now - start
    } while elapsed < .seconds(minimumSeconds)
    let time = seconds(elapsed)
    let size = unitAfterRunSize ? "\(items / runs) \(unit)" : "\(items / runs)"
    print("\(name): \(format(Double(items) / time)) \(unit)/s (\(runs) runs of \(size) in \(format2(time)) s)")
}

/// A rate with two decimals and a k or M suffix: `1.23M`, `45.60k`, `7.89`.
func format(_ rate: Double) -> String {
    if rate >= 1e6 { return format2(rate / 1e6) + "M" }
    if rate >= 1e3 { return format2(rate / 1e3) + "k" }
    return format2(rate)
}

/// `value` with two decimals, without Foundation's `String(format:)`.
func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}
