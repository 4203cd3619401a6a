import SizhenCalendar
import SizhenDiagnostics
import SizhenEngine
import SizhenLoader
import SizhenPostgres
import SizhenRecords
import SizhenReports
import SizhenRules

extension MessageBook {
    /// Every message Sizhen can say, from the catalogues of all its modules: what a front end
    /// renders diagnostics, stored events and reports with.
    public static let sizhen = MessageBook(sizhenCatalogues)

    /// The catalogues of every module, for the book and for the tests that check them.
    public static let sizhenCatalogues: [any MessageCatalogue.Type] = SizhenCalendarMessages.catalogues + SizhenRulesMessages.catalogues + SizhenLoaderMessages.catalogues + [
        EngineMessage.self, PlanMessage.self, StoreMessage.self, PostgresMessage.self, ReportMessage.self, PaperworkMessage.self, MonthName.self, RosterMessage.self, MonthReportMessage.self, ReportCSVMessage.self, RunSheetMessage.self, RecordsMessage.self, SummaryMessage.self, ScheduleMessage.self, PlanTableMessage.self, WordMessage.self, ComparisonMessage.self, StoryMessage.self, OperationMessage.self, JSONMessage.self, HelpMessage.self, UsageMessage.self, ServerMessage.self,
    ]
}
