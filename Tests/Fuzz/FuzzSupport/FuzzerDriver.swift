// What the libFuzzer targets share: the hand-over to libFuzzer's driver. Each target keeps its
// own `LLVMFuzzerTestOneInput` and its own `main`, because SwiftPM names that `main` after the
// target's module (`fuzz_yaml_main`, …).

/// libFuzzer's driver (compiler-rt), linked in by `-sanitize=fuzzer`: parses the command line
/// and runs `callback` on each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt

/// Runs `testOneInput` on one input of its own, then hands the command line and `testOneInput`
/// over to libFuzzer's driver and returns its exit status. A target's `main` returns this.
public func runLibFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ testOneInput: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt {
    // Run one input first so that globals and the libraries' lazy statics exist before
    // libFuzzer counts allocations (else LeakSanitizer reports them as leaked by that input).
    let warmUp: [UInt8] = Array("x".utf8)
    _ = warmUp.withUnsafeBytes { testOneInput($0.baseAddress!, $0.count) }
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, testOneInput)
}
