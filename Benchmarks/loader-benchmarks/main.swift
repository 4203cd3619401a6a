// Loads and validates generated districts of growing size and prints YAML nodes per second
// and peak memory, each size in a fresh process so that the peak is its own:
//
//     swift run -c release loader-benchmarks            # 75,000 … 600,000 communities
//     swift run -c release loader-benchmarks 600000     # one size
import BenchmarkSupport
import Foundation
import SizhenLoader

func runOne(communities: Int) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-loader-bench-\(communities)")
    let bytes = (try? writeScaffoldedDistrict(communities: communities, into: folder)) ?? 0
    let clock = ContinuousClock()
    var outcome: WorkflowSetLoader.Outcome?
    let elapsed = clock.measure { outcome = WorkflowSetLoader().load(folder: folder.path) }
    try? FileManager.default.removeItem(at: folder)
    guard let outcome else { return }
    let time = seconds(elapsed)
    let errors = outcome.diagnostics.errorCount
    print(String(format: "%7d communities: %3d files, %6.1f MiB, %9d nodes in %6.2f s = %5.2fM nodes/s, peak %6.0f MiB, %d errors",
                 communities, outcome.fileCount, Double(bytes) / 1_048_576, outcome.nodeCount, time,
                 Double(outcome.nodeCount) / time / 1e6, peakMemoryMiB(), errors))
    if errors > 0 {
        print(outcome.diagnostics.sorted.prefix(5).map { SizhenLoaderMessages.describe($0) }.joined(separator: "\n"))
    }
}

let arguments = CommandLine.arguments.dropFirst()
if let size = arguments.first.flatMap({ Int($0) }) {
    runOne(communities: size)
} else {
    FileHandle.standardOutput.write(Data("load + validate generated districts (release build expected); each size in its own process\n".utf8))
    for size in [75_000, 150_000, 300_000, 600_000] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [String(size)]
        try? process.run()
        process.waitUntilExit()
    }
}
