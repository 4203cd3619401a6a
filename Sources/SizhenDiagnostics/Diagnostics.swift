/// A collection of diagnostics gathered by a phase: everything wrong is reported at once.
public struct Diagnostics: Sendable, Hashable, Error, Sequence {
    /// The diagnostics in the order they were found.
    public private(set) var items: [Diagnostic]
    /// How many of them are errors, counted as they are added: a reader that asks after every
    /// row of 100,000 must not count them all again each time.
    public private(set) var errorCount: Int

    /// A collection of these diagnostics.
    public init(_ items: [Diagnostic] = []) {
        self.items = items
        errorCount = items.count { $0.isError }
    }

    /// Adds one diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
        if diagnostic.isError { errorCount += 1 }
    }

    /// Adds many.
    public mutating func append<S: Sequence>(contentsOf other: S) where S.Element == Diagnostic {
        for diagnostic in other { append(diagnostic) }
    }

    /// Whether any of them is an error.
    public var hasErrors: Bool { errorCount > 0 }

    /// Whether there are none at all.
    public var isEmpty: Bool { items.isEmpty }

    /// Sorted by file, line and column (diagnostics without a place first), then severity;
    /// duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = items.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): break
            case (nil, _): return true
            case (_, nil): return false
            case let (l?, r?): if l != r { return l < r }
            }
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }

    public func makeIterator() -> IndexingIterator<[Diagnostic]> { items.makeIterator() }
}
