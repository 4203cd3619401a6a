// libFuzzer target: the recurrence-rule parser. Parses the input as an RRULE and, when it
// parses, expands at most 50 dates and asks whether the rule can ever match.
import SizhenCalendar
import SizhenDiagnostics

let origin = SourceLocation(file: "workflow.yaml", line: 7, column: 12)
let start = CivilDate(year: 2026, month: 1, day: 1)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ pointer: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
    guard case .success(let rule) = RecurrenceRule.parse(text, at: origin) else { return 0 }
    var dates = 0
    for _ in rule.occurrences(from: start).prefix(50) { dates += 1 }
    _ = rule.emptinessDiagnostic(from: start, at: origin)
    return 0
}

// SwiftPM links an executable with `main` aliased to `fuzz_rrule_main`; hand over to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt

@_cdecl("fuzz_rrule_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Run one input first so that globals and the libraries' lazy statics exist before
    // libFuzzer counts allocations (else LeakSanitizer reports them as leaked by that input).
    let warmUp: [UInt8] = Array("x".utf8)
    _ = warmUp.withUnsafeBytes { fuzz($0.baseAddress!, $0.count) }
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzz($0, $1) }
}
