import RapporteurEvaluation
import RapporteurKit

/// The same workload at growing input sizes, and whether its time grows linearly with the words.
struct BenchGrowth: Codable {
    /// One phase's growth from the smallest to the largest input.
    struct PhaseRatio: Codable {
        /// The phase, or `total`.
        var name: String
        /// Median at the largest size over median at the smallest.
        var ratio: Double
    }

    /// The size factors, smallest first.
    var factors: [Int]
    /// The results per factor, in the same order.
    var results: [BenchResult]
    /// Words at the largest size over words at the smallest.
    var wordRatio: Double
    /// Median total at the largest size over the smallest; about ``wordRatio`` when growth is linear.
    var timeRatio: Double
    /// Ratios per phase and for the total.
    var phaseRatios: [PhaseRatio]

    /// The per-word slow-down from the smallest to the largest size: 1 is linear.
    var perWordRatio: Double { wordRatio > 0 ? timeRatio / wordRatio : 0 }

    /// Whether time grows about as fast as the input: the per-word ratio is within 0.75…1.25.
    var isLinear: Bool { (0.75...1.25).contains(perWordRatio) }

    /// Compares results of growing inputs.
    ///
    /// - Parameters:
    ///   - factors: The size factors, smallest first.
    ///   - results: One result per factor; at least one.
    init(factors: [Int], results: [BenchResult]) {
        self.factors = factors
        self.results = results
        let first = results.first
        let last = results.last
        func ratio(_ large: Double?, _ small: Double?) -> Double {
            guard let large, let small, small > 0 else { return 0 }
            return large / small
        }
        wordRatio = ratio(last.map { Double($0.outcome.words) }, first.map { Double($0.outcome.words) })
        timeRatio = ratio(last?.total.medianMs, first?.total.medianMs)
        phaseRatios =
            BenchmarkPhase.allCases.map { phase in
                PhaseRatio(name: phase.rawValue, ratio: ratio(last?.median(phase), first?.median(phase)))
            } + [PhaseRatio(name: "total", ratio: timeRatio)]
    }

    /// A one-line verdict for people.
    var verdict: String {
        let numbers = "\(BenchTable.fixed(timeRatio)) for \(BenchTable.fixed(wordRatio))× the words (\(BenchTable.fixed(perWordRatio)) per word)"
        if isLinear { return "time ratio largest/smallest: \(numbers): linear" }
        let direction = perWordRatio > 1 ? "grows faster than the input" : "grows slower than the input (fixed costs dominate)"
        return "time ratio largest/smallest: \(numbers): NOT linear, \(direction)"
    }
}
