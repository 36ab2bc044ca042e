import RapporteurEvaluation
import RapporteurKit

/// A ``BenchmarkStopwatch`` on `ContinuousClock`: keeps the milliseconds of each phase of one run.
struct BenchClock: BenchmarkStopwatch {
    /// Milliseconds per phase of the run.
    private(set) var milliseconds: [BenchmarkPhase: Double] = [:]
    private let clock = ContinuousClock()

    mutating func time<Value>(_ phase: BenchmarkPhase, _ body: () throws(InputError) -> Value) throws(InputError) -> Value {
        let start = clock.now
        let value = try body()
        milliseconds[phase, default: 0] += Self.milliseconds(clock.now - start)
        return value
    }

    /// A duration in milliseconds.
    ///
    /// - Parameter duration: The duration.
    /// - Returns: Milliseconds, with fractions.
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
