import Foundation
import RapporteurEvaluation
import RapporteurKit

/// Runs the ``BenchmarkWorkload`` on one input: a warm-up run, then the timed repetitions.
enum BenchRunner {
    /// The target for read, split and count, and rendering the full report.
    static let targetLimitMs = 100.0

    /// Times the workload.
    ///
    /// - Parameters:
    ///   - data: The transcript's bytes.
    ///   - name: Its name.
    ///   - repetitions: Timed runs after the warm-up; at least 1.
    /// - Returns: The summary.
    /// - Throws: ``InputError`` when the input is not a transcript, or when runs disagree on what they produced.
    static func run(_ data: Data, name: String, repetitions: Int) throws(InputError) -> BenchResult {
        var warmUp = BenchClock()
        let expected = try BenchmarkWorkload.run(data, name: name, stopwatch: &warmUp)
        var runs: [[BenchmarkPhase: Double]] = []
        for _ in 0..<max(repetitions, 1) {
            var clock = BenchClock()
            let outcome = try BenchmarkWorkload.run(data, name: name, stopwatch: &clock)
            guard outcome == expected else { throw InputError(file: name, reason: "benchmark runs produced different results") }
            runs.append(clock.milliseconds)
        }
        return BenchResult(input: name, runs: runs, outcome: expected, targetLimitMs: targetLimitMs)
    }
}
