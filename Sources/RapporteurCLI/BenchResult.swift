import RapporteurEvaluation
import RapporteurKit

/// The timings of one input: median and minimum per phase over the repetitions, and what the workload produced.
struct BenchResult: Codable {
    /// One row of the table.
    struct Row: Codable {
        /// The phase, or `total` / `target` for the sums.
        var name: String
        /// Median milliseconds over the repetitions.
        var medianMs: Double
        /// Minimum milliseconds over the repetitions.
        var minMs: Double
    }

    /// The input's name.
    var input: String
    /// Repetitions timed (after one warm-up run).
    var repetitions: Int
    /// What the last run produced.
    var outcome: BenchmarkOutcome
    /// One row per phase, in ``BenchmarkPhase/allCases`` order.
    var phases: [Row]
    /// Every phase but building the stand-in report, summed per repetition.
    var total: Row
    /// Read, split and count, and rendering all four formats, summed per repetition: the target.
    var target: Row
    /// The target's limit in milliseconds.
    var targetLimitMs: Double

    /// Summarises the runs.
    ///
    /// - Parameters:
    ///   - input: The input's name.
    ///   - runs: Milliseconds per phase of each timed repetition; at least one.
    ///   - outcome: What the workload produced.
    ///   - targetLimitMs: The target's limit.
    init(input: String, runs: [[BenchmarkPhase: Double]], outcome: BenchmarkOutcome, targetLimitMs: Double) {
        self.input = input
        repetitions = runs.count
        self.outcome = outcome
        self.targetLimitMs = targetLimitMs
        phases = BenchmarkPhase.allCases.map { phase in Self.row(phase.rawValue, runs.map { $0[phase] ?? 0 }) }
        total = Self.row("total", runs.map { run in run.filter(\.key.isInTotal).values.reduce(0, +) })
        target = Self.row("target", runs.map { run in run.filter(\.key.isInTarget).values.reduce(0, +) })
    }

    /// Whether the target's median is under its limit.
    var meetsTarget: Bool { target.medianMs < targetLimitMs }

    /// The median total in milliseconds per 1,000 words.
    var totalPerThousandWords: Double { outcome.words > 0 ? total.medianMs * 1000 / Double(outcome.words) : 0 }

    /// The median of the phase, or 0 when it was not timed.
    ///
    /// - Parameter phase: The phase.
    /// - Returns: Milliseconds.
    func median(_ phase: BenchmarkPhase) -> Double {
        phases.first { $0.name == phase.rawValue }?.medianMs ?? 0
    }

    private static func row(_ name: String, _ values: [Double]) -> Row {
        let sorted = values.sorted()
        guard let first = sorted.first else { return Row(name: name, medianMs: 0, minMs: 0) }
        let middle = sorted.count / 2
        let median = sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
        return Row(name: name, medianMs: median, minMs: first)
    }
}
