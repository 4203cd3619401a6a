import Foundation
import SizhenLoader

/// The repository's root folder, found from this file's place in the source tree
/// (Benchmarks/BenchmarkSupport/, as deep as every benchmark's own folder).
public func repositoryRoot() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Writes `DistrictScaffold`'s district of `communities` communities, with the shipped
/// district's rules (`Workflows/`), into `folder` (removed first if present),
/// and returns how many bytes of files it wrote. The folder is the caller's to remove.
@discardableResult
public func writeScaffoldedDistrict(communities: Int, into folder: URL) throws -> Int {
    guard case .success(let template) = ScaffoldTemplate.load(folder: repositoryRoot().appendingPathComponent("Workflows").path) else {
        throw CocoaError(.fileReadCorruptFile)
    }
    try? FileManager.default.removeItem(at: folder)
    var bytes = 0
    for (path, text) in DistrictScaffold(communities: communities, template: template).files() {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        bytes += text.utf8.count
    }
    return bytes
}
