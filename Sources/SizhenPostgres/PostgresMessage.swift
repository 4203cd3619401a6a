import SizhenDiagnostics
import SizhenRecords

/// The words of the PostgreSQL store: a connection URL that cannot be read, a server that cannot
/// be reached or refuses, a database that is not there. (What every store says alike, a newer
/// version's database or the other purpose, is `StoreMessage`'s.)
public enum PostgresMessage: String, MessageCatalogue {
    case badURL = "postgres.bad-url"
    case badURLHint = "postgres.bad-url.hint"
    case notAURL = "postgres.not-a-url"
    case unknownParameter = "postgres.unknown-parameter"
    case tlsUnsupported = "postgres.tls-unsupported"
    case badPort = "postgres.bad-port"
    case badDatabaseName = "postgres.bad-database-name"
    case badSchemaName = "postgres.bad-schema-name"
    case unreachable = "postgres.unreachable"
    case unreachableHint = "postgres.unreachable.hint"
    case refused = "postgres.refused"
    case refusedHint = "postgres.refused.hint"
    case noSuchDatabase = "postgres.no-such-database"
    case noSuchDatabaseHint = "postgres.no-such-database.hint"
    case connectionLost = "postgres.connection-lost"
    case connectionLostHint = "postgres.connection-lost.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .badURL: ("cannot read the database URL {url}: {why}", "无法读取数据库地址 {url}：{why}")
        case .badURLHint: ("write postgres://USER@HOST:PORT/DATABASE, or postgres:///DATABASE?host=/SOCKET/FOLDER for a Unix socket",
                           "请写成 postgres://用户@主机:端口/数据库，或用 Unix 套接字时写成 postgres:///数据库?host=/套接字/文件夹")
        case .notAURL: ("it is not a postgres:// URL", "它不是 postgres:// 地址")
        case .unknownParameter: ("unknown parameter '{name}' (known: host, port, user, password, dbname, schema, sslmode)",
                                 "未知参数“{name}”（可用：host、port、user、password、dbname、schema、sslmode）")
        case .tlsUnsupported: ("sslmode={mode} asks for TLS, which sizhen does not offer; connect over a Unix socket or a trusted network",
                               "sslmode={mode} 要求 TLS，sizhen 不支持；请通过 Unix 套接字或可信网络连接")
        case .badPort: ("the port '{port}' is not a number from 1 to 65535", "端口“{port}”不是 1 到 65535 之间的数")
        case .badDatabaseName: ("'{name}' is not a database name", "“{name}”不是数据库名")
        case .badSchemaName: ("the schema '{name}' must be letters, digits and _", "模式名“{name}”只能由字母、数字和 _ 组成")
        case .unreachable: ("cannot reach the PostgreSQL server of {url}: {detail}", "无法连接 {url} 的 PostgreSQL 服务器：{detail}")
        case .unreachableHint: ("check that the server is running and the host, port or socket folder in --db (or SIZHEN_DB) are right",
                                "请确认服务器正在运行，且 --db（或 SIZHEN_DB）中的主机、端口或套接字文件夹正确")
        case .refused: ("the PostgreSQL server of {url} refused the connection: {detail}", "{url} 的 PostgreSQL 服务器拒绝连接：{detail}")
        case .refusedHint: ("check the user and password in --db, and the server's pg_hba.conf", "请检查 --db 中的用户和密码，以及服务器的 pg_hba.conf")
        case .noSuchDatabase: ("the PostgreSQL server has no database '{database}' ({url})", "PostgreSQL 服务器上没有数据库“{database}”（{url}）")
        case .noSuchDatabaseHint: ("create it first (createdb {database}), or give --db the right database name",
                                   "请先创建它（createdb {database}），或在 --db 中写对数据库名")
        case .connectionLost: ("the connection to {url} was lost; the change being written may not have been saved",
                               "与 {url} 的连接中断；正在写入的改动可能没有保存")
        case .connectionLostHint: ("run the command again when the server is back: what was saved is never written twice",
                                   "服务器恢复后请重新运行命令：已保存的部分不会重复写入")
        }
    }
}
