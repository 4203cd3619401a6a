// libFuzzer target: the recurrence-rule parser. Parses the input as an RRULE and, when it
// parses, expands at most 50 dates and asks whether the rule can ever match.
import FuzzSupport
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
@_cdecl("fuzz_rrule_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzz($0, $1) }
}
