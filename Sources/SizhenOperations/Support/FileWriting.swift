#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SizhenDiagnostics
import SizhenLoader

/// Writes files whole or not at all, and only where a file belongs: what every output a
/// command writes (a report, a scaffolded district, the editors' schemas) goes through.
///
/// The text goes to a new file beside the target (created exclusively, so never someone
/// else's), is flushed to the disk and then renamed over the target: a full disk, a kill or a
/// power cut leaves the old file or the new one, never a truncated one. The target must be a
/// regular file or not exist: a symbolic link, a device (`/dev/null`, a terminal), a pipe or a
/// folder is refused before anything is written, since renaming over it would replace it.
public enum FileWriting {
    /// Why `path` cannot be written to, or nil when it can (a regular file, or nothing yet in
    /// a folder that exists). `flag` names where the path came from, for an empty one.
    public static func problem(writing path: String, flag: String) -> Diagnostic? {
        switch kind(of: path, flag: flag) {
        case .failure(let problem): return problem
        case .success(S_IFREG?): return nil
        case .success(S_IFDIR?): return .error(OperationMessage.outputIsFolder(["path": .text(path)]), at: FlagValue.location(flag))
        case .success(_?): return .error(OperationMessage.outputNotRegular(["path": .text(path)]), at: FlagValue.location(flag))
        case .success(nil):
            var status = stat()
            let folder = Self.folder(of: path)
            guard stat(folder, &status) == 0 else { return cannotWrite(path, errno: errno) }
            guard status.st_mode & S_IFMT == S_IFDIR else { return cannotWrite(path, errno: ENOTDIR) }
            return nil
        }
    }

    /// Why `path` is no folder to write into: empty, a link, a file, a device or a pipe, or
    /// (with `mustBeEmpty`) a folder that already holds something. Nil when it is a folder
    /// that may be written or does not exist yet.
    public static func problem(writingFolder path: String, flag: String, mustBeEmpty: Bool) -> Diagnostic? {
        switch kind(of: path, flag: flag) {
        case .failure(let problem): return problem
        case .success(nil): return nil
        case .success(S_IFREG?): return .error(OperationMessage.outputIsFile(["path": .text(path)]), at: FlagValue.location(flag))
        case .success(S_IFDIR?):
            guard mustBeEmpty else { return nil }
            guard let folder = opendir(path) else { return .error(OperationMessage.cannotRead(["path": .text(path)]), at: FlagValue.location(flag)) }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." {
                    return .error(OperationMessage.outputNotEmpty(["path": .text(path)]), at: FlagValue.location(flag),
                                  hint: OperationMessage.outputNotEmptyHint())
                }
            }
            return nil
        case .success(_?): return .error(OperationMessage.outputNotRegular(["path": .text(path)]), at: FlagValue.location(flag))
        }
    }

    /// What is at `path` without following a link (`S_IFREG`, `S_IFDIR` …; nil when nothing
    /// is), or the problem of an empty path or a symbolic link, located at `flag`.
    static func kind(of path: String, flag: String) -> Result<mode_t?, Diagnostic> {
        guard !path.isEmpty else {
            return .failure(.error(FileMessage.emptyPath(["flag": .text(flag)]), at: FlagValue.location(flag), hint: FileMessage.emptyPathHint()))
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return .success(nil) }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFLNK {
            return .failure(.error(OperationMessage.outputIsLink(["path": .text(path)]), at: FlagValue.location(flag),
                                   hint: OperationMessage.outputIsLinkHint()))
        }
        return .success(kind)
    }

    /// Writes `text` to `path` whole, replacing a regular file there; the diagnostic says why
    /// not (the target, or the system's error in words).
    public static func write(_ text: String, to path: String, flag: String = "--output") throws(Diagnostic) {
        if let problem = problem(writing: path, flag: flag) { throw problem }
        let folder = Self.folder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var attempt = 0
        var temporary = ""
        var descriptor: Int32 = -1
        // A name of our own beside the target: exclusive, so two commands never share one.
        while descriptor < 0 {
            attempt += 1
            temporary = folder + "/." + name + ".sizhen-\(getpid())-\(attempt).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 && (errno != EEXIST || attempt > 100) { throw cannotWrite(path, errno: errno) }
        }
        var failure: Int32 = 0
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            failure = writeAll(descriptor, buffer.baseAddress, buffer.count)
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw cannotWrite(path, errno: failure)
        }
    }

    /// Writes every byte to a descriptor, through interruptions; 0, or the error number.
    public static func writeAll(_ descriptor: Int32, _ start: UnsafeRawPointer?, _ count: Int) -> Int32 {
        guard let start else { return 0 }
        var written = 0
        while written < count {
            let result = systemWrite(descriptor, start + written, count - written)
            if result < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return errno
            }
            if result == 0 { return EIO }
            written += result
        }
        return 0
    }

    /// A system error number in words.
    public static func reason(errno number: Int32) -> Message {
        switch number {
        case ENOSPC, EDQUOT, EFBIG: OperationMessage.diskFull()
        case EACCES, EPERM: OperationMessage.permissionDenied()
        case EROFS: OperationMessage.readOnlyFileSystem()
        case ENOENT: OperationMessage.folderMissing()
        case ENOTDIR: OperationMessage.notAFolder()
        case EISDIR: OperationMessage.isAFolder()
        case ENAMETOOLONG: OperationMessage.nameTooLong()
        case EIO: OperationMessage.ioError()
        default: OperationMessage.systemError(["number": .int(Int(number))])
        }
    }

    static func cannotWrite(_ path: String, errno number: Int32) -> Diagnostic {
        .error(OperationMessage.cannotWrite(["path": .text(path), "detail": .message(reason(errno: number))]),
               hint: number == ENOSPC ? nil : OperationMessage.cannotWriteHint())
    }

    /// Makes a folder and the folders above it that are missing; a part that exists and is
    /// not a folder is an error.
    public static func makeFolder(_ path: String) throws(Diagnostic) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") where !part.isEmpty {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            if mkdir(prefix, 0o755) != 0 {
                let number = errno
                var status = stat()
                guard number == EEXIST, stat(prefix, &status) == 0 else { throw cannotCreateFolder(prefix, errno: number) }
                guard status.st_mode & S_IFMT == S_IFDIR else { throw cannotCreateFolder(prefix, errno: ENOTDIR) }
            }
        }
    }

    static func cannotCreateFolder(_ path: String, errno number: Int32) -> Diagnostic {
        .error(OperationMessage.cannotCreateFolder(["path": .text(path), "detail": .message(reason(errno: number))]))
    }

    /// The folder a path is in (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// `write(2)`, out of the reach of `FileWriting.write`'s name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
