// Loads and validates generated districts of growing size and prints YAML nodes per second
// and peak memory, each size in a fresh process so that the peak is its own:
//
//     swift run -c release loader-benchmarks            # 75,000 … 600,000 communities
//     swift run -c release loader-benchmarks 600000     # one size
import Foundation
import SizhenLoader

/// Peak resident memory of this process (VmHWM), in MiB.
func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kilobytes / 1024
}

func repositoryRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

func runOne(communities: Int) {
    let calendar = (try? String(contentsOf: repositoryRoot().appendingPathComponent("Workflows/calendars/cn.yaml"), encoding: .utf8)) ?? ""
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-loader-bench-\(communities)")
    try? FileManager.default.removeItem(at: folder)
    var bytes = 0
    for (path, text) in DistrictScaffold(communities: communities, calendarText: calendar).files() {
        let url = folder.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
        bytes += text.utf8.count
    }
    let clock = ContinuousClock()
    var outcome: WorkflowSetLoader.Outcome?
    let elapsed = clock.measure { outcome = WorkflowSetLoader().load(folder: folder.path) }
    try? FileManager.default.removeItem(at: folder)
    guard let outcome else { return }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let errors = outcome.diagnostics.errorCount
    print(String(format: "%7d communities: %3d files, %6.1f MiB, %9d nodes in %6.2f s = %5.2fM nodes/s, peak %6.0f MiB, %d errors",
                 communities, outcome.fileCount, Double(bytes) / 1_048_576, outcome.nodeCount, seconds,
                 Double(outcome.nodeCount) / seconds / 1e6, peakMemoryMiB(), errors))
    if errors > 0 {
        print(outcome.diagnostics.sorted.prefix(5).map(\.description).joined(separator: "\n"))
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
