/// The dates of a recurrence rule from a start date, produced lazily in ascending order.
///
/// Honours the rule's `COUNT` and `UNTIL`, stops after 31 December 9999, and stops as soon
/// as a whole 400-year cycle passes without a match, so a rule that can never match (such
/// as the 30th of February) ends quickly instead of hanging.
public struct RecurrenceSequence: Sequence, Sendable {
    /// The rule being expanded.
    public let rule: RecurrenceRule
    /// The first day that may be an occurrence (it is one only if it matches the rule).
    public let start: CivilDate

    /// The dates of `rule` on or after `start`.
    public init(rule: RecurrenceRule, start: CivilDate) {
        self.rule = rule
        self.start = start
    }

    /// Starts a fresh expansion.
    public func makeIterator() -> Iterator { Iterator(rule: rule, start: start) }

    /// Steps through the occurrences, one period's buffer at a time.
    public struct Iterator: IteratorProtocol, Sendable {
        /// Why the iteration ended; nil while it has not.
        public enum Ending: Sendable, Hashable {
            /// `COUNT` occurrences were produced.
            case count
            /// The next date would have been after `UNTIL`.
            case until
            /// The next date would have been after 31 December 9999.
            case yearLimit
            /// No date in a whole 400-year cycle matched: the rule can never match again.
            case neverMatches
        }

        private var expander: RecurrenceExpander
        private var position = 0
        private let start: Int
        private let until: Int
        private var remaining: Int
        /// Why the iteration ended, once `next()` has returned nil.
        public private(set) var ending: Ending?

        init(rule: RecurrenceRule, start: CivilDate) {
            expander = RecurrenceExpander(rule: rule, start: start)
            self.start = start.daysSinceEpoch
            until = Swift.min(rule.until?.daysSinceEpoch ?? .max, CivilDate.maximum.daysSinceEpoch)
            remaining = rule.count.map { Swift.max(0, $0) } ?? .max
            if remaining == 0 { ending = .count }
        }

        /// The next occurrence, or nil when there are no more.
        public mutating func next() -> CivilDate? {
            guard ending == nil else { return nil }
            while true {
                while position < expander.selected.count {
                    let day = expander.selected[position]
                    position += 1
                    if day < start { continue }
                    if day > until {
                        ending = day > CivilDate.maximum.daysSinceEpoch ? .yearLimit : .until
                        return nil
                    }
                    remaining -= 1
                    if remaining == 0 { ending = .count }
                    return CivilDate(daysSinceEpoch: day)
                }
                expander.nextPeriod()
                position = 0
                if let end = expander.end, expander.selected.isEmpty {
                    ending = end == .yearLimit ? .yearLimit : .neverMatches
                    return nil
                }
            }
        }
    }
}
