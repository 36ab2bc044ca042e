import Synchronization

/// Counts finished steps of a stage across concurrent tasks.
final class StepCounter: Sendable {
    private let count = Mutex(0)

    /// Creates a counter at zero.
    init() {}

    /// Adds one and returns the new count.
    ///
    /// - Returns: Steps counted so far.
    func next() -> Int {
        count.withLock { value in
            value += 1
            return value
        }
    }
}
