import Foundation
import SizhenCalendar
import SizhenDiagnostics
import SizhenModel
import SizhenRecords

/// The cases opened in a month, searched: the web application's case list (the command line
/// has `explain` for one case and `records` for what they produced).
public struct CaseListOperation: Sendable {
    /// One case found, with the community it belongs to.
    public struct Found: Sendable {
        /// The case as the store keeps it.
        public var engineCase: EngineCase
        /// Its own site, or for a case at the district (a panel) that of the case it came from.
        public var communityID: String?
    }

    /// The cases and what names them.
    public struct Listing: Sendable {
        /// The files, for the names of sites and workflows.
        public var set: WorkflowSet
        /// The cases found, by id.
        public var cases: [Found]
        /// Whether more matched than `limit`.
        public var isTruncated: Bool
    }

    /// Where the files and the database are.
    public var workspace: Workspace
    /// `YYYY-MM`.
    public var month: String
    /// Words that the case id, its site's or workflow's name contains; empty for all.
    public var query: String
    /// Only cases of these communities; nil for all.
    public var sites: Set<String>?
    /// The most cases given back.
    public var limit: Int

    /// An operation.
    public init(workspace: Workspace, month: String, query: String = "", sites: Set<String>? = nil, limit: Int = 500) {
        self.workspace = workspace
        self.month = month
        self.query = query
        self.sites = sites
        self.limit = limit
    }

    /// The cases found (at most `limit`).
    public func run() -> Outcome<Listing> {
        perform { run in
            let yearMonth = try FlagValue.month(month, into: &run)
            let set = try workspace.loadSet(into: &run, errorsOnly: true)
            let store = try workspace.openExisting(for: set, into: &run)
            var found: [Found] = []
            var isTruncated = false
            let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
            for engineCase in try store.cases(openedFrom: yearMonth.firstDay, through: yearMonth.lastDay).sorted(by: { $0.id < $1.id }) {
                let community = try ReportOperation.site(ofCase: engineCase.id, set: set, store: store)
                if let sites {
                    guard let community, sites.contains(community) else { continue }
                }
                if !needle.isEmpty {
                    let words = [engineCase.id, community.flatMap { set.community($0)?.name } ?? "", set.workflowName(engineCase.workflowID)]
                    guard words.contains(where: { $0.lowercased().contains(needle) }) else { continue }
                }
                guard found.count < limit else { isTruncated = true; break }
                found.append(Found(engineCase: engineCase, communityID: community))
            }
            return Listing(set: set, cases: found, isTruncated: isTruncated)
        }
    }
}
