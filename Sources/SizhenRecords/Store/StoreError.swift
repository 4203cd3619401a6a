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

    /// Another command changed the database between this one's reading and writing it (a
    /// stale snapshot), or held it at the very moment this one needed it: nothing was changed.
    public static func changedMeanwhile(_ path: String) -> StoreError {
        StoreError(StoreMessage.changedMeanwhile(["path": .text(path)]), hint: StoreMessage.changedMeanwhileHint())
    }

    /// The database is another program's, not this program's: it is left as it is.
    public static func foreign(_ path: String, tables: [String]) -> StoreError {
        StoreError(StoreMessage.foreign(["path": .text(path), "tables": .texts(tables.prefix(5))]), hint: StoreMessage.foreignHint())
    }

    /// A newer version of the program changed the database's schema (a migration this one does
    /// not know): it is neither read nor changed.
    public static func newerVersion(_ path: String, migration: String) -> StoreError {
        StoreError(StoreMessage.newerVersion(["path": .text(path), "migration": .text(migration)]), hint: StoreMessage.newerVersionHint())
    }

    /// An earlier version made the database and a command that only reads cannot upgrade it.
    public static func olderVersion(_ path: String, migration: String) -> StoreError {
        StoreError(StoreMessage.olderVersion(["path": .text(path), "migration": .text(migration)]), hint: StoreMessage.olderVersionHint())
    }

    /// The database holds the other purpose's records.
    public static func wrongPurpose(_ path: String, found: StorePurpose) -> StoreError {
        switch found {
        case .real: StoreError(StoreMessage.holdsRealRecords(["path": .text(path)]), hint: StoreMessage.holdsRealRecordsHint())
        case .simulation: StoreError(StoreMessage.holdsSimulation(["path": .text(path)]), hint: StoreMessage.holdsSimulationHint())
        }
    }

    /// An empty database an earlier version made without recording its purpose: a
    /// simulation does not take it.
    public static func unmarked(_ path: String) -> StoreError {
        StoreError(StoreMessage.unmarked(["path": .text(path)]), hint: StoreMessage.unmarkedHint())
    }

    /// Another simulation started over in the same database while this one ran.
    public static func simulationReplaced(_ path: String) -> StoreError {
        StoreError(StoreMessage.simulationReplaced(["path": .text(path)]), hint: StoreMessage.simulationReplacedHint())
    }

    /// The path names something that is not a regular file (a folder, a device, a pipe).
    public static func notAFile(_ path: String, kind: Message) -> StoreError {
        StoreError(StoreMessage.notAFile(["path": .text(path), "kind": .message(kind)]), hint: StoreMessage.notAFileHint())
    }

    /// The path is empty.
    public static func emptyPath() -> StoreError {
        StoreError(StoreMessage.emptyPath(), hint: StoreMessage.emptyPathHint())
    }

    /// A store to read does not exist (reading never creates one).
    public static func missing(_ path: String) -> StoreError {
        StoreError(StoreMessage.missing(["path": .text(path)]), hint: StoreMessage.missingHint())
    }

    /// A store to read is an empty database: no command has written to it yet.
    public static func blank(_ path: String) -> StoreError {
        StoreError(StoreMessage.blank(["path": .text(path)]), hint: StoreMessage.missingHint())
    }

    /// The database cannot be read (its permissions).
    public static func cannotRead(_ path: String) -> StoreError {
        StoreError(StoreMessage.cannotRead(["path": .text(path)]), hint: StoreMessage.cannotReadHint())
    }

    /// A write through a store opened for reading.
    public static func readOnly(_ path: String) -> StoreError {
        StoreError(StoreMessage.readOnly(["path": .text(path)]))
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
    case permissionDenied = "store.permission-denied"
    case systemError = "store.system-error"
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
    case changedMeanwhile = "store.changed-meanwhile"
    case changedMeanwhileHint = "store.changed-meanwhile.hint"
    case foreign = "store.foreign"
    case foreignHint = "store.foreign.hint"
    case newerVersion = "store.newer-version"
    case newerVersionHint = "store.newer-version.hint"
    case olderVersion = "store.older-version"
    case olderVersionHint = "store.older-version.hint"
    case holdsRealRecords = "store.holds-real-records"
    case holdsRealRecordsHint = "store.holds-real-records.hint"
    case holdsSimulation = "store.holds-simulation"
    case holdsSimulationHint = "store.holds-simulation.hint"
    case unmarked = "store.unmarked"
    case unmarkedHint = "store.unmarked.hint"
    case simulationReplaced = "store.simulation-replaced"
    case simulationReplacedHint = "store.simulation-replaced.hint"
    case notAFile = "store.not-a-file"
    case notAFileHint = "store.not-a-file.hint"
    case kindDirectory = "store.kind.directory"
    case kindDevice = "store.kind.device"
    case kindPipe = "store.kind.pipe"
    case kindSocket = "store.kind.socket"
    case kindOther = "store.kind.other"
    case emptyPath = "store.empty-path"
    case emptyPathHint = "store.empty-path.hint"
    case missing = "store.missing"
    case missingHint = "store.missing.hint"
    case blank = "store.blank"
    case cannotRead = "store.cannot-read"
    case cannotReadHint = "store.cannot-read.hint"
    case readOnly = "store.read-only"
    case monthPlanned = "store.month-planned"
    case monthReplanned = "store.month-replanned"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .cannotOpen: ("cannot open the database {path}: {why}", "无法打开数据库 {path}：{why}")
        case .cannotOpenHint: ("give --db a file in a folder you can write to", "请用 --db 指定一个可写文件夹中的文件")
        case .folderMissing: ("the folder does not exist", "文件夹不存在")
        case .permissionDenied: ("permission denied", "没有权限")
        case .systemError: ("{detail}", "{detail}")
        case .busy: ("the database {path} is busy: another sizhen command has been using it for more than {seconds} seconds",
                     "数据库 {path} 正忙：另一个 sizhen 命令已占用超过 {seconds} 秒")
        case .busyHint: ("wait for the other command to finish, then run this one again; nothing was changed", "请等另一个命令结束后再运行本命令；数据没有任何改动")
        case .notADatabase: ("{path} is not a Sizhen database, or it is damaged", "{path} 不是四诊数据库，或已损坏")
        case .notADatabaseHint: ("give --db the right file, or a new file name", "请用 --db 指定正确的文件，或一个新文件名")
        case .cannotWrite: ("cannot open the database {path} for writing", "无法以写入方式打开数据库 {path}")
        case .cannotWriteHint: ("check the file's permissions and that its folder exists", "请检查文件权限以及所在文件夹是否存在")
        case .diskFull: ("the disk is full; the change being written was not saved", "磁盘已满；正在写入的改动没有保存")
        case .diskFullHint: ("free some space and run the command again: it goes on from what was saved",
                             "请腾出空间后重新运行命令：它会接着已保存的部分继续")
        case .undecodable: ("{path}: the value '{value}' in {table}.{column} cannot be read", "{path}：{table}.{column} 中的值“{value}”无法读取")
        case .undecodableHint: ("the database was changed by another program or is damaged; restore it from a backup",
                                "数据库被其他程序改动过或已损坏；请从备份恢复")
        case .other: ("database error in {path}: {detail}", "数据库 {path} 出错：{detail}")
        case .changedMeanwhile: ("another sizhen command changed the database {path} at the same moment; the change this one was writing was not saved",
                                 "另一个 sizhen 命令同时改动了数据库 {path}；本命令正在写入的改动没有保存")
        case .changedMeanwhileHint: ("run the command again: it goes on from what was saved", "请重新运行本命令：它会接着已保存的部分继续")
        case .foreign: ("{path} is another program's SQLite database{?tables: (tables: {tables})}, not a Sizhen database; it was left as it is",
                        "{path} 是其他程序的 SQLite 数据库{?tables:（表：{tables}）}，不是四诊数据库；未作任何改动")
        case .foreignHint: ("give --db a Sizhen database, or a new file name", "请用 --db 指定四诊数据库，或一个新文件名")
        case .newerVersion: ("{path} was written by a newer version of sizhen: it has migration '{migration}', which this version does not know; nothing was read or changed",
                             "{path} 由更新版本的 sizhen 写入：其中有本版本不认识的迁移“{migration}”；未读取也未改动任何数据")
        case .newerVersionHint: ("use a newer sizhen (the version that wrote it, or a later one) with this database",
                                 "请用更新版本的 sizhen（写入它的版本或更新的版本）处理该数据库")
        case .olderVersion: ("{path} was written by an earlier version of sizhen and must be upgraded (migration '{migration}') before it is read; a command that only reads never changes a database",
                             "{path} 由较早版本的 sizhen 写入，须先升级（迁移“{migration}”）才能读取；只读的命令从不改动数据库")
        case .olderVersionHint: ("a command that writes it upgrades it in place, keeping everything: `sizhen rounds --date …` for the real month's database; `sizhen simulate --month …` writes a simulation's afresh",
                                 "写入数据库的命令会就地升级它并保留全部数据：真实数据库用 `sizhen rounds --date …`；模拟数据库由 `sizhen simulate --month …` 重新写入")
        case .holdsRealRecords: ("{path} holds real records, not a simulation; a simulation writes only a database of its own",
                                 "{path} 保存的是真实记录，不是模拟数据；模拟只写入自己的数据库")
        case .holdsRealRecordsHint: ("give simulate --db another file name; real records are never overwritten",
                                     "请用 --db 为模拟指定另一个文件名；真实记录从不会被覆盖")
        case .holdsSimulation: ("{path} is a simulation's database; real records (rounds, intake import, plan --db) never go into it",
                                "{path} 是模拟数据库；真实记录（rounds、intake import、plan --db）从不写入其中")
        case .holdsSimulationHint: ("give --db the real month's database (sizhen.db unless you named another); each `sizhen simulate` rewrites a simulation's",
                                    "请用 --db 指定真实数据库（默认为 sizhen.db）；模拟数据库每次 `sizhen simulate` 都会重写")
        case .unmarked: ("{path} is an empty Sizhen database an earlier version made for the real month, not a simulation's; a simulation writes only a database of its own",
                         "{path} 是较早版本为真实数据建立的空四诊数据库，不是模拟数据库；模拟只写入自己的数据库")
        case .unmarkedHint: ("give simulate --db a new file name (or delete this file: it holds nothing)",
                             "请用 --db 为模拟指定新文件名（或删除该文件：其中没有任何数据）")
        case .simulationReplaced: ("another `sizhen simulate` started over in {path} while this one was running; this one stopped",
                                   "本次模拟运行期间，另一个 `sizhen simulate` 在 {path} 中重新开始；本次模拟已停止")
        case .simulationReplacedHint: ("run one simulation at a time on a database, or give each its own --db",
                                       "同一数据库一次只运行一个模拟，或为每个模拟指定各自的 --db")
        case .notAFile: ("{path} is {kind}, not a file; a database is a regular file", "{path} 是{kind}，不是文件；数据库必须是普通文件")
        case .notAFileHint: ("give --db the name of a database file, or of a new file in a folder you can write to",
                             "请用 --db 指定数据库文件，或可写文件夹中的一个新文件名")
        case .kindDirectory: ("a folder", "文件夹")
        case .kindDevice: ("a device", "设备")
        case .kindPipe: ("a named pipe", "命名管道")
        case .kindSocket: ("a socket", "套接字")
        case .kindOther: ("not a regular file", "非普通文件")
        case .emptyPath: ("the database's file name is empty", "数据库文件名为空")
        case .emptyPathHint: ("give --db FILE", "请用 --db FILE 指定数据库文件")
        case .missing: ("no database at {path}", "{path} 处没有数据库")
        case .missingHint: ("a command that only reads never creates a database: check the name, or run `sizhen rounds --date …` or `sizhen simulate --month …` first",
                            "只读的命令从不新建数据库：请检查文件名，或先运行 `sizhen rounds --date …` 或 `sizhen simulate --month …`")
        case .blank: ("{path} is an empty database: no sizhen command has written to it yet", "{path} 是空数据库：还没有 sizhen 命令写入过")
        case .cannotRead: ("cannot read the database {path}", "无法读取数据库 {path}")
        case .cannotReadHint: ("check the file's permissions", "请检查文件权限")
        case .readOnly: ("{path} was opened for reading only", "{path} 以只读方式打开")
        case .monthPlanned: ("{month}: {occurrences} occurrences, {assignments} assignments, {unfilled} unfilled",
                             "{month}：{occurrences} 个场次，{assignments} 项安排，{unfilled} 个缺岗")
        case .monthReplanned: ("{month} re-planned from {from}: {assignments} assignments, {unfilled} unfilled",
                               "{month} 自 {from} 起重新排班：{assignments} 项安排，{unfilled} 个缺岗")
        }
    }
}
