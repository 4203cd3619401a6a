import SizhenDiagnostics

/// Figures about a plan that a bureau checks before publishing it: seats filled, anyone
/// double-booked, the share of seats held by the paired person, and the spread of the load.
public struct PlanAudit: Sendable {
    /// The load of the people a slot's roles admit.
    public struct Fairness: Sendable, Hashable {
        /// The roles of the pool (`lawyer`, `legal_worker`).
        public var roles: [String]
        /// People holding one of the roles who are free (not on leave, available) for at
        /// least one of the pool's seats.
        public var qualified: Int
        /// The fewest assignments a qualified person has.
        public var minimum: Int
        /// The most.
        public var maximum: Int
        /// The mean.
        public var mean: Double

        /// Creates the figures of a pool.
        public init(roles: [String], qualified: Int, minimum: Int, maximum: Int, mean: Double) {
            self.roles = roles
            self.qualified = qualified
            self.minimum = minimum
            self.maximum = maximum
            self.mean = mean
        }
        /// `maximum - minimum`.
        public var spread: Int { maximum - minimum }
    }

    /// Seats planned (filled or not).
    public var seats: Int
    /// Seats filled.
    public var filled: Int
    /// Seats nobody could fill.
    public var unfilled: Int
    /// Pairs of one person's assignments that overlap or leave too little time to travel.
    public var doubleBookings: [Message]
    /// Per pool of roles, in the order slots first name them.
    public var fairness: [Fairness]
    private var pairedCounts: [String: (paired: Int, total: Int)]

    /// Creates an audit from its figures (the planner computes them).
    public init(seats: Int, filled: Int, unfilled: Int, doubleBookings: [Message], fairness: [Fairness],
                pairedCounts: [String: (paired: Int, total: Int)]) {
        self.seats = seats
        self.filled = filled
        self.unfilled = unfilled
        self.doubleBookings = doubleBookings
        self.fairness = fairness
        self.pairedCounts = pairedCounts
    }


    /// Of `workflow`'s filled seats at sites with a paired person of a role the slot accepts,
    /// how many that paired person holds.
    public func pairedShare(of workflow: String) -> (paired: Int, total: Int) {
        pairedCounts[workflow] ?? (0, 0)
    }
}
