import SizhenRecords
/// A cost compared level by level, the first level most important: an ordered abelian group
/// (component-wise sums, lexicographic order), so that a min-cost assignment over it is
/// exactly lexicographic whatever the number of rows, with no weights to overflow.
struct LexicographicCost: Comparable, Hashable, Sendable {
    static let levels = 6
    var values: (Int, Int, Int, Int, Int, Int)

    init(_ values: [Int]) {
        var padded = values + [Int](repeating: 0, count: max(0, Self.levels - values.count))
        padded = Array(padded.prefix(Self.levels))
        self.values = (padded[0], padded[1], padded[2], padded[3], padded[4], padded[5])
    }

    init(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ e: Int, _ f: Int) { values = (a, b, c, d, e, f) }

    static let zero = LexicographicCost(0, 0, 0, 0, 0, 0)
    /// Larger than any cost the planner builds (each level is small).
    static let infinity = LexicographicCost(1 << 40, 0, 0, 0, 0, 0)

    var array: [Int] { [values.0, values.1, values.2, values.3, values.4, values.5] }

    static func + (a: Self, b: Self) -> Self {
        Self(a.values.0 + b.values.0, a.values.1 + b.values.1, a.values.2 + b.values.2,
             a.values.3 + b.values.3, a.values.4 + b.values.4, a.values.5 + b.values.5)
    }

    static func - (a: Self, b: Self) -> Self {
        Self(a.values.0 - b.values.0, a.values.1 - b.values.1, a.values.2 - b.values.2,
             a.values.3 - b.values.3, a.values.4 - b.values.4, a.values.5 - b.values.5)
    }

    static func < (a: Self, b: Self) -> Bool {
        if a.values.0 != b.values.0 { return a.values.0 < b.values.0 }
        if a.values.1 != b.values.1 { return a.values.1 < b.values.1 }
        if a.values.2 != b.values.2 { return a.values.2 < b.values.2 }
        if a.values.3 != b.values.3 { return a.values.3 < b.values.3 }
        if a.values.4 != b.values.4 { return a.values.4 < b.values.4 }
        return a.values.5 < b.values.5
    }

    static func == (a: Self, b: Self) -> Bool {
        a.values.0 == b.values.0 && a.values.1 == b.values.1 && a.values.2 == b.values.2
            && a.values.3 == b.values.3 && a.values.4 == b.values.4 && a.values.5 == b.values.5
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(values.0); hasher.combine(values.1); hasher.combine(values.2)
        hasher.combine(values.3); hasher.combine(values.4); hasher.combine(values.5)
    }
}

/// The Hungarian algorithm (shortest augmenting paths with potentials, O(n²m)) over a dense
/// rows × columns matrix with rows ≤ columns: every row gets a distinct column and the total
/// cost is least. Deterministic: columns are scanned in index order and the first minimum wins.
enum MinCostAssignment {
    /// The column of each row; `cost[row][column]`, `LexicographicCost.infinity` for forbidden.
    static func solve(_ cost: [[LexicographicCost]]) -> [Int] {
        let n = cost.count
        guard n > 0 else { return [] }
        let m = cost[0].count
        precondition(m >= n, "a column per row is needed")
        var u = [LexicographicCost](repeating: .zero, count: n + 1)
        var v = [LexicographicCost](repeating: .zero, count: m + 1)
        var matchedRow = [Int](repeating: 0, count: m + 1)   // column j (1-based) → row (1-based), 0 free
        var way = [Int](repeating: 0, count: m + 1)
        for row in 1...n {
            matchedRow[0] = row
            var column0 = 0
            var minimum = [LexicographicCost](repeating: .infinity, count: m + 1)
            var used = [Bool](repeating: false, count: m + 1)
            repeat {
                used[column0] = true
                let row0 = matchedRow[column0]
                var delta = LexicographicCost.infinity
                var column1 = 0
                for column in 1...m where !used[column] {
                    let reduced = cost[row0 - 1][column - 1] - u[row0] - v[column]
                    if reduced < minimum[column] {
                        minimum[column] = reduced
                        way[column] = column0
                    }
                    if minimum[column] < delta {
                        delta = minimum[column]
                        column1 = column
                    }
                }
                for column in 0...m {
                    if used[column] {
                        u[matchedRow[column]] = u[matchedRow[column]] + delta
                        v[column] = v[column] - delta
                    } else {
                        minimum[column] = minimum[column] - delta
                    }
                }
                column0 = column1
            } while matchedRow[column0] != 0
            repeat {
                let column1 = way[column0]
                matchedRow[column0] = matchedRow[column1]
                column0 = column1
            } while column0 != 0
        }
        var result = [Int](repeating: -1, count: n)
        for column in 1...m where matchedRow[column] != 0 { result[matchedRow[column] - 1] = column - 1 }
        return result
    }
}
