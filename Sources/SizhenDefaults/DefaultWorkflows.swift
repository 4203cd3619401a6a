import Foundation

/// The built-in district: the repository's `Workflows/` folder compiled into the program
/// (`BundledFiles.swift`, generated from it), so that `sizhen` works from a fresh clone, from
/// any directory and as a copied binary with no build folder beside it.
///
/// The loader reads folders, so the files are written out once into a folder of the user's
/// own under the temporary directory, named by their checksum, and checked on every use.
public enum DefaultWorkflows {
    /// One file of the built-in district.
    public struct File: Sendable, Hashable {
        /// Its path inside the workflows folder (`calendars/cn.yaml`).
        public var path: String
        /// Its text (UTF-8).
        public var text: String

        /// A file.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The built-in district's files in path order.
    public static var files: [File] { bundledFiles }

    /// The folder holding the built-in district, written out on first use; nil when it could
    /// not be written (no writable temporary directory).
    public static var directory: String? { materialised }

    /// A checksum of the files (FNV-1a, 64 bits, of each path and text): names the folder
    /// they are written to, so that two versions of the program never share one.
    public static let checksum: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in bundledFiles {
            for byte in file.path.utf8 + [0] + file.text.utf8 + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }()

    /// Why writing the files failed: the path and the system's error number.
    public struct WriteFailure: Error, Sendable, Hashable {
        /// The file or folder that could not be written.
        public var path: String
        /// The error number (`errno`).
        public var number: Int32
    }

    /// Writes the files into `folder`, which must not exist or be an empty folder, in a
    /// parent that exists: first into a temporary sibling, then renamed, so that a failure
    /// leaves no half-written folder (the sibling is removed) and a folder that gained files
    /// meanwhile is kept as it is.
    public static func write(to folder: String) throws(WriteFailure) {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let slash = trimmed.lastIndex(of: "/")
        let parent = slash.map { trimmed[..<$0].isEmpty ? "/" : String(trimmed[..<$0]) } ?? "."
        let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        let staging = (parent == "/" ? "" : parent) + "/.\(name).sizhen-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        guard mkdir(staging, 0o755) == 0 else { throw WriteFailure(path: folder, number: errno) }
        do throws(WriteFailure) {
            var made: Set<String> = []
            for file in bundledFiles {
                var prefix = staging
                for part in file.path.split(separator: "/").dropLast() {
                    prefix += "/" + part
                    if made.insert(prefix).inserted, mkdir(prefix, 0o755) != 0 { throw WriteFailure(path: folder, number: errno) }
                }
                let path = staging + "/" + file.path
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { throw WriteFailure(path: folder + "/" + file.path, number: errno) }
                var failure: Int32 = 0
                var bytes = Array(file.text.utf8)
                var written = 0
                while written < bytes.count && failure == 0 {
                    let count = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
                    if count < 0 { if errno != EINTR { failure = errno } } else { written += count }
                }
                if failure == 0 && fsync(descriptor) != 0 { failure = errno }
                if close(descriptor) != 0 && failure == 0 { failure = errno }
                if failure != 0 { throw WriteFailure(path: folder + "/" + file.path, number: failure) }
            }
            // rename(2) replaces an empty folder and nothing else: a folder that gained files
            // meanwhile is kept.
            guard rename(staging, trimmed) == 0 else { throw WriteFailure(path: folder, number: errno) }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Whether `folder` holds exactly the built-in files (more files may be there; none is missing or changed).
    static func holdsFiles(_ folder: String) -> Bool {
        bundledFiles.allSatisfy { file in
            FileManager.default.contents(atPath: folder + "/" + file.path) == Data(file.text.utf8)
        }
    }

    /// The folder, written out once per process: `$TMPDIR/sizhen-<uid>/builtin-<checksum>/Workflows`.
    private static let materialised: String? = {
        let files = FileManager.default
        let home = files.temporaryDirectory.appendingPathComponent("sizhen-\(getuid())")
        // The parent is the user's own, not a link and not writable by others: another user
        // of the machine cannot put a district in its place.
        if mkdir(home.path, 0o700) != 0 && errno != EEXIST { return nil }
        var info = stat()
        guard lstat(home.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid(), info.st_mode & 0o022 == 0 else {
            return nil
        }
        let version = home.appendingPathComponent("builtin-\(checksum)")
        let folder = version.appendingPathComponent("Workflows").path
        if holdsFiles(folder) { return folder }
        // Missing or altered: a fresh copy replaces it.
        try? files.removeItem(at: version)
        try? files.createDirectory(at: version, withIntermediateDirectories: false)
        // Another process may write it meanwhile: then this one's copy is dropped.
        try? write(to: folder)
        return holdsFiles(folder) ? folder : nil
    }()
}
