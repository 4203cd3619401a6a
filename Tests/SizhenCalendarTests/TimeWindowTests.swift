import Foundation
import SizhenDiagnostics
import Testing
@testable import SizhenCalendar

private typealias T = TimeMessage

@Suite struct TimeWindowTests {
    func time(_ text: String) throws -> TimeOfDay { try TimeOfDay(parsing: text) }

    @Test func parsesTimesOfDay() throws {
        let nine = try time("09:00")
        #expect(nine.hour == 9 && nine.minute == 0 && nine.description == "09:00")
        #expect(try time("23:59").minutesSinceMidnight == 23 * 60 + 59)
        #expect(try time("00:00").minutesSinceMidnight == 0)
        #expect(TimeOfDay(hour: 24, minute: 0) == nil)
        #expect(TimeOfDay(hour: 7, minute: 60) == nil)
        #expect(try time("08:30") < time("09:00"))
    }

    @Test(arguments: [
        ("9:00", 0, T.expectedTime(["found": .message(T.quoted(["text": "9:00"]))])),
        ("24:00", 0, T.hourOutOfRange(["hour": 24])),
        ("09:75", 3, T.minuteOutOfRange(["minute": 75])),
        ("09:00:00", 5, T.trailingText(["text": ":00"])),
        ("", 0, T.expectedTime(["found": .message(T.endOfText())])),
    ])
    func rejectsBadTimes(text: String, offset: Int, message: Message) {
        #expect(throws: TimeParseError(message, offset: offset, hint: T.twoDigitsHint())) {
            _ = try TimeOfDay(parsing: text)
        }
    }

    @Test(arguments: [
        ("09:00-12:00", "09:00", "12:00"),
        ("14:30-17:00", "14:30", "17:00"),
        ("09:00 - 12:00", "09:00", "12:00"),
        ("00:00-23:59", "00:00", "23:59"),
    ])
    func parsesWindows(text: String, start: String, end: String) throws {
        let window = try TimeWindow(parsing: text)
        #expect(window.start == (try time(start)))
        #expect(window.end == (try time(end)))
        #expect(window.description == "\(start)-\(end)")
    }

    @Test func windowLength() throws {
        #expect(try TimeWindow(parsing: "09:00-12:00").minutes == 180)
        #expect(TimeWindow(start: try time("12:00"), end: try time("09:00")) == nil)
    }

    @Test(arguments: [
        ("9-12", 0, T.expectedTime(["found": .message(T.quoted(["text": "9"]))])),
        ("25:00-26:00", 0, T.hourOutOfRange(["hour": 25])),
        ("09:00-12:60", 9, T.minuteOutOfRange(["minute": 60])),
        ("12:00-09:00", 6, T.endsBeforeStart(["end": "09:00", "start": "12:00"])),
        ("09:00-09:00", 6, T.emptyWindow(["time": "09:00"])),
        ("09:00", 5, T.expectedDash(["found": .message(T.endOfText())])),
        ("09:00～12:00", 5, T.expectedDash(["found": .message(T.quoted(["text": "～"]))])),
        ("09:00-", 6, T.expectedTime(["found": .message(T.endOfText())])),
        ("09:00-9:30", 6, T.expectedTime(["found": .message(T.quoted(["text": "9:30"]))])),
        ("09:00-12:00 上午", 12, T.trailingText(["text": "上午"])),
        ("０９:００-12:00", 0, T.expectedTime(["found": .message(T.quoted(["text": "０９:００"]))])),
        ("  9:00-12:00", 2, T.expectedTime(["found": .message(T.quoted(["text": "9:00"]))])),
    ])
    func rejectsBadWindowsAtTheRightColumn(text: String, offset: Int, message: Message) {
        do {
            let window = try TimeWindow(parsing: text)
            Issue.record("parsed \(text) as \(window)")
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
            #expect(error.hint != nil)
        }
    }

    @Test func diagnosticPointsIntoTheYamlString() {
        // `time: "12:00-09:00"` with the text starting at line 5, column 10.
        let textStart = SourceLocation(file: "Workflows/jiezhen.yaml", line: 5, column: 10)
        do {
            _ = try TimeWindow(parsing: "12:00-09:00")
            Issue.record("parsed a window that ends before it starts")
        } catch {
            let diagnostic = error.diagnostic(at: textStart)
            #expect(diagnostic.isError)
            #expect(diagnostic.location == SourceLocation(file: "Workflows/jiezhen.yaml", line: 5, column: 16))
            #expect(diagnostic.hint == T.overnightHint())
            #expect(error.description == "column 7: the window ends (09:00) before it starts (12:00)")
            let chinese = MessageRenderer(book: MessageBook(SizhenCalendarMessages.catalogues), language: .chinese)
            #expect(chinese.render(diagnostic.message) == "时间段的结束时间（09:00）早于开始时间（12:00）")
        }
    }
}

@Suite struct TimeZoneConversionTests {
    @Test func shanghaiIsUTCPlusEight() throws {
        let zone = CivilTimeZone.shanghai
        #expect(zone.identifier == "Asia/Shanghai")
        let instant = zone.instant(on: d("2026-12-09"), at: try TimeOfDay(parsing: "09:00"))
        #expect(instant.secondsSinceEpoch == 1_796_778_000)  // 2026-12-09T01:00:00Z
        #expect(instant.description == "2026-12-09T01:00:00Z")
        #expect(instant.icsUTC == "20261209T010000Z")
        #expect(zone.rfc3339(instant) == "2026-12-09T09:00:00+08:00")
        #expect(zone.offset(at: instant) == 8 * 3600)
        #expect(Instant(instant.date) == instant)
    }

    @Test func aWindowBecomesAZonedInterval() throws {
        let zone = try CivilTimeZone(identifier: "Asia/Shanghai")
        let interval = zone.interval(on: d("2026-12-09"), window: try TimeWindow(parsing: "09:00-12:00"))
        #expect(interval.startRFC3339 == "2026-12-09T09:00:00+08:00")
        #expect(interval.endRFC3339 == "2026-12-09T12:00:00+08:00")
        #expect(interval.start.icsUTC == "20261209T010000Z")
        #expect(interval.end.icsUTC == "20261209T040000Z")
        #expect(interval.seconds == 3 * 3600)
        #expect(interval.description == "2026-12-09T09:00:00+08:00/2026-12-09T12:00:00+08:00")
    }

    @Test func earlyMorningInShanghaiIsThePreviousDayInUTC() throws {
        let instant = CivilTimeZone.shanghai.instant(on: d("2026-01-01"), at: try TimeOfDay(parsing: "07:30"))
        #expect(instant.icsUTC == "20251231T233000Z")
        #expect(CivilTimeZone.shanghai.rfc3339(instant) == "2026-01-01T07:30:00+08:00")
    }

    @Test func newYorkOnAnOrdinaryDay() throws {
        let zone = try CivilTimeZone(identifier: "America/New_York")
        let winter = zone.instant(on: d("2026-12-09"), at: try TimeOfDay(parsing: "09:00"))
        #expect(winter.icsUTC == "20261209T140000Z")
        #expect(zone.rfc3339(winter) == "2026-12-09T09:00:00-05:00")
        let summer = zone.instant(on: d("2026-07-01"), at: try TimeOfDay(parsing: "09:00"))
        #expect(summer.icsUTC == "20260701T130000Z")
        #expect(zone.rfc3339(summer) == "2026-07-01T09:00:00-04:00")
    }

    /// 2026-03-08: clocks go from 02:00 EST to 03:00 EDT, so 02:30 does not exist; it is read
    /// with the offset before the gap (−05:00).
    @Test func springForwardGapUsesTheOffsetBeforeTheGap() throws {
        let zone = try CivilTimeZone(identifier: "America/New_York")
        let instant = zone.instant(on: d("2026-03-08"), at: try TimeOfDay(parsing: "02:30"))
        #expect(instant.icsUTC == "20260308T073000Z")
        #expect(zone.rfc3339(instant) == "2026-03-08T03:30:00-04:00")
        // Either side of the gap is unambiguous.
        #expect(zone.instant(on: d("2026-03-08"), at: try TimeOfDay(parsing: "01:59")).icsUTC == "20260308T065900Z")
        #expect(zone.instant(on: d("2026-03-08"), at: try TimeOfDay(parsing: "03:00")).icsUTC == "20260308T070000Z")
        // A window across the gap is an hour shorter than written.
        let interval = zone.interval(on: d("2026-03-08"), window: try TimeWindow(parsing: "01:00-04:00"))
        #expect(interval.seconds == 2 * 3600)
    }

    /// 2026-11-01: clocks go from 02:00 EDT back to 01:00 EST, so 01:30 happens twice; the
    /// first (EDT, −04:00) is meant.
    @Test func fallBackOverlapMeansTheFirstOccurrence() throws {
        let zone = try CivilTimeZone(identifier: "America/New_York")
        let instant = zone.instant(on: d("2026-11-01"), at: try TimeOfDay(parsing: "01:30"))
        #expect(instant.icsUTC == "20261101T053000Z")
        #expect(zone.rfc3339(instant) == "2026-11-01T01:30:00-04:00")
        #expect(zone.instant(on: d("2026-11-01"), at: try TimeOfDay(parsing: "02:00")).icsUTC == "20261101T070000Z")
        let interval = zone.interval(on: d("2026-11-01"), window: try TimeWindow(parsing: "01:00-03:00"))
        #expect(interval.seconds == 3 * 3600)
    }

    @Test func unknownZoneIsAnErrorWithASuggestion() {
        let location = SourceLocation(file: "Workflows/district.yaml", line: 3, column: 11)
        #expect(throws: Diagnostic.error(T.unknownZone(["zone": "Asia/Shangai", "suggestion": "Asia/Shanghai"]), at: location,
                                         hint: T.zoneHint())) {
            _ = try CivilTimeZone(identifier: "Asia/Shangai", at: location)
        }
        #expect(throws: Diagnostic.self) { _ = try CivilTimeZone(identifier: "Mars/Olympus_Mons") }
        #expect(throws: Diagnostic.self) { _ = try CivilTimeZone(identifier: "") }
    }

    @Test func instantsBeforeTheEpochFormat() {
        let instant = Instant(secondsSinceEpoch: -1)
        #expect(instant.icsUTC == "19691231T235959Z")
        #expect(instant.description == "1969-12-31T23:59:59Z")
    }
}
