import SizhenDiagnostics
import SizhenModel

/// The words for things the files name by a key: a slot (`sitter`: 坐诊人员), a session
/// (`home_visit`: 送法到家, `panel`: 会诊) and a case field (`parties`: 当事人数). English shows the key as words, Chinese the name
/// the files give it.
public enum WordMessage: String, MessageCatalogue {
    case slot = "word.slot"
    case session = "word.session"
    case field = "word.field"

    public var templates: (english: String, chinese: String) {
        switch self {
        case .slot: ("{label}", "{name}")
        case .session: ("{label}", "{name}")
        case .field: ("{key}", "{title}")
        }
    }

    /// The codes whose languages read different arguments on purpose (all of them).
    public static let languageSpecificArguments = Set(allCases)

    /// A key as English words: `home_visit` → `home visit`.
    static func label(_ key: String) -> MessageValue { .text(String(key.map { $0 == "_" ? " " : $0 })) }
}

extension WorkflowSet {
    /// A slot of a workflow in words: its key in English, its `name:` in Chinese (the key when
    /// the file gives none).
    public func slotWord(_ slot: String, of workflowID: String) -> Message {
        let name = workflow(workflowID)?.slots.first { $0.name == slot }?.displayName
        return WordMessage.slot(["label": WordMessage.label(slot), "name": .text(name ?? slot)])
    }

    /// A session (a timer's name: the step a home visit runs, or `panel`) of a case of a
    /// workflow, in words: in Chinese the record type its step writes (送法到家), or the
    /// workflow's name for its panel (会诊, 人民调解委员会).
    public func sessionWord(_ name: String, of workflowID: String?) -> Message {
        let flow = workflowID.flatMap(workflow)
        let record = flow?.steps.first { $0.id == name && $0.record != nil }?.record?.id
        let recordName = record.map { id in district.recordTypes.first { $0.id == id }?.name ?? id }
        let panel = flow?.type == .panel ? flow?.name : nil
        return WordMessage.session(["label": WordMessage.label(name), "name": .text(recordName ?? panel ?? name)])
    }
}
