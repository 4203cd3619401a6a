// libFuzzer target: the YAML loader. Parses the input as a workflow file and, when it parses,
// runs every file decoder on the root. Built only with SIZHEN_FUZZ=1 (see Tests/Fuzz/run.sh).
import FuzzSupport
import SizhenDiagnostics
import SizhenLoader
import SizhenRules

let environment: RuleEnvironment = {
    let caseType = ObjectType(name: "case", fields: [
        .init("kind", .enumeration(values: ["dispute", "consultation", "document"])),
        .init("parties", .int), .init("major", .bool), .init("amount", .double), .init("title", .string),
    ])
    return RuleEnvironment([("case", .object(caseType))])
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard case .success(let root) = YAMLParser().parse(bytes: bytes, file: "fuzz.yaml") else { return 0 }
    var context = DecodingContext()
    _ = CalendarFileDecoder().decode(root, in: &context)
    context = DecodingContext()
    _ = WorkflowFileDecoder().decode(root, in: &context)
    context = DecodingContext()
    _ = DistrictFileDecoder().decode(root, in: &context)
    context = DecodingContext()
    _ = StaffFileDecoder().decode(root, in: &context)
    context = DecodingContext()
    _ = ScenarioFileDecoder().decode(root, in: &context)
    context = DecodingContext()
    _ = CaseSchemaFileDecoder().decode(root, in: &context)
    context = DecodingContext()
    _ = DecisionTableFileDecoder(environment: environment).decode(root, in: &context)
    return 0
}

// SwiftPM links an executable with `main` aliased to `fuzz_yaml_main`; hand over to libFuzzer's driver.
@_cdecl("fuzz_yaml_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzz($0, $1) }
}
