// libFuzzer target: the intake CSV reader, against the repository's default workflows
// (Workflows/, or the folder named by SIZHEN_FUZZ_WORKFLOWS), loaded once.
import Foundation
import FuzzSupport
import SizhenLoader
import SizhenModel

let reader: IntakeReader = {
    let folder = ProcessInfo.processInfo.environment["SIZHEN_FUZZ_WORKFLOWS"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Workflows").path
    guard let set = WorkflowSetLoader().load(folder: folder).set else {
        fatalError("fuzz-intake: the workflows at \(folder) do not load")
    }
    return IntakeReader(set: set)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = reader.read(bytes: bytes, file: "intake.csv")
    return 0
}

// SwiftPM links an executable with `main` aliased to `fuzz_intake_main`; hand over to libFuzzer's driver.
@_cdecl("fuzz_intake_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzz($0, $1) }
}
