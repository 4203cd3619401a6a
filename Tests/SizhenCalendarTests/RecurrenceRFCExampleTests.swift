import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

/// The examples of RFC 5545 §3.3.10 that fit a date-only rule, with the RFC's dates
/// (adjusted where our deliberate choices differ, as commented). DTSTART is the start date;
/// for rules without COUNT or UNTIL the first dates listed are compared.
@Suite struct RecurrenceRFCExampleTests {
    struct RFCExample: CustomTestStringConvertible, Sendable {
        var name: String
        var rule: String
        var start: String
        var dates: [String]
        init(_ name: String, _ rule: String, from start: String, _ dates: [String]) {
            self.name = name
            self.rule = rule
            self.start = start
            self.dates = dates
        }
        var testDescription: String { name }
    }

    static let examples: [RFCExample] = [
        RFCExample("daily for 10 occurrences", "FREQ=DAILY;COUNT=10", from: "1997-09-02", [
            "1997-09-02", "1997-09-03", "1997-09-04", "1997-09-05", "1997-09-06",
            "1997-09-07", "1997-09-08", "1997-09-09", "1997-09-10", "1997-09-11",
        ]),
        RFCExample("every 10 days, 5 occurrences", "FREQ=DAILY;INTERVAL=10;COUNT=5", from: "1997-09-02", [
            "1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12",
        ]),
        RFCExample("weekly for 10 occurrences", "FREQ=WEEKLY;COUNT=10", from: "1997-09-02", [
            "1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30",
            "1997-10-07", "1997-10-14", "1997-10-21", "1997-10-28", "1997-11-04",
        ]),
        RFCExample("every other week", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", from: "1997-09-02", [
            "1997-09-02", "1997-09-16", "1997-09-30", "1997-10-14", "1997-10-28",
            "1997-11-11", "1997-11-25", "1997-12-09", "1997-12-23", "1998-01-06",
            "1998-01-20", "1998-02-03",
        ]),
        RFCExample("weekly on Tuesday and Thursday for five weeks", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", from: "1997-09-02", [
            "1997-09-02", "1997-09-04", "1997-09-09", "1997-09-11", "1997-09-16",
            "1997-09-18", "1997-09-23", "1997-09-25", "1997-09-30", "1997-10-02",
        ]),
        // The RFC stops at 12-22: its UNTIL is midnight UTC on the 24th, before 09:00 in New York.
        // Sizhen takes UNTIL's date part and includes it, so 12-24 (a Wednesday) is an occurrence.
        RFCExample("every other week on Monday, Wednesday and Friday until 24 December 1997", "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", from: "1997-09-01", [
            "1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15", "1997-09-17",
            "1997-09-19", "1997-09-29", "1997-10-01", "1997-10-03", "1997-10-13",
            "1997-10-15", "1997-10-17", "1997-10-27", "1997-10-29", "1997-10-31",
            "1997-11-10", "1997-11-12", "1997-11-14", "1997-11-24", "1997-11-26",
            "1997-11-28", "1997-12-08", "1997-12-10", "1997-12-12", "1997-12-22",
            "1997-12-24",
        ]),
        RFCExample("every other week on Tuesday and Thursday for 8 occurrences", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", from: "1997-09-02", [
            "1997-09-02", "1997-09-04", "1997-09-16", "1997-09-18", "1997-09-30",
            "1997-10-02", "1997-10-14", "1997-10-16",
        ]),
        RFCExample("monthly on the first Friday for 10 occurrences", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", from: "1997-09-05", [
            "1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02",
            "1998-02-06", "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05",
        ]),
        RFCExample("monthly on the first Friday until 24 December 1997", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", from: "1997-09-05", [
            "1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05",
        ]),
        RFCExample("every other month on the first and last Sunday for 10 occurrences", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", from: "1997-09-07", [
            "1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04",
            "1998-01-25", "1998-03-01", "1998-03-29", "1998-05-03", "1998-05-31",
        ]),
        RFCExample("monthly on the second-to-last Monday for 6 months", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", from: "1997-09-22", [
            "1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19",
            "1998-02-16",
        ]),
        RFCExample("monthly on the third-to-last day", "FREQ=MONTHLY;BYMONTHDAY=-3", from: "1997-09-28", [
            "1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29",
            "1998-02-26",
        ]),
        RFCExample("monthly on the 2nd and 15th for 10 occurrences", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", from: "1997-09-02", [
            "1997-09-02", "1997-09-15", "1997-10-02", "1997-10-15", "1997-11-02",
            "1997-11-15", "1997-12-02", "1997-12-15", "1998-01-02", "1998-01-15",
        ]),
        RFCExample("monthly on the first and last day for 10 occurrences", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", from: "1997-09-30", [
            "1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30",
            "1997-12-01", "1997-12-31", "1998-01-01", "1998-01-31", "1998-02-01",
        ]),
        RFCExample("every 18 months on the 10th to 15th for 10 occurrences", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", from: "1997-09-10", [
            "1997-09-10", "1997-09-11", "1997-09-12", "1997-09-13", "1997-09-14",
            "1997-09-15", "1999-03-10", "1999-03-11", "1999-03-12", "1999-03-13",
        ]),
        RFCExample("every Tuesday, every other month", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", from: "1997-09-02", [
            "1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30",
            "1997-11-04", "1997-11-11", "1997-11-18", "1997-11-25", "1998-01-06",
            "1998-01-13", "1998-01-20", "1998-01-27", "1998-03-03", "1998-03-10",
            "1998-03-17", "1998-03-24", "1998-03-31",
        ]),
        RFCExample("yearly in June and July for 10 occurrences", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", from: "1997-06-10", [
            "1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10", "1999-06-10",
            "1999-07-10", "2000-06-10", "2000-07-10", "2001-06-10", "2001-07-10",
        ]),
        RFCExample("every other year in January, February and March for 10 occurrences", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", from: "1997-03-10", [
            "1997-03-10", "1999-01-10", "1999-02-10", "1999-03-10", "2001-01-10",
            "2001-02-10", "2001-03-10", "2003-01-10", "2003-02-10", "2003-03-10",
        ]),
        RFCExample("every third year on the 1st, 100th and 200th day for 10 occurrences", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", from: "1997-01-01", [
            "1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09",
            "2000-07-18", "2003-01-01", "2003-04-10", "2003-07-19", "2006-01-01",
        ]),
        RFCExample("every 20th Monday of the year", "FREQ=YEARLY;BYDAY=20MO", from: "1997-05-19", [
            "1997-05-19", "1998-05-18", "1999-05-17",
        ]),
        RFCExample("Monday of week number 20", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", from: "1997-05-12", [
            "1997-05-12", "1998-05-11", "1999-05-17",
        ]),
        RFCExample("every Thursday in March", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", from: "1997-03-13", [
            "1997-03-13", "1997-03-20", "1997-03-27", "1998-03-05", "1998-03-12",
            "1998-03-19", "1998-03-26", "1999-03-04", "1999-03-11", "1999-03-18",
            "1999-03-25",
        ]),
        RFCExample("every Thursday in June, July and August", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", from: "1997-06-05", [
            "1997-06-05", "1997-06-12", "1997-06-19", "1997-06-26", "1997-07-03",
            "1997-07-10", "1997-07-17", "1997-07-24", "1997-07-31", "1997-08-07",
            "1997-08-14", "1997-08-21", "1997-08-28", "1998-06-04", "1998-06-11",
            "1998-06-18", "1998-06-25", "1998-07-02", "1998-07-09", "1998-07-16",
            "1998-07-23", "1998-07-30", "1998-08-06", "1998-08-13", "1998-08-20",
            "1998-08-27", "1999-06-03", "1999-06-10", "1999-06-17", "1999-06-24",
            "1999-07-01", "1999-07-08", "1999-07-15", "1999-07-22", "1999-07-29",
            "1999-08-05", "1999-08-12", "1999-08-19", "1999-08-26",
        ]),
        // The RFC needs EXDATE to drop its DTSTART (1997-09-02); here the start is an
        // occurrence only when it matches, so no EXDATE is needed.
        RFCExample("every Friday the 13th", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", from: "1997-09-02", [
            "1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13",
        ]),
        RFCExample("the first Saturday that follows the first Sunday of the month", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", from: "1997-09-13", [
            "1997-09-13", "1997-10-11", "1997-11-08", "1997-12-13", "1998-01-10",
            "1998-02-07", "1998-03-07", "1998-04-11", "1998-05-09", "1998-06-13",
        ]),
        RFCExample("every four years, the first Tuesday after a Monday in November", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", from: "1996-11-05", [
            "1996-11-05", "2000-11-07", "2004-11-02",
        ]),
        RFCExample("the third Tuesday, Wednesday or Thursday of the month, 3 times", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", from: "1997-09-04", [
            "1997-09-04", "1997-10-07", "1997-11-06",
        ]),
        RFCExample("the second-to-last weekday of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", from: "1997-09-29", [
            "1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30", "1998-01-29",
            "1998-02-26", "1998-03-30",
        ]),
        RFCExample("WKST=MO: every other week on Tuesday and Sunday", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", from: "1997-08-05", [
            "1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24",
        ]),
        RFCExample("WKST=SU: every other week on Tuesday and Sunday", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", from: "1997-08-05", [
            "1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31",
        ]),
        RFCExample("invalid dates are skipped: the 15th and 30th monthly", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", from: "2007-01-15", [
            "2007-01-15", "2007-01-30", "2007-02-15", "2007-03-15", "2007-03-30",
        ]),
        // Given as a BYSETPOS illustration in the RFC text, without dates; checked by hand.
        RFCExample("the last workday of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", from: "2026-01-01", [
            "2026-01-30", "2026-02-27", "2026-03-31", "2026-04-30", "2026-05-29",
            "2026-06-30",
        ]),
    ]

    @Test(arguments: examples)
    func givesTheRFCDates(_ example: RFCExample) throws {
        let rule = try RecurrenceRule(parsing: example.rule)
        let start = try #require(CivilDate(iso: example.start))
        let limit = rule.isBounded ? 1000 : example.dates.count
        let dates = rule.occurrences(from: start).prefix(limit).map(\.description)
        #expect(dates == example.dates)
    }
}
