import Foundation
import SizhenCalendar
import SizhenRecords
import SizhenReports

/// The run sheets last made, kept by a long-running front end (the web server), so that a page
/// opened again and again is not derived and read again while nothing has changed. A sheet is
/// kept against its day, the load of the files it was made from (`WorkflowSetCache`) and the
/// database's derivation state after it was made: the state moves with every fact stored
/// (`lastArrival`), every day derived (`through`, `derivedArrival`) and every day asked for
/// (`requested`), by this process or another on the same database, so a kept sheet is used only
/// when making it again would read exactly what it read.
public final class RunSheetCache: @unchecked Sendable {
    struct Key: Hashable, Sendable {
        var date: CivilDate
        var generation: Int
        var state: DerivationState

        /// The key as text: the kept sheet's `revision`.
        var revision: String { "\(date) \(generation) \(state)" }
    }

    private let sheets: KeptValues<Key, RunSheet>
    private let lock = NSLock()
    private var found = 0

    /// An empty cache.
    public init(capacity: Int = 16) { sheets = KeptValues(capacity: capacity) }

    /// The most sheets kept (a district of 10,000 communities has a few MB in a day's sheet).
    public var capacity: Int { sheets.capacity }

    /// How many sheets are kept.
    public var count: Int { sheets.count }

    /// How many sheets were given from the cache (for the tests and the benchmark).
    public var hits: Int { lock.withLock { found } }

    func sheet(for key: Key) -> RunSheet? {
        let sheet = sheets.value(for: key)
        if sheet != nil { lock.withLock { found += 1 } }
        return sheet
    }

    /// Keeps `sheet`, marked with its revision; the sheet as kept.
    @discardableResult
    func keep(_ sheet: RunSheet, for key: Key) -> RunSheet {
        var sheet = sheet
        sheet.revision = key.revision
        sheets.keep(sheet, for: key)
        return sheet
    }
}
