import Foundation

/// The moment one HTTP exchange must be over, from connect to the last body byte.
struct ExchangeDeadline: Sendable {
    /// The end of the exchange.
    let end: ContinuousClock.Instant
    /// The allowed duration, in seconds, for the error message.
    let limit: TimeInterval

    /// A deadline `limit` seconds from now.
    ///
    /// - Parameter limit: The allowed duration, in seconds.
    init(seconds limit: TimeInterval) {
        self.limit = limit
        end = .now + .milliseconds(Int64((max(0, limit) * 1000).rounded(.up)))
    }

    /// The time left, in whole milliseconds rounded up, as `poll(2)` takes it; 0 once the deadline passed.
    var remainingMilliseconds: Int32 {
        let left = end - .now
        guard left > .zero else { return 0 }
        let (seconds, attoseconds) = left.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }

    /// The failure thrown when the deadline passes.
    var failure: HTTPFailure {
        .timeout("no reply within \(HTTPClient.seconds(limit))")
    }
}
