import Foundation
import SizhenDiagnostics

/// The YAML files of a workflows folder, found by a bounded walk with one rule for every
/// entry (docs/workflow-language.md, "Files and folders"):
///
/// - a name starting with `.` (a file or a folder: `.git/`, `.github/`, `.DS_Store`) is
///   skipped, and a hidden folder is not entered;
/// - a `.yaml` or `.yml` regular file is read; any other file is ignored;
/// - a folder is entered, at most `Limits.maxDepth` levels below the top; one that cannot be
///   read is an error, never silently left out;
/// - a symbolic link is never followed: one that names a YAML file or a folder is an error
///   (a link to a file outside the folder would be read, and quoted in messages); a link
///   to anything else is ignored like any file that is not YAML;
/// - a `.yaml` name that is not a regular file (a FIFO, a device, a socket) is an error;
/// - at most `Limits.maxEntries` names are looked at and `Limits.maxFiles` YAML files
///   listed, so that `--workflows /` ends at once with an error.
///
/// The folder itself may be a link (the user named it).
public struct FolderWalk: Sendable {
    /// How far a walk goes.
    public struct Limits: Sendable, Hashable {
        /// The most folders below the top one (default 8; the shipped folder uses 1).
        public var maxDepth: Int
        /// The most names looked at, files and folders, hidden ones included (default 100,000).
        public var maxEntries: Int
        /// The most YAML files (default 10,000).
        public var maxFiles: Int

        /// Creates limits.
        public init(maxDepth: Int = 8, maxEntries: Int = 100_000, maxFiles: Int = 10_000) {
            self.maxDepth = maxDepth
            self.maxEntries = maxEntries
            self.maxFiles = maxFiles
        }

        /// The defaults.
        public static let standard = Limits()
    }

    /// The YAML files found, sorted, and what was wrong on the way.
    public struct Result: Sendable {
        /// The paths of the YAML files, `folder/relative/path.yaml`, sorted.
        public var paths: [String]
        /// Errors: folders that could not be read, links, special files, limits passed.
        public var diagnostics: Diagnostics
        /// The limit passed (too many names or files), when the walk stopped at one: then the
        /// folder is surely not a workflows folder, and its files are better not read at all.
        public var limitPassed: Diagnostic?
    }

    /// The limits.
    public var limits: Limits

    /// Creates a walk.
    public init(limits: Limits = .standard) { self.limits = limits }

    /// Walks `folder`, which must be a folder (the caller checked it).
    public func yamlFiles(in folder: String) -> Result {
        var paths: [String] = []
        var diagnostics = Diagnostics()
        var entries = 0
        var limitPassed: Diagnostic?
        // Depth first, in name order: deterministic, and the memory is the open folders only.
        var pending: [(path: String, depth: Int)] = [(folder, 0)]
        walking: while let next = pending.popLast() {
            let (directory, depth) = next
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            } catch {
                diagnostics.append(.error(FileMessage.unreadableFolder(["path": .text(directory)]), at: Self.start(directory),
                                          hint: FileMessage.unreadableHint()))
                continue
            }
            var folders: [String] = []
            for name in names {
                entries += 1
                if entries > limits.maxEntries {
                    limitPassed = .error(FileMessage.tooManyEntries(["folder": .text(folder), "limit": .int(limits.maxEntries)]),
                                         at: Self.start(folder), hint: FileMessage.walkHint())
                    break walking
                }
                if name.hasPrefix(".") { continue }
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                let isYAML = name.hasSuffix(".yaml") || name.hasSuffix(".yml")
                var info = stat()
                guard lstat(path, &info) == 0 else {
                    if isYAML {
                        diagnostics.append(.error(FileMessage.unreadable(["path": .text(path)]), at: Self.start(path),
                                                  hint: FileMessage.unreadableHint()))
                    }
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if depth + 1 > limits.maxDepth {
                        diagnostics.append(.error(FileMessage.tooDeep(["path": .text(path), "limit": .int(limits.maxDepth)]),
                                                  at: Self.start(path), hint: FileMessage.walkHint()))
                    } else {
                        folders.append(path)
                    }
                case S_IFREG:
                    guard isYAML else { continue }
                    paths.append(path)
                    if paths.count > limits.maxFiles {
                        limitPassed = .error(FileMessage.tooManyFiles(["folder": .text(folder), "limit": .int(limits.maxFiles)]),
                                             at: Self.start(folder), hint: FileMessage.walkHint())
                        break walking
                    }
                case S_IFLNK:
                    var target = stat()
                    let isFolder = stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFDIR
                    guard isYAML || isFolder else { continue }
                    diagnostics.append(InputFile.diagnostic(for: .symbolicLink, path: path, limit: 0))
                default:
                    guard isYAML else { continue }
                    diagnostics.append(InputFile.diagnostic(for: InputFile.problem(info) ?? .notAFile(.other), path: path, limit: 0))
                }
            }
            // Popped last first: push in reverse so that folders are walked in name order.
            pending.append(contentsOf: folders.reversed().map { ($0, depth + 1) })
        }
        if let limitPassed { diagnostics.append(limitPassed) }
        return Result(paths: paths.sorted(), diagnostics: diagnostics, limitPassed: limitPassed)
    }

    static func start(_ path: String) -> SourceLocation { SourceLocation(file: path, line: 1, column: 1) }
}
