import SizhenDiagnostics

/// The wording of every diagnostic the YAML layer gives, in one place.
enum YAMLMessages {
    static func fileTooLarge(bytes: Int, limit: Int) -> String {
        "file is \(bytes) bytes, larger than the limit of \(limit) bytes"
    }
    static let fileTooLargeHint = "split the file (a district may be spread over one file per street), or raise the limit with --max-file-size"
    static let outOfMemory = "could not start the YAML parser (out of memory)"
    static func syntax(_ problem: String) -> String { "YAML syntax: \(problem)" }
    static func syntaxHint(_ problem: String, offending: Unicode.Scalar?) -> String? {
        if offending == "\t" || problem.contains("tab") { return "YAML indents with spaces only; replace the tab with spaces" }
        if problem.contains("UTF-8") || problem.contains("octet") || problem.contains("invalid") && problem.contains("character") {
            return "save the file as UTF-8 (in Excel or Notepad: Save As → Encoding: UTF-8)"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value containing ': ' must be quoted, e.g. name: \"地点: 社区服务中心\""
        }
        if problem.contains("could not find expected ':'") {
            return "each line of a mapping is `key: value`; check the indentation and the colon"
        }
        return nil
    }
    static let multipleDocuments = "a file holds one document, but this is a second one (after `---`)"
    static let multipleDocumentsHint = "put each document in a file of its own"
    static func unknownAnchor(_ name: String) -> String { "alias '*\(name)' refers to no anchor defined before it" }
    static func unknownAnchorHint(_ name: String, known: [String]) -> String {
        let suggestion = Suggestions.closest(to: name, in: known).map { "did you mean '*\($0)'? " } ?? ""
        return suggestion + "define `&\(name)` on a value above the alias"
    }
    static func tooDeep(limit: Int) -> String { "nesting is deeper than \(limit) levels" }
    static let tooDeepHint = "workflow files need only a few levels; check for runaway indentation or brackets"
    static func tooManyNodes(limit: Int) -> String {
        "the document expands to more than \(limit) values (aliases count each time they are used)"
    }
    static let tooManyNodesHint = "use fewer nested aliases; a file whose aliases multiply (a \"billion laughs\") is refused"
    static let complexKey = "a key must be a single value, not a list or mapping"
    static let complexKeyHint = "write keys as plain text, e.g. `name:`"
    static let badMerge = "a merge key `<<` takes an alias of a mapping, or a list of them"
    static let badMergeHint = "write `<<: *defaults` where `defaults` is the anchor of a mapping"
    static func duplicateKey(_ key: String) -> String { "duplicate key '\(key)'" }
    static let duplicateKeyHint = "each key may appear once in a mapping; remove or rename one of them"
    static func firstDefinedHere(_ key: String) -> String { "'\(key)' first appears here" }
    static let emptyFile = "the file is empty"
    static let emptyFileHint = "a Sizhen file starts with `version: 1` and `kind: …`"
}
