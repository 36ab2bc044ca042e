import RapporteurEvaluation
import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurCLI

/// How `rapporteur bench` summarises its timings: medians and minima per phase, which phases count towards the total
/// and the target, and when growth is called linear. No timed assertions.
@Suite struct BenchResultTests {
    static let outcome = BenchmarkOutcome(
        bytes: 100,
        words: 2_000,
        turns: 3,
        sentences: 4,
        speakers: 2,
        arguments: 1,
        groundingFailures: 0,
        renderedBytes: [1, 2, 3, 4]
    )

    /// A run in which every phase took `milliseconds`.
    static func run(_ milliseconds: Double) -> [BenchmarkPhase: Double] {
        Dictionary(uniqueKeysWithValues: BenchmarkPhase.allCases.map { ($0, milliseconds) })
    }

    static func result(words: Int = 2_000, runs: [[BenchmarkPhase: Double]]) -> BenchResult {
        var outcome = outcome
        outcome.words = words
        return BenchResult(input: "t.txt", runs: runs, outcome: outcome, targetLimitMs: 100)
    }

    @Test func medianAndMinimumArePerPhaseOverTheRepetitions() {
        let odd = Self.result(runs: [Self.run(3), Self.run(1), Self.run(2)])
        #expect(odd.phases.map(\.medianMs) == Array(repeating: 2, count: BenchmarkPhase.allCases.count))
        #expect(odd.phases.map(\.minMs) == Array(repeating: 1, count: BenchmarkPhase.allCases.count))
        let even = Self.result(runs: [Self.run(4), Self.run(1), Self.run(2), Self.run(3)])
        #expect(even.median(.verify) == 2.5)
    }

    @Test func totalLeavesOutTheStandInReportAndTargetAlsoLeavesOutVerification() {
        var run = Self.run(1)
        run[.buildReport] = 1_000
        run[.verify] = 10
        let result = Self.result(runs: [run])
        #expect(result.total.medianMs == 16)
        #expect(result.target.medianMs == 6)
        #expect(result.meetsTarget)
        #expect(result.totalPerThousandWords == 8)
    }

    @Test(arguments: [(8.0, true), (9.5, true), (12.0, false), (4.0, false)])
    func growthIsLinearWhenTimeGrowsLikeTheWords(largestTime: Double, isLinear: Bool) {
        let small = Self.result(words: 1_000, runs: [Self.run(1)])
        let large = Self.result(words: 8_000, runs: [Self.run(largestTime)])
        let growth = BenchGrowth(factors: [1, 8], results: [small, large])
        #expect(growth.wordRatio == 8)
        #expect(abs(growth.timeRatio - largestTime) < 1e-9)
        #expect(growth.isLinear == isLinear)
        #expect(growth.verdict.hasSuffix(": linear") == isLinear)
    }

    @Test func theTableNamesEveryPhaseAndTheTargetVerdict() {
        let table = BenchTable.render(Self.result(runs: [Self.run(30)]))
        for phase in BenchmarkPhase.allCases { #expect(table.contains(phase.rawValue)) }
        #expect(table.contains("limit 100.00 ms: MISSED (median 180.00 ms)"))
    }

    @Test func tablesMatchTheirGoldenFiles() throws {
        var run = Self.run(1.5)
        run[.buildReport] = 40
        let single = Self.result(runs: [run, Self.run(2)])
        try expectGolden(BenchTable.render(single), named: "bench-file", ext: "txt")
        let growth = BenchGrowth(
            factors: [1, 2],
            results: [Self.result(words: 1_000, runs: [Self.run(1)]), Self.result(words: 2_000, runs: [Self.run(2.1)])]
        )
        try expectGolden(BenchTable.render(growth), named: "bench-growth", ext: "txt")
    }
}
