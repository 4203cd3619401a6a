import Foundation
import SizhenDiagnostics

/// The one way a file a user names is read: every input of every command (the workflow files,
/// an intake sheet, `--calendar`, `--scenario`, `--pinned`, `--with`) comes through `read`.
///
/// What is not a regular file (a folder, a FIFO, a device, a socket) is refused from its
/// `stat` before it is opened, so that a named pipe can never make a command wait forever, and
/// the file is opened non-blocking and checked again (`fstat`) in case it was swapped in
/// between. A file larger than the limit is refused unread; at most one byte past the limit is
/// ever read, so that a file that grows while it is read, or a `/proc` file whose size says
/// nothing, is caught too.
public enum InputFile {
    /// Why a file was not read.
    public enum Failure: Error, Sendable, Hashable {
        /// Nothing is at the path.
        case missing
        /// The path is a folder.
        case folder
        /// The path is something other than a regular file or a folder.
        case notAFile(Kind)
        /// The file is larger than the limit (`size` bytes, or more).
        case tooLarge(size: Int)
        /// It could not be opened or read (permissions, an I/O error, a link loop).
        case unreadable
        /// It is a symbolic link, where links are not followed.
        case symbolicLink
        /// The path is empty.
        case emptyPath
    }

    /// What a path that is not a regular file is.
    public enum Kind: String, Sendable, Hashable {
        /// A named pipe: opening it for reading waits for a writer.
        case fifo
        /// A character device (`/dev/zero`, a terminal).
        case characterDevice
        /// A block device (a disk).
        case blockDevice
        /// A Unix socket.
        case socket
        /// Anything else `stat` may say.
        case other

        /// The words for it.
        public var message: Message {
            switch self {
            case .fifo: FileMessage.kindFIFO()
            case .characterDevice, .blockDevice: FileMessage.kindDevice()
            case .socket: FileMessage.kindSocket()
            case .other: FileMessage.kindOther()
            }
        }
    }

    /// Reads the file at `path`, at most `maxBytes` of it. With `followsLinks` false a symbolic
    /// link is refused rather than followed (the files of a walked folder).
    public static func read(_ path: String, maxBytes: Int, followsLinks: Bool = true) -> Result<[UInt8], Failure> {
        guard !path.isEmpty else { return .failure(.emptyPath) }
        var info = stat()
        let found = followsLinks ? stat(path, &info) : lstat(path, &info)
        guard found == 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable) }
        if let problem = problem(info) { return .failure(problem) }
        if Int(info.st_size) > maxBytes { return .failure(.tooLarge(size: Int(info.st_size))) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followsLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return .failure(errno == ELOOP && !followsLinks ? .symbolicLink : .unreadable) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable) }
        if let problem = problem(info) { return .failure(problem) }
        if Int(info.st_size) > maxBytes { return .failure(.tooLarge(size: Int(info.st_size))) }
        // One byte past the limit, to tell a file that is larger than its size said.
        var bytes = [UInt8](repeating: 0, count: min(maxBytes, max(Int(info.st_size), 4096)) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maxBytes else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maxBytes + 1 - bytes.count)))
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if read == 0 { break }
            count += read
        }
        if count > maxBytes { return .failure(.tooLarge(size: count)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// What is wrong with a path of this `stat`, if it is not a regular file.
    static func problem(_ info: stat) -> Failure? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .notAFile(.fifo)
        case S_IFCHR: .notAFile(.characterDevice)
        case S_IFBLK: .notAFile(.blockDevice)
        case S_IFSOCK: .notAFile(.socket)
        default: .notAFile(.other)
        }
    }

    /// The diagnostic for a file that was not read, located at `path:1:1` (or `location`):
    /// what the path is, and the limit when it was too large. `tooLargeHint` says how to make
    /// a file of that kind smaller.
    /// `flag` names where the path came from, for an empty one (`--pinned:1:1`).
    public static func diagnostic(for failure: Failure, path: String, limit: Int, at location: SourceLocation? = nil,
                                  tooLargeHint: Message? = nil, flag: String? = nil) -> Diagnostic {
        let place = location ?? SourceLocation(file: path, line: 1, column: 1)
        switch failure {
        case .emptyPath:
            return .error(FileMessage.emptyPath(["flag": .text(flag ?? "")]), at: SourceLocation(file: flag ?? "<empty path>", line: 1, column: 1),
                          hint: FileMessage.emptyPathHint())
        case .missing:
            return .error(FileMessage.noSuchFile(["path": .text(path)]), at: place, hint: FileMessage.noSuchFileHint())
        case .folder:
            return .error(FileMessage.isFolder(["path": .text(path)]), at: place)
        case .notAFile(let kind):
            return .error(FileMessage.notAFile(["path": .text(path), "kind": .message(kind.message)]), at: place,
                          hint: FileMessage.notAFileHint())
        case .tooLarge(let size):
            return .error(FileMessage.tooLarge(["path": .text(path), "size": .int(size), "limit": .int(limit)]), at: place,
                          hint: tooLargeHint)
        case .unreadable:
            return .error(FileMessage.unreadable(["path": .text(path)]), at: place, hint: FileMessage.unreadableHint())
        case .symbolicLink:
            return .error(FileMessage.symbolicLink(["path": .text(path)]), at: place, hint: FileMessage.symbolicLinkHint())
        }
    }
}
