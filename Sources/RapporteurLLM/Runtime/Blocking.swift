import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs blocking work (hashing a large file, waiting on a child process) off Swift's small cooperative thread pool.
enum Blocking {
    /// Runs a closure on a global dispatch queue and waits for it.
    ///
    /// - Parameter work: The blocking work.
    /// - Returns: What the work returns.
    /// - Throws: What the work throws.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    /// Polls a condition every 20 ms until it holds or the time is up; task cancellation does not cut the wait short,
    /// so cleanup code (stopping a server) can use it while its task is being cancelled.
    ///
    /// - Parameters:
    ///   - limit: The longest wait.
    ///   - condition: The condition.
    /// - Returns: Whether the condition held in time.
    static func poll(within limit: Duration, until condition: @escaping @Sendable () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        let held = try? await run {
            while !condition() {
                guard ContinuousClock.now < deadline else { return false }
                usleep(20_000)
            }
            return true
        }
        return held ?? condition()
    }
}
