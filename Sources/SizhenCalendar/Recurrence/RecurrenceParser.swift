import SizhenDiagnostics

/// Reads the text of a rule into a `RecurrenceRule`, collecting every problem as a
/// diagnostic located at the offending part (columns count Unicode scalars from the rule's
/// first character, as `SourceLocation` does).
///
/// Part names and values are read case-insensitively (`freq=monthly;byday=2we` is accepted),
/// as RFC 5545 §3.1 and python-dateutil do.
struct RecurrenceParser {
    /// A piece of the rule with its offset (in scalars) from the rule's first character.
    struct Piece {
        var text: String
        var offset: Int
    }

    /// A `NAME=VALUE` part as written.
    struct Part {
        var name: String          // upper-cased
        var nameOffset: Int
        var value: Piece
    }

    private let scalars: [Unicode.Scalar]
    private let origin: SourceLocation
    private var diagnostics = Diagnostics()

    // Parsed values; nil when absent or malformed.
    private var frequency: RecurrenceFrequency?
    private var interval: Int?
    private var count: Int?
    private var until: CivilDate?
    private var byDay: [(day: RecurrenceDay, piece: Piece)] = []
    private var byMonthDay: [Int] = []
    private var byYearDay: [Int] = []
    private var byWeekNumber: [Int] = []
    private var byMonth: [Int] = []
    private var bySetPosition: [Int] = []
    private var weekStart: Weekday?
    private var seen: [String: Part] = [:]
    private var mentionsFrequency = false   // a malformed part that names FREQ

    init(_ text: String, at origin: SourceLocation) {
        scalars = Array(text.unicodeScalars)
        self.origin = origin
    }

    private func location(_ offset: Int) -> SourceLocation { origin.advanced(byColumns: offset) }

    mutating func parse() -> Result<RecurrenceRule, Diagnostics> {
        var start = 0
        let prefix = Array("RRULE:".unicodeScalars)
        if scalars.count >= prefix.count,
           String(String.UnicodeScalarView(scalars[0..<prefix.count])).uppercased() == "RRULE:" {
            start = prefix.count
        }
        guard start < scalars.count else {
            return .failure(Diagnostics([RecurrenceMessages.emptyRule(at: location(start))]))
        }

        for segment in split(from: start, to: scalars.count, on: ";") {
            readPart(segment)
        }
        checkCombinations(ruleStart: start)

        if diagnostics.hasErrors { return .failure(diagnostics) }
        guard let frequency else { return .failure(diagnostics) }
        return .success(RecurrenceRule(
            frequency: frequency, interval: interval ?? 1, count: count, until: until,
            byDay: unique(byDay.map(\.day)), byMonthDay: unique(byMonthDay), byYearDay: unique(byYearDay),
            byWeekNumber: unique(byWeekNumber), byMonth: unique(byMonth),
            bySetPosition: unique(bySetPosition), weekStart: weekStart ?? .monday
        ))
    }

    // MARK: - Pieces

    private func split(from start: Int, to end: Int, on separator: Unicode.Scalar) -> [Piece] {
        var pieces: [Piece] = []
        var pieceStart = start
        for index in start...end where index == end || scalars[index] == separator {
            pieces.append(Piece(text: String(String.UnicodeScalarView(scalars[pieceStart..<index])), offset: pieceStart))
            pieceStart = index + 1
        }
        return pieces
    }

    private mutating func readPart(_ segment: Piece) {
        if segment.text.isEmpty {
            diagnostics.append(RecurrenceMessages.emptyPart(at: location(segment.offset)))
            return
        }
        let segmentScalars = Array(segment.text.unicodeScalars)
        guard let equals = segmentScalars.firstIndex(of: "=") else {
            if segment.text.uppercased().hasPrefix("FREQ") { mentionsFrequency = true }
            diagnostics.append(RecurrenceMessages.missingEquals(segment.text, at: location(segment.offset)))
            return
        }
        if equals == 0 {
            diagnostics.append(RecurrenceMessages.missingName(at: location(segment.offset)))
            return
        }
        let rawName = String(String.UnicodeScalarView(segmentScalars[0..<equals]))
        let name = rawName.uppercased()
        let nameLocation = location(segment.offset)
        let value = Piece(text: String(String.UnicodeScalarView(segmentScalars[(equals + 1)...])),
                          offset: segment.offset + equals + 1)

        if RecurrenceMessages.timeParts.contains(name) {
            diagnostics.append(RecurrenceMessages.timePart(name, at: nameLocation))
            return
        }
        guard RecurrenceMessages.partNames.contains(name) else {
            diagnostics.append(RecurrenceMessages.unknownPart(rawName, at: nameLocation))
            return
        }
        if let first = seen[name] {
            diagnostics.append(RecurrenceMessages.duplicatePart(name, at: nameLocation, first: location(first.nameOffset)))
            return
        }
        seen[name] = Part(name: name, nameOffset: segment.offset, value: value)
        if value.text.isEmpty {
            diagnostics.append(RecurrenceMessages.missingValue(name, at: location(value.offset)))
            return
        }

        switch name {
        case "FREQ": readFrequency(value)
        case "INTERVAL":
            if let n = readNumber(value, name: name, range: 1...999_999_999) {
                interval = n
            }
        case "COUNT":
            if let n = readNumber(value, name: name, range: 1...999_999_999) {
                count = n
            }
        case "UNTIL": readUntil(value)
        case "BYDAY": readDays(value)
        case "BYMONTHDAY": byMonthDay = readList(value, name: name, magnitude: 31)
        case "BYYEARDAY": byYearDay = readList(value, name: name, magnitude: 366)
        case "BYWEEKNO": byWeekNumber = readList(value, name: name, magnitude: 53)
        case "BYMONTH": byMonth = readList(value, name: name, magnitude: 12, allowsNegative: false)
        case "BYSETPOS": bySetPosition = readList(value, name: name, magnitude: 366)
        case "WKST":
            if let day = Weekday(code: value.text.uppercased()) {
                weekStart = day
            } else {
                diagnostics.append(RecurrenceMessages.unknownWeekStart(value.text, at: location(value.offset)))
            }
        default: break
        }
    }

    // MARK: - Values

    private mutating func readFrequency(_ value: Piece) {
        let word = value.text.uppercased()
        if let known = RecurrenceFrequency(rawValue: word) {
            frequency = known
        } else if RecurrenceMessages.timeFrequencies.contains(word) {
            diagnostics.append(RecurrenceMessages.timeFrequency(word, at: location(value.offset)))
        } else {
            diagnostics.append(RecurrenceMessages.unknownFrequency(value.text, at: location(value.offset)))
        }
    }

    /// An optionally signed decimal number of at most nine digits; nil for anything else.
    private static func integer(_ text: String) -> Int?? {
        var digits = Substring(text)
        var sign = 1
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        let trimmed = digits.drop { $0 == "0" }
        guard trimmed.count <= 9 else { return .some(nil) } // a number, but far too large
        return .some(sign * (Int(trimmed) ?? 0))
    }

    private mutating func readNumber(_ piece: Piece, name: String, range: ClosedRange<Int>) -> Int? {
        guard let parsed = Self.integer(piece.text) else {
            diagnostics.append(RecurrenceMessages.notANumber(name, piece.text, at: location(piece.offset)))
            return nil
        }
        guard let n = parsed else {
            diagnostics.append(RecurrenceMessages.outOfRange(name, piece.text, at: location(piece.offset)))
            return nil
        }
        if n < range.lowerBound {
            diagnostics.append(RecurrenceMessages.belowOne(name, piece.text, at: location(piece.offset)))
            return nil
        }
        if n > range.upperBound {
            diagnostics.append(RecurrenceMessages.outOfRange(name, piece.text, at: location(piece.offset)))
            return nil
        }
        return n
    }

    /// A list of numbers in 1...magnitude (and -magnitude...-1 when negatives are allowed).
    private mutating func readList(_ value: Piece, name: String, magnitude: Int, allowsNegative: Bool = true) -> [Int] {
        var numbers: [Int] = []
        for item in split(from: value.offset, to: value.offset + value.text.unicodeScalars.count, on: ",") {
            if item.text.isEmpty {
                diagnostics.append(RecurrenceMessages.emptyItem(name, at: location(item.offset)))
                continue
            }
            guard let parsed = Self.integer(item.text) else {
                diagnostics.append(RecurrenceMessages.notANumber(name, item.text, at: location(item.offset)))
                continue
            }
            guard let n = parsed else {
                diagnostics.append(RecurrenceMessages.outOfRange(name, item.text, at: location(item.offset)))
                continue
            }
            if n == 0 && (name == "BYSETPOS" || name == "BYMONTHDAY" || name == "BYYEARDAY" || name == "BYWEEKNO") {
                diagnostics.append(RecurrenceMessages.zeroPosition(name, at: location(item.offset)))
                continue
            }
            let inRange = (1...magnitude).contains(n) || (allowsNegative && (-magnitude...(-1)).contains(n))
            guard inRange else {
                diagnostics.append(RecurrenceMessages.outOfRange(name, item.text, at: location(item.offset)))
                continue
            }
            numbers.append(n)
        }
        return numbers
    }

    private mutating func readDays(_ value: Piece) {
        for item in split(from: value.offset, to: value.offset + value.text.unicodeScalars.count, on: ",") {
            if item.text.isEmpty {
                diagnostics.append(RecurrenceMessages.emptyItem("BYDAY", at: location(item.offset)))
                continue
            }
            let itemScalars = Array(item.text.unicodeScalars)
            // The weekday is the trailing letters; anything before them is the ordinal.
            var letters = itemScalars.count
            while letters > 0, itemScalars[letters - 1].properties.isAlphabetic { letters -= 1 }
            let ordinalText = String(String.UnicodeScalarView(itemScalars[0..<letters]))
            let code = String(String.UnicodeScalarView(itemScalars[letters...]))
            var ordinal = 0
            var valid = true
            if !ordinalText.isEmpty {
                if let parsed = Self.integer(ordinalText), let n = parsed, n.magnitude <= 53 {
                    if n == 0 {
                        diagnostics.append(RecurrenceMessages.zeroOrdinal(item.text, at: location(item.offset)))
                        valid = false
                    }
                    ordinal = n
                } else if Self.integer(ordinalText) != nil {
                    diagnostics.append(RecurrenceMessages.ordinalOutOfRange(item.text, limit: 53, withinMonth: false, at: location(item.offset)))
                    valid = false
                } else {
                    diagnostics.append(RecurrenceMessages.unknownWeekday(item.text, at: location(item.offset)))
                    continue
                }
            }
            guard let weekday = Weekday(code: code.uppercased()) else {
                diagnostics.append(RecurrenceMessages.unknownWeekday(code.isEmpty ? item.text : code,
                                                                     at: location(item.offset + (code.isEmpty ? 0 : letters))))
                continue
            }
            if valid { byDay.append((RecurrenceDay(weekday, ordinal: ordinal), item)) }
        }
    }

    private mutating func readUntil(_ value: Piece) {
        let text = value.text.uppercased()
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                n = n * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return n
        }
        let parts: (year: Int, month: Int, day: Int)?
        var time: (Int, Int, Int)?
        switch bytes.count {
        case 10 where bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-"):
            parts = digits(0..<4).flatMap { y in digits(5..<7).flatMap { m in digits(8..<10).map { (y, m, $0) } } }
        case 8, 15, 16:
            parts = digits(0..<4).flatMap { y in digits(4..<6).flatMap { m in digits(6..<8).map { (y, m, $0) } } }
            if bytes.count >= 15 {
                guard bytes[8] == UInt8(ascii: "T"), bytes.count == 15 || bytes[15] == UInt8(ascii: "Z"),
                      let h = digits(9..<11), let m = digits(11..<13), let s = digits(13..<15) else {
                    diagnostics.append(RecurrenceMessages.untilNotADate(value.text, at: location(value.offset)))
                    return
                }
                time = (h, m, s)
            }
        default:
            parts = nil
        }
        guard let parts else {
            diagnostics.append(RecurrenceMessages.untilNotADate(value.text, at: location(value.offset)))
            return
        }
        guard let date = CivilDate(year: parts.year, month: parts.month, day: parts.day) else {
            let shown = String(value.text.prefix(bytes.count == 10 ? 10 : 8))
            diagnostics.append(RecurrenceMessages.untilNoSuchDate(shown, at: location(value.offset)))
            return
        }
        if let (h, m, s) = time, h > 23 || m > 59 || s > 60 {
            diagnostics.append(RecurrenceMessages.untilBadTime(String(value.text.dropFirst(9).prefix(6)),
                                                               at: location(value.offset + 9)))
            return
        }
        until = date
    }

    // MARK: - Combinations

    private mutating func checkCombinations(ruleStart: Int) {
        if seen["FREQ"] == nil && !mentionsFrequency {
            diagnostics.append(RecurrenceMessages.missingFrequency(at: location(ruleStart)))
        }
        if let countPart = seen["COUNT"], let untilPart = seen["UNTIL"] {
            let (second, first) = countPart.nameOffset > untilPart.nameOffset ? (countPart, untilPart) : (untilPart, countPart)
            diagnostics.append(RecurrenceMessages.countWithUntil(second.name, at: location(second.nameOffset),
                                                                 first: first.name, firstAt: location(first.nameOffset)))
        }
        if let setPart = seen["BYSETPOS"],
           !["BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH"].contains(where: { seen[$0] != nil }) {
            diagnostics.append(RecurrenceMessages.setPositionAlone(at: location(setPart.nameOffset)))
        }
        guard let frequency else { return }

        for (day, piece) in byDay where day.hasOrdinal {
            switch frequency {
            case .daily, .weekly:
                diagnostics.append(RecurrenceMessages.ordinalWithFrequency(piece.text, frequency: frequency, at: location(piece.offset)))
            case .yearly where seen["BYWEEKNO"] != nil:
                diagnostics.append(RecurrenceMessages.ordinalWithWeekNumber(piece.text, at: location(piece.offset)))
            case .monthly, .yearly:
                let withinMonth = frequency == .monthly || seen["BYMONTH"] != nil
                if withinMonth && day.ordinal.magnitude > 5 {
                    diagnostics.append(RecurrenceMessages.ordinalOutOfRange(piece.text, limit: 5, withinMonth: true, at: location(piece.offset)))
                }
            }
        }
        if let part = seen["BYMONTHDAY"], frequency == .weekly {
            diagnostics.append(RecurrenceMessages.partWithFrequency("BYMONTHDAY", frequency: frequency,
                allowed: .monthDayFrequenciesHint, at: location(part.nameOffset)))
        }
        if let part = seen["BYYEARDAY"], frequency != .yearly {
            diagnostics.append(RecurrenceMessages.partWithFrequency("BYYEARDAY", frequency: frequency,
                allowed: .yearlyOnlyHint, at: location(part.nameOffset)))
        }
        if let part = seen["BYWEEKNO"], frequency != .yearly {
            diagnostics.append(RecurrenceMessages.partWithFrequency("BYWEEKNO", frequency: frequency,
                allowed: .yearlyOnlyHint, at: location(part.nameOffset)))
        }
        if let part = seen["BYMONTHDAY"], let detail = RecurrenceRule.impossibleMonthDays(months: unique(byMonth), days: unique(byMonthDay)) {
            diagnostics.append(RecurrenceMessages.impossibleMonthDays(detail, at: location(part.value.offset)))
        }
    }
}

/// The values in their first-seen order, without repeats.
private func unique<T: Hashable>(_ values: [T]) -> [T] {
    var seen = Set<T>()
    return values.filter { seen.insert($0).inserted }
}
