extension MonthReport {
    /// The report as one self-contained HTML page (filled in later).
    public func html(sections: [Section] = Section.allCases) -> String { "" }
}
