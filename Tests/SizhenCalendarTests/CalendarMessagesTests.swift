import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

/// The catalogues themselves: every code has both templates, well formed, reading the same
/// arguments, and no code is declared twice.
@Suite struct CalendarMessagesTests {
    @Test func everyTemplateIsWellFormedInBothLanguages() {
        var count = 0
        for catalogue in SizhenCalendarMessages.catalogues {
            count += check(catalogue)
        }
        #expect(count == RRuleMessage.allCases.count + TimeMessage.allCases.count + CalendarMessage.allCases.count
                + HolidayMessage.allCases.count)
    }

    @Test func noCodeIsDeclaredTwiceAndEachHasItsArea() {
        #expect(MessageBook(SizhenCalendarMessages.catalogues).duplicates.isEmpty)
        #expect(RRuleMessage.allCases.allSatisfy { $0.rawValue.hasPrefix("rrule.") })
        #expect(TimeMessage.allCases.allSatisfy { $0.rawValue.hasPrefix("time.") })
        #expect(CalendarMessage.allCases.allSatisfy { $0.rawValue.hasPrefix("calendar.") })
        #expect(HolidayMessage.allCases.allSatisfy { $0.rawValue.hasPrefix("holiday.") })
    }

    /// Checks every case of a catalogue; returns how many there are.
    private func check<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) -> Int {
        for entry in catalogue.allCases {
            #expect(entry.templateProblems().isEmpty, "\(entry.rawValue): \(entry.templateProblems())")
        }
        return catalogue.allCases.count
    }
}

extension Message {
    /// The nested message argument `name`, if given.
    func message(_ name: String) -> Message? {
        if case .message(let value)? = self[name] { return value }
        return nil
    }
}
