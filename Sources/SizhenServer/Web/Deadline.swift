import Foundation

/// A request's total time limit: the answer of `work`, or `late` when `work` takes longer than
/// the limit. Work that outlives its limit is cancelled (a body still coming is read no
/// further), and what it has handed to a thread of its own (an import, a report) runs to its
/// end unobserved: every write is whole or nothing, so a request answered late leaves the
/// database as a finished one would.
enum Deadline {
    static func race(seconds: Int64, late: WebResponse, work: @escaping @Sendable () async -> WebResponse) async -> WebResponse {
        let answer = Answer()
        return await withCheckedContinuation { continuation in
            answer.continuation = continuation
            let timer = Task {
                // Cancelled when the work answers first: then no sleeper outlives its request.
                guard (try? await Task.sleep(for: .seconds(seconds))) != nil else { return }
                // Too late: the client has its 503; a body still being read is read no further.
                if answer.give(late) { answer.worker?.cancel() }
            }
            answer.worker = Task {
                let response = await work()
                timer.cancel()
                answer.give(response)
            }
        }
    }

    /// The continuation of a request, resumed by whichever answer comes first.
    private final class Answer: @unchecked Sendable {
        private let lock = NSLock()
        private var resumed = false
        var continuation: CheckedContinuation<WebResponse, Never>?
        /// The work's task, set before the timer can fire (a second at least).
        var worker: Task<Void, Never>? {
            get { lock.withLock { task } }
            set { lock.withLock { task = newValue } }
        }
        private var task: Task<Void, Never>?

        /// Resumes the request with `response` when nothing has yet; whether it did.
        @discardableResult
        func give(_ response: WebResponse) -> Bool {
            lock.lock()
            guard !resumed, let continuation else {
                lock.unlock()
                return false
            }
            resumed = true
            lock.unlock()
            continuation.resume(returning: response)
            return true
        }
    }
}
