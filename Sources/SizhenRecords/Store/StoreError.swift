import SizhenDiagnostics

/// What can go wrong with a store, said to the person running the command: what happened and
/// how to fix it, as messages.
public struct StoreError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What happened.
    public var message: Message
    /// How to fix it.
    public var hint: Message?

    /// Creates an error.
    public init(_ message: Message, hint: Message? = nil) {
        self.message = message
        self.hint = hint
    }

    /// The database cannot be opened (a folder that does not exist, a file that cannot be read).
    public static func cannotOpen(_ path: String, why: Message) -> StoreError {
        StoreError(StoreMessage.cannotOpen(["path": .text(path), "why": .message(why)]), hint: StoreMessage.cannotOpenHint())
    }

    /// Another command holds the database longer than a command waits.
    public static func busy(_ path: String, seconds: Int) -> StoreError {
        StoreError(StoreMessage.busy(["path": .text(path), "seconds": .int(seconds)]), hint: StoreMessage.busyHint())
    }

    /// The file is not a database of this program, or it is damaged.
    public static func notADatabase(_ path: String) -> StoreError {
        StoreError(StoreMessage.notADatabase(["path": .text(path)]), hint: StoreMessage.notADatabaseHint())
    }

    /// The database cannot be written.
    public static func cannotWrite(_ path: String) -> StoreError {
        StoreError(StoreMessage.cannotWrite(["path": .text(path)]), hint: StoreMessage.cannotWriteHint())
    }

    /// The disk is full.
    public static func diskFull() -> StoreError {
        StoreError(StoreMessage.diskFull(), hint: StoreMessage.diskFullHint())
    }

    /// A stored value that cannot be read back as what it was written as.
    public static func undecodable(_ path: String, table: String, column: String, value: String) -> StoreError {
        StoreError(StoreMessage.undecodable(["path": .text(path), "table": .text(table), "column": .text(column),
                                             "value": .text(String(value.prefix(80)))]),
                   hint: StoreMessage.undecodableHint())
    }

    /// Anything else the database said.
    public static func database(_ path: String, detail: String) -> StoreError {
        StoreError(StoreMessage.other(["path": .text(path), "detail": .text(detail)]))
    }

    public var description: String {
        message.description + (hint.map { " (hint: \($0))" } ?? "")
    }
}

/// The words of the stores: their errors and the events they log.
public enum StoreMessage: String, MessageCatalogue {
    case cannotOpen = "store.cannot-open"
    case cannotOpenHint = "store.cannot-open.hint"
    case folderMissing = "store.folder-missing"
    case busy = "store.busy"
    case busyHint = "store.busy.hint"
    case notADatabase = "store.not-a-database"
    case notADatabaseHint = "store.not-a-database.hint"
    case cannotWrite = "store.cannot-write"
    case cannotWriteHint = "store.cannot-write.hint"
    case diskFull = "store.disk-full"
    case diskFullHint = "store.disk-full.hint"
    case undecodable = "store.undecodable"
    case undecodableHint = "store.undecodable.hint"
    case other = "store.other"
    case monthPlanned = "store.month-planned"
    case monthReplanned = "store.month-replanned"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .cannotOpen: ("cannot open the database {path}: {why}", "无法打开数据库 {path}：{why}")
        case .cannotOpenHint: ("give --db a file in a folder you can write to", "请用 --db 指定一个可写文件夹中的文件")
        case .folderMissing: ("the folder does not exist or is not writable", "文件夹不存在或不可写")
        case .busy: ("the database {path} is busy: another sizhen command has been using it for more than {seconds} seconds",
                     "数据库 {path} 正忙：另一个 sizhen 命令已占用超过 {seconds} 秒")
        case .busyHint: ("wait for the other command to finish, then run this one again; nothing was changed", "请等另一个命令结束后再运行本命令；数据没有任何改动")
        case .notADatabase: ("{path} is not a Sizhen database, or it is damaged", "{path} 不是四诊数据库，或已损坏")
        case .notADatabaseHint: ("give --db the right file, or a new file name", "请用 --db 指定正确的文件，或一个新文件名")
        case .cannotWrite: ("cannot open the database {path} for writing", "无法以写入方式打开数据库 {path}")
        case .cannotWriteHint: ("check the file's permissions and that its folder exists", "请检查文件权限以及所在文件夹是否存在")
        case .diskFull: ("the disk is full; nothing was changed", "磁盘已满；数据没有任何改动")
        case .diskFullHint: ("free some space and run the command again", "请腾出空间后重新运行命令")
        case .undecodable: ("{path}: the value '{value}' in {table}.{column} cannot be read", "{path}：{table}.{column} 中的值“{value}”无法读取")
        case .undecodableHint: ("the database was changed by another program or is damaged; restore it from a backup",
                                "数据库被其他程序改动过或已损坏；请从备份恢复")
        case .other: ("database error in {path}: {detail}", "数据库 {path} 出错：{detail}")
        case .monthPlanned: ("{month}: {occurrences} occurrences, {assignments} assignments, {unfilled} unfilled",
                             "{month}：{occurrences} 个场次，{assignments} 项安排，{unfilled} 个缺岗")
        case .monthReplanned: ("{month} re-planned from {from}: {assignments} assignments, {unfilled} unfilled",
                               "{month} 自 {from} 起重新排班：{assignments} 项安排，{unfilled} 个缺岗")
        }
    }
}
