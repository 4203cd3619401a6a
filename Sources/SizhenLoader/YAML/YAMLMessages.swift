import SizhenDiagnostics

/// The words of every diagnostic the YAML layer gives, in English and Chinese.
public enum YAMLMessage: String, MessageCatalogue {
    case fileTooLarge = "yaml.file-too-large"
    case fileTooLargeHint = "yaml.file-too-large.hint"
    case outOfMemory = "yaml.out-of-memory"
    case syntax = "yaml.syntax"
    case tabHint = "yaml.syntax.tab.hint"
    case encodingHint = "yaml.syntax.encoding.hint"
    case colonInValueHint = "yaml.syntax.colon-in-value.hint"
    case missingColonHint = "yaml.syntax.missing-colon.hint"
    case multipleDocuments = "yaml.multiple-documents"
    case multipleDocumentsHint = "yaml.multiple-documents.hint"
    case unknownAnchor = "yaml.unknown-anchor"
    case unknownAnchorHint = "yaml.unknown-anchor.hint"
    case tooDeep = "yaml.too-deep"
    case tooDeepHint = "yaml.too-deep.hint"
    case tooManyNodes = "yaml.too-many-nodes"
    case tooManyNodesHint = "yaml.too-many-nodes.hint"
    case tooManyBytes = "yaml.too-many-bytes"
    case complexKey = "yaml.complex-key"
    case complexKeyHint = "yaml.complex-key.hint"
    case badMerge = "yaml.bad-merge"
    case badMergeHint = "yaml.bad-merge.hint"
    case duplicateKey = "yaml.duplicate-key"
    case duplicateKeyHint = "yaml.duplicate-key.hint"
    case firstAppearsHere = "yaml.first-appears-here"
    case emptyFile = "yaml.empty-file"
    case emptyFileHint = "yaml.empty-file.hint"
    case fullWidthColon = "yaml.full-width-colon"
    case fullWidthColonHint = "yaml.full-width-colon.hint"
    case fullWidthComma = "yaml.full-width-comma"
    case fullWidthCommaHint = "yaml.full-width-comma.hint"
    case thousandsSeparator = "yaml.thousands-separator"
    case thousandsHint = "yaml.thousands.hint"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .fileTooLarge:
            ("file is {bytes} bytes, larger than the limit of {limit} bytes",
             "文件有 {bytes} 字节，超过了 {limit} 字节的上限")
        case .fileTooLargeHint:
            ("split the file (a district may be spread over one file per street), or raise the limit with --max-file-size",
             "把文件拆开（一个区可以每个街镇一个文件），或用 --max-file-size 提高上限")
        case .outOfMemory:
            ("could not start the YAML parser (out of memory)",
             "无法启动 YAML 解析器（内存不足）")
        case .syntax:
            // `problem` and `context` are libyaml's own words, which have no translation.
            ("YAML syntax: {problem}{?context: {context} at line {line}}{?offset: (at byte {offset})}",
             "YAML 语法错误：{problem}{?context:（{context}，第 {line} 行）}{?offset:（第 {offset} 字节处）}")
        case .tabHint:
            ("YAML indents with spaces only; replace the tab with spaces",
             "YAML 只能用空格缩进，请把制表符（Tab）换成空格")
        case .encodingHint:
            ("save the file as UTF-8 (in Excel or Notepad: Save As → Encoding: UTF-8)",
             "请把文件另存为 UTF-8 编码（在 Excel 或记事本中：另存为 → 编码：UTF-8）")
        case .colonInValueHint:
            ("a value containing ': ' must be quoted, e.g. name: \"地点: 社区服务中心\"",
             "含有“: ”的值必须加引号，例如 name: \"地点: 社区服务中心\"")
        case .missingColonHint:
            ("each line of a mapping is `key: value`; check the indentation and the colon",
             "映射的每一行都是 `键: 值`，请检查缩进和冒号")
        case .multipleDocuments:
            ("a file holds one document, but this is a second one (after `---`)",
             "一个文件只能有一个文档，这里（`---` 之后）是第二个")
        case .multipleDocumentsHint:
            ("put each document in a file of its own",
             "请把每个文档放在单独的文件中")
        case .unknownAnchor:
            ("alias '*{name}' refers to no anchor defined before it",
             "别名“*{name}”之前没有定义对应的锚点")
        case .unknownAnchorHint:
            ("{?suggestion:did you mean '*{suggestion}'? }define `&{name}` on a value above the alias",
             "{?suggestion:是不是“*{suggestion}”？}请在别名之前的某个值上定义 `&{name}`")
        case .tooDeep:
            ("nesting is deeper than {limit} levels",
             "嵌套超过了 {limit} 层")
        case .tooDeepHint:
            ("workflow files need only a few levels; check for runaway indentation or brackets",
             "流程文件只需要几层嵌套，请检查是否有失控的缩进或括号")
        case .tooManyNodes:
            ("the document expands to more than {limit} values (aliases count each time they are used)",
             "文档展开后超过 {limit} 个值（别名每使用一次都计算一次）")
        case .tooManyNodesHint:
            ("use fewer nested aliases; a file whose aliases multiply (a \"billion laughs\") is refused",
             "请减少嵌套的别名；别名层层倍增的文件（“十亿笑声”攻击）会被拒绝")
        case .tooManyBytes:
            ("the document's values expand to more than {limit} bytes (aliases count each time they are used)",
             "文档的值展开后超过 {limit} 字节（别名每使用一次都计算一次）")
        case .complexKey:
            ("a key must be a single value, not a list or mapping",
             "键必须是单个值，不能是列表或映射")
        case .complexKeyHint:
            ("write keys as plain text, e.g. `name:`",
             "键请写成普通文本，例如 `name:`")
        case .badMerge:
            ("a merge key `<<` takes an alias of a mapping, or a list of them",
             "合并键 `<<` 的值必须是映射的别名，或这类别名的列表")
        case .badMergeHint:
            ("write `<<: *defaults` where `defaults` is the anchor of a mapping",
             "请写 `<<: *defaults`，其中 `defaults` 是某个映射的锚点")
        case .duplicateKey:
            ("duplicate key '{key}'",
             "键“{key}”重复")
        case .duplicateKeyHint:
            ("each key may appear once in a mapping; remove or rename one of them",
             "同一映射中每个键只能出现一次，请删除或改名其中一个")
        case .firstAppearsHere:
            ("'{key}' first appears here",
             "“{key}”第一次出现在这里")
        case .emptyFile:
            ("the file is empty",
             "文件是空的")
        case .emptyFileHint:
            ("a Sizhen file starts with `version: 1` and `kind: …`",
             "四诊的文件以 `version: 1` 和 `kind: …` 开头")
        case .fullWidthColon:
            ("full-width colon '：' (U+FF1A) where YAML expects ':' after a key",
             "这里是全角冒号“：”（U+FF1A），YAML 在键后面需要半角冒号“:”")
        case .fullWidthColonHint:
            ("write ':' and a space (switch the input method to English punctuation), or put the text in quotes if the colon belongs to it",
             "请改为半角冒号加空格“: ”（把输入法切换到英文标点）；如果冒号是文字的一部分，请给整段文字加引号")
        case .fullWidthComma:
            ("full-width comma '，' (U+FF0C) inside [ ] or { }, where YAML separates items with ','",
             "[ ] 或 { } 中用了全角逗号“，”（U+FF0C），YAML 用半角逗号“,”分隔各项")
        case .fullWidthCommaHint:
            ("write ',' between the items (switch the input method to English punctuation), or put the text in quotes if the comma belongs to it, e.g. [\"婚恋，家庭\"]",
             "各项之间请用半角逗号“,”（把输入法切换到英文标点）；如果逗号是文字的一部分，请给文字加引号，例如 [\"婚恋，家庭\"]")
        case .thousandsSeparator:
            ("'{text}' is read as two values, {first} and {second}: inside [ ] or { } a comma separates items, and a YAML number has no thousands separator",
             "“{text}”会被读成两个值：{first} 和 {second}。在 [ ] 或 { } 中逗号用来分隔各项，YAML 的数字也不能带千位分隔符")
        case .thousandsHint:
            ("write the number without separators: {number}",
             "请去掉千位分隔符，写成 {number}")
        }
    }
}

extension YAMLMessage {
    /// The hint for a libyaml problem, when there is a likely fix: a tab, text that is not
    /// UTF-8, a colon inside a value, a missing colon.
    static func syntaxHint(_ problem: String, offending: Unicode.Scalar?) -> Message? {
        if offending == "\t" || problem.contains("tab") { return tabHint() }
        if problem.contains("UTF-8") || problem.contains("octet") || problem.contains("invalid") && problem.contains("character") {
            return encodingHint()
        }
        if problem.contains("mapping values are not allowed") { return colonInValueHint() }
        if problem.contains("could not find expected ':'") { return missingColonHint() }
        return nil
    }
}
