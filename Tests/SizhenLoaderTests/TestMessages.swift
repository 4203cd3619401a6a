import SizhenCalendar
import SizhenDiagnostics
import SizhenRules

/// English from the catalogues of the modules whose messages these tests read as text.
enum TestMessages {
    static let english = MessageRenderer(book: MessageBook(SizhenCalendarMessages.catalogues + SizhenRulesMessages.catalogues))
}
