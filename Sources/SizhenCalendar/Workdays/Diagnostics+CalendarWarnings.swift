import SizhenDiagnostics

extension Diagnostics {
    /// Appends one warning per calendar and uncovered year that used the fallback.
    public mutating func append(_ warnings: CalendarWarnings) {
        append(contentsOf: warnings.diagnostics)
    }
}
