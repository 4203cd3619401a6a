import SizhenDiagnostics

/// The message catalogues of SizhenCalendar, for the program to gather into its `MessageBook`.
public enum SizhenCalendarMessages {
    /// Every catalogue of the module: recurrence rules, times and zones, workday calendars,
    /// holiday policies.
    public static let catalogues: [any MessageCatalogue.Type] = [
        RRuleMessage.self, TimeMessage.self, CalendarMessage.self, HolidayMessage.self,
    ]

    /// English from this module's catalogues: what the descriptions of its errors print, and
    /// what callers that still keep text (not messages) store.
    public static let english = MessageRenderer(book: MessageBook(catalogues), language: .english)
}
