import Foundation
import SizhenDiagnostics

/// The files a command has read, by the path used in locations, so that diagnostics can
/// show the offending line. Also the one place that reads files from disk.
public struct SourceFiles: Sendable {
    private var texts: [String: String] = [:]

    /// An empty set.
    public init() {}

    /// Reads `path` (at most `maxBytes`, through `InputFile.read`), remembering its text for
    /// diagnostics. Errors (no such file, a folder, a FIFO or a device, unreadable, too large)
    /// come back as a diagnostic located at `path:1:1`. With `followsLinks` false a symbolic
    /// link is an error (the files of a walked folder).
    /// `flag` names the option the path was given to, for an empty path.
    public mutating func read(_ path: String, maxBytes: Int, followsLinks: Bool = true,
                              tooLargeHint: Message? = FileMessage.tooLargeHint(), flag: String? = nil) -> Result<[UInt8], Diagnostic> {
        switch InputFile.read(path, maxBytes: maxBytes, followsLinks: followsLinks) {
        case .failure(let failure):
            return .failure(InputFile.diagnostic(for: failure, path: path, limit: maxBytes, tooLargeHint: tooLargeHint, flag: flag))
        case .success(let bytes):
            texts[path] = String(decoding: bytes, as: UTF8.self)
            return .success(bytes)
        }
    }

    /// Remembers text that did not come from a file (a rule given on the command line).
    public mutating func remember(_ text: String, as name: String) {
        texts[name] = text
    }

    /// Adds the texts another set has read.
    public mutating func merge(_ other: SourceFiles) {
        texts.merge(other.texts) { _, theirs in theirs }
    }

    /// The paths (and names) whose text is kept.
    public var paths: [String] { Array(texts.keys) }

    /// The text of a file read before, for `DiagnosticRenderer`.
    public func text(of path: String) -> String? { texts[path] }

    /// A lookup closure for `DiagnosticRenderer`.
    public var lookup: DiagnosticRenderer.SourceLookup {
        let texts = self.texts
        return { texts[$0] }
    }
}

/// The words of the diagnostics about files and folders as a whole: reading a file, finding
/// the workflows folder and its calendar, telling a file's kind.
public enum FileMessage: String, MessageCatalogue {
    case noSuchFile = "file.no-such-file"
    case emptyPath = "file.empty-path"
    case emptyPathHint = "file.empty-path.hint"
    case noSuchFileHint = "file.no-such-file.hint"
    case isFolder = "file.is-folder"
    case tooLarge = "file.too-large"
    case tooLargeHint = "file.too-large.hint"
    case unreadable = "file.unreadable"
    case unreadableHint = "file.unreadable.hint"
    case noCalendar = "file.no-calendar"
    case noCalendarHint = "file.no-calendar.hint"
    case manyCalendars = "file.many-calendars"
    case manyCalendarsHint = "file.many-calendars.hint"
    case noWorkflows = "file.no-workflows-folder"
    case notAMapping = "file.not-a-mapping"
    case noKind = "file.no-kind"
    case headerHint = "file.header.hint"
    case unknownKind = "file.unknown-kind"
    case kindsHint = "file.kinds.hint"
    case tooManyFiles = "file.too-many-files"
    case noFiles = "file.no-files"
    case noFilesHint = "file.no-files.hint"
    case notAFile = "file.not-a-file"
    case notAFileHint = "file.not-a-file.hint"
    case kindFIFO = "file.kind.fifo"
    case kindDevice = "file.kind.device"
    case kindSocket = "file.kind.socket"
    case kindOther = "file.kind.other"
    case symbolicLink = "file.symbolic-link"
    case symbolicLinkHint = "file.symbolic-link.hint"
    case unreadableFolder = "file.unreadable-folder"
    case tooManyEntries = "file.too-many-entries"
    case tooDeep = "file.too-deep"
    case walkHint = "file.walk.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .emptyPath: ("the path given{?flag: to {flag}} is empty", "{?flag:{flag} }给出的路径为空")
        case .emptyPathHint: ("give the name or path of the file or folder", "请给出文件或文件夹的名称或路径")
        case .noSuchFile:
            ("no such file: {path}",
             "文件不存在：{path}")
        case .noSuchFileHint:
            ("check the path; relative paths start from the current folder",
             "请检查路径；相对路径从当前文件夹算起")
        case .isFolder:
            ("{path} is a folder, not a file",
             "{path} 是文件夹，不是文件")
        case .tooLarge:
            ("{path} is {size} bytes, larger than the limit of {limit} bytes",
             "{path} 有 {size} 字节，超过了 {limit} 字节的上限")
        case .tooLargeHint:
            ("split the file (a district may be spread over one file per street), or raise the limit with --max-file-size",
             "把文件拆开（一个区可以每个街镇一个文件），或用 --max-file-size 提高上限")
        case .unreadable:
            ("cannot read {path}",
             "无法读取 {path}")
        case .unreadableHint:
            ("check the file's permissions",
             "请检查文件的权限")
        case .noCalendar:
            ("no calendar file in {folder}/calendars",
             "{folder}/calendars 中没有工作日历文件")
        case .noCalendarHint:
            ("add a `kind: calendar` file such as calendars/cn.yaml, or pass --calendar FILE",
             "请添加一个 `kind: calendar` 的文件（如 calendars/cn.yaml），或用 --calendar FILE 指定")
        case .manyCalendars:
            ("{folder}/calendars holds {count} calendar files ({names}); which one is the district's is not known yet",
             "{folder}/calendars 中有 {count} 个工作日历文件（{names}），无法确定哪一个是本区的")
        case .manyCalendarsHint:
            ("pass --calendar FILE to choose one",
             "请用 --calendar FILE 选择其中一个")
        case .noWorkflows:
            ("workflows folder {path} does not exist",
             "流程文件夹 {path} 不存在")
        case .notAMapping:
            ("a Sizhen file is a mapping of keys, starting with `version: 1` and `kind: …`",
             "四诊的文件是由键组成的映射，以 `version: 1` 和 `kind: …` 开头")
        case .noKind:
            ("the file does not say its kind",
             "文件没有写明类型（kind）")
        case .headerHint:
            ("start the file with `version: 1` and `kind: district` (or staff, workflow, case-schema, decision-table, calendar, scenario)",
             "请以 `version: 1` 和 `kind: district`（或 staff、workflow、case-schema、decision-table、calendar、scenario）开头")
        case .unknownKind:
            ("unknown file kind '{kind}'{?suggestion:; did you mean '{suggestion}'?}",
             "未知的文件类型“{kind}”{?suggestion:；是不是“{suggestion}”？}")
        case .kindsHint:
            ("the kinds are: {kinds}",
             "文件类型有：{kinds}")
        case .tooManyFiles:
            ("{folder} holds more than {limit} YAML files",
             "{folder} 中的 YAML 文件超过了 {limit} 个")
        case .notAFile:
            ("{path} is {kind}, not a regular file",
             "{path} 是{kind}，不是普通文件")
        case .notAFileHint:
            ("name a regular file; a pipe, a device or a socket is never read (it could make the command wait forever)",
             "请指定普通文件；管道、设备和套接字一概不读（它们可能让命令永远等待）")
        case .kindFIFO:
            ("a named pipe (FIFO)",
             "命名管道（FIFO）")
        case .kindDevice:
            ("a device",
             "设备")
        case .kindSocket:
            ("a socket",
             "套接字")
        case .kindOther:
            ("a special file",
             "特殊文件")
        case .symbolicLink:
            ("{path} is a symbolic link; links inside the workflows folder are not followed",
             "{path} 是符号链接；流程文件夹内的链接一概不跟随")
        case .symbolicLinkHint:
            ("copy the file or folder into the workflows folder instead of linking to it",
             "请把文件或文件夹复制到流程文件夹中，而不是链接过去")
        case .unreadableFolder:
            ("cannot read the folder {path}; its files would be missing",
             "无法读取文件夹 {path}，其中的文件将会缺失")
        case .tooManyEntries:
            ("{folder} holds more than {limit} files and folders; is it really the workflows folder?",
             "{folder} 中的文件和文件夹超过了 {limit} 个；这真的是流程文件夹吗？")
        case .tooDeep:
            ("{path} is more than {limit} folders below the workflows folder",
             "{path} 比流程文件夹深了 {limit} 层以上")
        case .walkHint:
            ("point --workflows at the folder with the district's files (see docs/workflow-language.md, Files and folders)",
             "请用 --workflows 指向存放本区流程文件的文件夹（见 docs/workflow-language.md 的“文件和文件夹”）")
        case .noFiles:
            ("{folder} holds no .yaml files",
             "{folder} 中没有 .yaml 文件")
        case .noFilesHint:
            ("point --workflows at the folder with the district's files",
             "请用 --workflows 指向存放本区流程文件的文件夹")
        }
    }
}
