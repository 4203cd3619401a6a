import Foundation
import SizhenDiagnostics
import SizhenRecords

/// What the file system says about a database's path, asked before SQLite opens it: SQLite
/// would take `/dev/null`, a folder or a named pipe for a database (and write its journal
/// beside it), and an empty path for a temporary one.
enum DatabaseFile {
    /// An existing path that must be a regular file (a symbolic link to one is one).
    static func checkExisting(_ path: String, access: StoreAccess) throws(StoreError) {
        guard !path.isEmpty else { throw .emptyPath() }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            switch code {
            case ENOENT where access == .reading: throw .missing(path)
            case EACCES, EPERM: throw access == .reading ? .cannotRead(path) : .cannotWrite(path)
            default: throw .cannotOpen(path, why: reason(code))
            }
        }
        try checkKind(info.st_mode, path: path)
    }

    /// Creates the file, readable and writable by its owner only, when it does not exist, and
    /// only then (O_EXCL: never replaced under another command that has just created it);
    /// otherwise checks that what is there is a regular file.
    static func createOrCheck(_ path: String) throws(StoreError) {
        guard !path.isEmpty else { throw .emptyPath() }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return
        }
        let code = errno
        switch code {
        case EEXIST: try checkExisting(path, access: .writing(.real))
        case ENOSPC, EDQUOT: throw .diskFull()
        case EISDIR: throw .notAFile(path, kind: StoreMessage.kindDirectory())
        default: throw .cannotOpen(path, why: reason(code))
        }
    }

    /// Refuses anything but a regular file.
    static func checkKind(_ mode: mode_t, path: String) throws(StoreError) {
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .notAFile(path, kind: StoreMessage.kindDirectory())
        case S_IFCHR, S_IFBLK: throw .notAFile(path, kind: StoreMessage.kindDevice())
        case S_IFIFO: throw .notAFile(path, kind: StoreMessage.kindPipe())
        case S_IFSOCK: throw .notAFile(path, kind: StoreMessage.kindSocket())
        default: throw .notAFile(path, kind: StoreMessage.kindOther())
        }
    }

    /// Why a path cannot be opened, from `errno`.
    static func reason(_ code: Int32) -> Message {
        switch code {
        case ENOENT, ENOTDIR: StoreMessage.folderMissing()
        case EACCES, EPERM, EROFS: StoreMessage.permissionDenied()
        default: StoreMessage.systemError(["detail": .text(String(cString: strerror(code)))])
        }
    }

    /// Whether the file system holding `path` has (almost) no room left: SQLite says
    /// SQLITE_FULL when a write of the database or its log finds the disk full, but only "disk
    /// I/O error" when growing its shared-memory file does.
    static func isDiskFull(near path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }
}
