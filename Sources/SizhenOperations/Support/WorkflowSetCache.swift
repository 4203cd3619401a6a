import Foundation
import SizhenLoader

/// The workflow files as last loaded, kept by a long-running front end (the web server) so
/// that a page does not parse every file again: the folder is loaded again when one of its
/// files was added, removed, or changed in size or modification time. Only loads with the
/// standard budget are kept.
public final class WorkflowSetCache: @unchecked Sendable {
    private struct Entry {
        var folder: String
        var stamps: [String: FileStamp]
        var outcome: WorkflowSetLoader.Outcome
        var generation: Int
    }

    private struct FileStamp: Equatable {
        var size: UInt64
        var modified: Date
    }

    private let lock = NSLock()
    private var entry: Entry?
    private var loads = 0

    /// An empty cache.
    public init() {}

    /// The outcome of loading `folder`: the kept one while no file changed, else loaded now;
    /// with the number of the load it came from (a new number whenever the files were read
    /// again), which what is derived from the files can be kept against.
    func outcome(of folder: String, load: (String) -> WorkflowSetLoader.Outcome) -> (outcome: WorkflowSetLoader.Outcome, generation: Int) {
        let stamps = Self.stamps(of: folder)
        lock.lock()
        if let entry, entry.folder == folder, entry.stamps == stamps {
            lock.unlock()
            return (entry.outcome, entry.generation)
        }
        lock.unlock()
        let outcome = load(folder)
        lock.lock()
        defer { lock.unlock() }
        loads += 1
        entry = Entry(folder: folder, stamps: stamps, outcome: outcome, generation: loads)
        return (outcome, loads)
    }

    /// The size and modification time of every file below `folder`, by path.
    private static func stamps(of folder: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: folder) else { return stamps }
        for case let path as String in walker {
            guard let attributes = try? manager.attributesOfItem(atPath: folder + "/" + path),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            stamps[path] = FileStamp(size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
                                     modified: attributes[.modificationDate] as? Date ?? .distantPast)
        }
        return stamps
    }
}
