import Foundation

/// How often and how long to wait before trying a failed model call again.
struct RetryPolicy: Sendable, Hashable {
    /// The most attempts in all, the first included.
    var maxAttempts: Int
    /// The wait after the first failure, in seconds; it doubles after each further one.
    var backoffBase: TimeInterval
    /// The longest computed backoff, in seconds.
    var maxBackoff: TimeInterval = 60
    /// The longest wait a server's `Retry-After` can ask for, in seconds.
    var maxRetryAfter: TimeInterval

    /// The wait before the next attempt.
    ///
    /// - Parameters:
    ///   - attempt: The attempt that just failed, 1-based.
    ///   - retryAfter: The `Retry-After` header's value, if the server sent one.
    /// - Returns: Seconds to wait: the server's request when it gave one in seconds (capped), else exponential backoff.
    func delay(afterAttempt attempt: Int, retryAfter: String?) -> TimeInterval {
        if let retryAfter, let seconds = Double(retryAfter.trimmingCharacters(in: .whitespaces)), seconds >= 0 {
            return min(seconds, maxRetryAfter)
        }
        let exponent = Double(max(0, attempt - 1))
        return min(backoffBase * pow(2, exponent), maxBackoff)
    }
}
