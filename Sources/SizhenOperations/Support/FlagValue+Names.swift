import SizhenDiagnostics
import SizhenModel

/// Something a flag may name: its id and its Chinese name.
struct NamedChoice: Sendable {
    var id: String
    var name: String
}

extension FlagValue {
    /// The id a flag's value names: an id itself; else a name that one thing has; else a part
    /// of a name that only one thing's name holds (`--type 调解` is 人民调解). A name or part
    /// that several have is an error listing them with their ids; a value that names nothing is
    /// the `unknown` error, with the closest id or name. Nil (with the error recorded) when it
    /// names none or several, so that several flags can be checked before stopping.
    static func id(_ text: String, flag: String, among choices: [NamedChoice], unknown: (String) -> Message, hint: Message? = nil,
                   into run: inout Run) -> String? {
        if choices.contains(where: { $0.id == text }) { return text }
        let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        var matches = choices.filter { $0.name == trimmed || $0.id.lowercased() == trimmed.lowercased() }
        if matches.isEmpty, !trimmed.isEmpty { matches = choices.filter { $0.name.contains(trimmed) } }
        let ids = Set(matches.map(\.id))
        if ids.count == 1, let only = matches.first { return only.id }
        run.sources.remember(text, as: flag)
        if ids.count > 1 {
            var seen = Set<String>()
            let listed = matches.filter { seen.insert($0.id).inserted }
            // The first few are listed: `--site 社区` matches every community.
            let shown = listed.prefix(Self.listedMatches).map { MessageValue.message(OperationMessage.nameAndID(["name": .text($0.name), "id": .text($0.id)])) }
            var message = OperationMessage.ambiguousName(["flag": .text(flag), "text": QuotedText.clip(text), "count": .int(listed.count),
                                                          "matches": .list(Array(shown))])
            if listed.count > shown.count { message = message.with("more", .int(listed.count - shown.count)) }
            run.diagnostics.append(.error(message, at: location(flag), hint: OperationMessage.ambiguousNameHint()))
            return nil
        }
        let suggestion = Suggestions.closest(to: text, in: choices.flatMap { [$0.id, $0.name] }) ?? ""
        run.diagnostics.append(.error(unknown(suggestion), at: location(flag), hint: hint))
        return nil
    }

    /// How many of the things a name matches an error lists.
    static let listedMatches = 10

    /// A workflow by id or name (`接诊`).
    static func workflow(_ text: String, flag: String = "--workflow", in set: WorkflowSet, into run: inout Run) -> String? {
        id(text, flag: flag, among: set.workflows.map { NamedChoice(id: $0.id, name: $0.name) },
           unknown: { OperationMessage.unknownWorkflow(["id": QuotedText.clip(text), "suggestion": .text($0)]) },
           hint: OperationMessage.knownWorkflows(["ids": .list(set.workflows.map { .message(OperationMessage.nameAndID(["name": .text($0.name), "id": .text($0.id)])) })]),
           into: &run)
    }

    /// A site by id or name: a community (`烟雨社区`), or with `district` the district itself.
    static func site(_ text: String, flag: String = "--site", in set: WorkflowSet, includingDistrict: Bool = true, into run: inout Run) -> String? {
        var choices = set.district.communities.map { NamedChoice(id: $0.id, name: $0.name) }
        if includingDistrict { choices.append(NamedChoice(id: set.district.id, name: set.district.name)) }
        return id(text, flag: flag, among: choices,
                  unknown: { OperationMessage.unknownSite(["id": QuotedText.clip(text), "suggestion": .text($0)]) }, into: &run)
    }

    /// A street or town by id or name (`海棠溪街道`).
    static func street(_ text: String, flag: String = "--street", in set: WorkflowSet, into run: inout Run) -> String? {
        id(text, flag: flag, among: set.district.streets.map { NamedChoice(id: $0.id, name: $0.name) },
           unknown: { OperationMessage.unknownStreet(["id": QuotedText.clip(text), "suggestion": .text($0)]) },
           hint: OperationMessage.knownStreets(["ids": .list(set.district.streets.map { .message(OperationMessage.nameAndID(["name": .text($0.name), "id": .text($0.id)])) })]),
           into: &run)
    }

    /// A person by id or name (`谢海莉`).
    static func person(_ text: String, flag: String = "--person", in set: WorkflowSet, into run: inout Run) -> String? {
        id(text, flag: flag, among: set.people.map { NamedChoice(id: $0.id, name: $0.name) },
           unknown: { OperationMessage.unknownPerson(["id": QuotedText.clip(text), "suggestion": .text($0)]) }, into: &run)
    }

    /// A record type by id or name, or a part of one only it has (`调解` is 人民调解).
    static func recordType(_ text: String, flag: String = "--type", in set: WorkflowSet, into run: inout Run) -> String? {
        id(text, flag: flag, among: set.district.recordTypes.map { NamedChoice(id: $0.id, name: $0.name) },
           unknown: { OperationMessage.unknownRecordType(["id": QuotedText.clip(text), "suggestion": .text($0)]) },
           hint: OperationMessage.knownRecordTypes(["ids": .texts(set.district.recordTypes.map(\.id))]), into: &run)
    }

    /// A role by id or name (`基层法律服务工作者`).
    static func role(_ text: String, flag: String, in set: WorkflowSet, unknown: @escaping (String) -> Message, hint: Message?,
                     into run: inout Run) -> String? {
        id(text, flag: flag, among: set.district.roles.map { NamedChoice(id: $0.id, name: $0.name) }, unknown: unknown, hint: hint, into: &run)
    }
}
