import Foundation
import SizhenDiagnostics
import SizhenLoader
import SizhenModel
import SizhenReports
import Testing

/// Slots and sessions in words: the key in English, the files' names in Chinese.
@Suite struct WordMessageTests {
    static let set = MonthReportTests.set
    static let book = MessageBook([WordMessage.self])

    func say(_ message: Message, in language: Language) -> String { MessageRenderer(book: Self.book, language: language).render(message) }

    @Test func aSlotIsItsKeyInEnglishAndItsNameInChinese() throws {
        let set = try #require(Self.set)
        #expect(say(set.slotWord("sitter", of: "jiezhen"), in: .chinese) == "坐诊人员")
        #expect(say(set.slotWord("sitter", of: "jiezhen"), in: .english) == "sitter")
        #expect(say(set.slotWord("lawyer", of: "xunzhen"), in: .chinese) == "送法到家人员")
        // A slot the files do not know (a plan of an older folder) is shown by its key.
        #expect(say(set.slotWord("clerk", of: "jiezhen"), in: .chinese) == "clerk")
    }

    @Test func aSessionIsNamedByWhatItsStepWritesOrByItsPanel() throws {
        let set = try #require(Self.set)
        #expect(say(set.sessionWord("home_visit", of: "xunzhen"), in: .chinese) == "送法到家")
        #expect(say(set.sessionWord("home_visit", of: "xunzhen"), in: .english) == "home visit")
        #expect(say(set.sessionWord("panel", of: "huizhen"), in: .chinese) == "会诊")
        #expect(say(set.sessionWord("panel", of: nil), in: .chinese) == "panel")
    }
}
