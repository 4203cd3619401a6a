import Foundation
import Testing
import SizhenCalendar
import SizhenDiagnostics
import SizhenOperations
import SizhenRecords
import SizhenReports
import SizhenStore

/// The book every front end renders with: each module's catalogue in it once, every template
/// well formed in both languages, and a simulated month's database holding nothing the book
/// cannot render (no English sentence stored).
@Suite struct MessageBookTests {
    @Test func everyCodeOfEveryModuleIsInTheBookOnceWithBothLanguages() {
        var codes = 0
        func check<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) {
            let prefixes = Set(catalogue.allCases.map { String($0.rawValue.prefix { $0 != "." }) })
            #expect(prefixes.count == 1, "\(catalogue): one area per catalogue, not \(prefixes.sorted())")
            for entry in catalogue.allCases {
                // A role reads as its id in English ("legal worker") and as its declared name in
                // Chinese (法律工作者), a weekday as `WE 周三` and 周三: the codes whose languages
                // read different arguments, each declared by its catalogue.
                let problems = entry.templateProblems(allowingDifferentArguments: Self.languageSpecific.contains(entry.rawValue))
                #expect(problems.isEmpty, "\(entry.rawValue): \(problems)")
                #expect(MessageBook.sizhen.template(entry.rawValue, in: .chinese) == entry.templates.chinese)
                codes += 1
            }
        }
        for catalogue in MessageBook.sizhenCatalogues { check(catalogue) }
        #expect(MessageBook.sizhen.duplicates.isEmpty, "\(MessageBook.sizhen.duplicates)")
        #expect(codes + DiagnosticsMessage.allCases.count == MessageBook.sizhen.codes.count)
        #expect(codes > 500)
    }

    static let languageSpecific = Set(PlanMessage.languageSpecificArguments.map(\.rawValue) + ScheduleMessage.languageSpecificArguments.map(\.rawValue)
                                    + WordMessage.languageSpecificArguments.map(\.rawValue))

    /// A whole simulated month: every event, planner reason, unfilled slot and holiday move in
    /// the database is a code of the book with its arguments; not one `legacy.text`.
    @Test func aSimulatedMonthStoresCodesTheBookRendersAndNoProse() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sizhen-book-\(UInt32.random(in: 0...UInt32.max)).db").path
        defer { SQLiteStore.removeFiles(at: path) }
        let outcome = SimulateOperation(workspace: Workspace(database: path), month: "2026-10").run()
        #expect(!outcome.diagnostics.hasErrors)
        let store = try SQLiteStore(path: path, access: .reading)
        let month = try #require(YearMonth(iso: "2026-10"))
        var stored: [Message] = try store.events(from: month.firstDay, through: month.lastDay, kinds: nil).map(\.event.message)
        stored += try store.assignmentRows(in: month).map(\.reason)
        stored += try store.unfilled(in: month).map(\.reason)
        stored += try store.skipped(in: month).map(\.reason)
        #expect(stored.count > 4_000)
        let codes = Set(stored.flatMap(\.allCodes))
        let known = Set(MessageBook.sizhen.codes)
        #expect(codes.subtracting(known).isEmpty, "\(codes.subtracting(known).sorted())")
        #expect(!codes.contains(DiagnosticsMessage.legacyText.rawValue))
        #expect(codes.count > 20, "events, reasons and their parts: \(codes.count) codes")
    }

    /// An operation answers with values and diagnostics; it neither prints nor exits.
    @Test func anOperationAnswersWithCodesItNeverPrints() {
        let outcome = PlanOperation(workspace: Workspace(), month: "2026-13").run()
        #expect(outcome.value == nil)
        #expect(outcome.diagnostics.items.map(\.message.code) == [OperationMessage.badMonth.rawValue], "\(outcome.diagnostics.items)")
        let unknown = PlanOperation(workspace: Workspace(), month: "2026-12", person: "L9999").run()
        #expect(unknown.diagnostics.items.first?.message.code == OperationMessage.unknownPerson.rawValue)
        let plan = PlanOperation(workspace: Workspace(), month: "2026-12").run()
        #expect(!plan.diagnostics.hasErrors && (plan.value?.plan.assignments.count ?? 0) > 200, "\(plan.diagnostics.items.map(\.message)) \(plan.value?.plan.assignments.count ?? -1)")
        #expect(plan.value?.options.travelBufferMinutes == plan.value?.set.district.travelBufferMinutes)
    }
}
