import SizhenDiagnostics
import Testing
@testable import SizhenRules

/// The catalogues themselves: every code has both templates, well formed, reading the same
/// arguments, and no code is declared twice.
@Suite struct RuleMessagesTests {
    @Test func everyTemplateIsWellFormedInBothLanguages() {
        var count = 0
        for catalogue in SizhenRulesMessages.catalogues {
            count += check(catalogue)
        }
        #expect(count == RuleMessage.allCases.count + DecisionTableMessage.allCases.count)
    }

    @Test func noCodeIsDeclaredTwiceAndEachHasItsArea() {
        #expect(MessageBook(SizhenRulesMessages.catalogues).duplicates.isEmpty)
        #expect(RuleMessage.allCases.allSatisfy { $0.rawValue.hasPrefix("rules.") })
        #expect(DecisionTableMessage.allCases.allSatisfy { $0.rawValue.hasPrefix("table.") })
    }

    /// Checks every case of a catalogue; returns how many there are.
    private func check<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) -> Int {
        for entry in catalogue.allCases {
            #expect(entry.templateProblems().isEmpty, "\(entry.rawValue): \(entry.templateProblems())")
        }
        return catalogue.allCases.count
    }
}
