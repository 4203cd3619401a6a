import Foundation
import SizhenDiagnostics
import SizhenOperations

/// The what-if simulations of `sizhen serve`: a bounded queue run one job at a time on a thread
/// of its own (never one of the threads that answer requests), the jobs kept in memory up to a
/// cap, each simulation in its own database inside a folder the server controls.
///
/// - At most `limit` jobs are queued or running; one more is refused (`submit` returns nil).
/// - At most `kept` jobs are remembered; beyond that the oldest finished one is forgotten and
///   its database deleted.
/// - The worker thread exists only while there is work; `shutDown` stops the running job after
///   the day it is simulating, forgets the queued ones and deletes the folder.
final class WhatIfQueue: @unchecked Sendable {
    /// What was asked: the month, the seed (nil: the scenario's) and the scenario, by id and by
    /// the file the server found it in (inside the workflows folder, never a name from a request).
    struct Request: Sendable, Equatable {
        var month: String
        var seed: String?
        var scenarioID: String
        var scenarioFile: String?
    }

    /// A finished simulation, rendered once on the worker thread.
    struct Result: Sendable {
        /// The seed it ran with (the scenario's when none was given).
        var seed: UInt64
        /// The month's summary as the command line prints it, and as its `--format json`.
        var summaryText: String
        var summaryJSON: String
        /// The month's report, HTML, as `sizhen report --format html` writes it.
        var reportHTML: String
        /// Warnings the simulation reported.
        var diagnostics: Diagnostics
    }

    /// Where a job is.
    enum Status: Sendable {
        case queued
        case running(done: Int, total: Int)
        case done(Result)
        /// The diagnostics, and the text of the files they point into.
        case failed(Diagnostics, DiagnosticRenderer.SourceLookup = { _ in nil })

        var isFinished: Bool {
            switch self {
            case .done, .failed: true
            case .queued, .running: false
            }
        }
    }

    /// A job: its id (random, 32 hex digits), what was asked, where it is.
    struct Job: Sendable {
        var id: String
        var request: Request
        var status: Status
    }

    /// Runs one job on the worker thread: told the job, its database's path, how to report
    /// progress (days done, days in all) and whether to stop; gives its final status.
    typealias Work = @Sendable (_ job: Job, _ database: String, _ progress: @escaping @Sendable (Int, Int) -> Void,
                                _ isCancelled: @escaping @Sendable () -> Bool) -> Status

    /// The folder of the simulations' databases; created with the first job, deleted at shutdown.
    let folder: URL
    /// Jobs queued or running at most.
    let limit: Int
    /// Jobs remembered at most.
    let kept: Int
    private let work: Work
    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var isWorking = false
    private var isShutDown = false

    init(folder: URL, limit: Int, kept: Int, work: @escaping Work) {
        self.folder = folder
        self.limit = limit
        self.kept = max(kept, limit)
        self.work = work
    }

    /// Why a job was not queued.
    enum Refusal: Error, Equatable {
        /// `limit` jobs are queued or running.
        case full(Int)
        /// The server is stopping.
        case shuttingDown
    }

    /// Queues `request` as job `id`, starting the worker if it is idle.
    func submit(_ request: Request, id: String) -> Swift.Result<Job, Refusal> {
        condition.lock()
        guard !isShutDown else {
            condition.unlock()
            return .failure(.shuttingDown)
        }
        let unfinished = jobs.filter { !$0.status.isFinished }.count
        guard unfinished < limit else {
            condition.unlock()
            return .failure(.full(unfinished))
        }
        let job = Job(id: id, request: request, status: .queued)
        jobs.append(job)
        var forgotten: [String] = []
        while jobs.count > kept, let oldest = jobs.firstIndex(where: \.status.isFinished) {
            forgotten.append(jobs.remove(at: oldest).id)
        }
        let starts = !isWorking
        isWorking = true
        condition.unlock()
        forgotten.forEach(deleteDatabase)
        if starts {
            let thread = Thread { [self] in drain() }
            thread.name = "sizhen-whatif"
            // A simulation evaluates rules and derives a month: room for deep calls.
            thread.stackSize = 16 << 20
            thread.start()
        }
        return .success(job)
    }

    /// The job, if remembered.
    func job(_ id: String) -> Job? {
        condition.lock()
        defer { condition.unlock() }
        return jobs.first { $0.id == id }
    }

    /// Every job remembered, newest first, with how many unfinished jobs are ahead of each.
    func all() -> [(job: Job, ahead: Int)] {
        condition.lock()
        defer { condition.unlock() }
        var ahead = 0
        var out: [(Job, Int)] = []
        for job in jobs {
            out.append((job, ahead))
            if !job.status.isFinished { ahead += 1 }
        }
        return out.reversed()
    }

    /// How many unfinished jobs are ahead of job `id`.
    func ahead(of id: String) -> Int {
        all().first { $0.job.id == id }?.ahead ?? 0
    }

    /// The database of job `id`.
    func database(of id: String) -> String {
        folder.appendingPathComponent(id + ".db").path
    }

    /// Stops: the running job after its current day, the queued ones never run; waits for the
    /// worker thread to end, then deletes the folder with every database in it.
    func shutDown() {
        condition.lock()
        isShutDown = true
        while isWorking { condition.wait() }
        jobs.removeAll()
        condition.unlock()
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: The worker

    /// Runs the queued jobs in order until none is left (or the server stops), then ends.
    private func drain() {
        while let job = next() {
            let path = database(of: job.id)
            let status: Status
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                status = work(job, path, { [weak self] done, total in self?.update(job.id, to: .running(done: done, total: total)) },
                              { [weak self] in self?.isStopping ?? true })
            } catch {
                status = .failed(Diagnostics([.error(ServerMessage.unexpected())]))
            }
            update(job.id, to: status)
        }
    }

    /// The next queued job, marked running; nil (and the worker marked idle) when there is none.
    private func next() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        guard !isShutDown, let index = jobs.firstIndex(where: { if case .queued = $0.status { true } else { false } }) else {
            isWorking = false
            condition.broadcast()
            return nil
        }
        jobs[index].status = .running(done: 0, total: 0)
        return jobs[index]
    }

    private var isStopping: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isShutDown
    }

    private func update(_ id: String, to status: Status) {
        condition.lock()
        defer { condition.unlock() }
        guard let index = jobs.firstIndex(where: { $0.id == id }) else { return }
        jobs[index].status = status
    }

    /// Deletes a forgotten job's database and SQLite's files beside it.
    private func deleteDatabase(_ id: String) {
        let path = database(of: id)
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
