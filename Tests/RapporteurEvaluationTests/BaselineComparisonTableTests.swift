import RapporteurKit
import Testing

@testable import RapporteurEvaluation

/// The side-by-side table of the pipeline and its baselines.
@Suite struct BaselineComparisonTableTests {
    static func evaluation(_ meeting: String, r1: Double, covered: Int) -> MeetingEvaluation {
        let score = RougeScore(precision: r1, recall: r1, f1: r1)
        return MeetingEvaluation(
            meeting: meeting,
            summary: SummaryOverlap(r1: score, r2: score, rL: score),
            speakerCoverage: SpeakerCoverage(eligible: 2, covered: covered),
            grounding: GroundingCheck(items: 4, itemsWithCitations: covered, itemsWithValidCitations: covered)
        )
    }

    static let pipeline = [evaluation("a", r1: 0.5, covered: 2), evaluation("b", r1: 0.25, covered: 1)]
    static let lead = evaluation("a", r1: 0.125, covered: 0)

    @Test func singleSystemTableEqualsTheEvaluationTable() {
        let system = ComparisonTableRenderer.System(name: "pipeline", cells: Self.pipeline.map { .evaluated($0) })
        #expect(ComparisonTableRenderer.terminal(meetings: ["a", "b"], systems: [system]) == EvaluationTableRenderer.terminal(Self.pipeline))
        #expect(ComparisonTableRenderer.markdown(meetings: ["a", "b"], systems: [system]) == EvaluationTableRenderer.markdown(Self.pipeline))
    }

    @Test func eachMetricHasOneRowPerSystemAndMissingMeetingsShowTheirLabel() throws {
        let systems = [
            ComparisonTableRenderer.System(name: "pipeline", cells: Self.pipeline.map { .evaluated($0) }),
            ComparisonTableRenderer.System(name: "lead", cells: [.evaluated(Self.lead), .missing("not run")]),
        ]
        let rows = ComparisonTableRenderer.rows(columns: 2, systems: systems)
        let plain = EvaluationTableRenderer.rows(Self.pipeline)
        #expect(rows.count == 2 * plain.count)
        #expect(rows.map(\.metric).prefix(2) == ["\(plain[0].metric) — pipeline", "\(plain[0].metric) — lead"])

        let leadSummary = try #require(rows.first { $0.metric == "Summary ROUGE-1 F1 — lead" })
        #expect(leadSummary.cells == ["0.125", "not run"])
        #expect(leadSummary.combined == "0.125")
        let pipelineSummary = try #require(rows.first { $0.metric == "Summary ROUGE-1 F1 — pipeline" })
        #expect(pipelineSummary.cells == ["0.500", "0.250"])
        #expect(pipelineSummary.combined == "0.375")

        let markdown = ComparisonTableRenderer.markdown(meetings: ["a", "b"], systems: systems)
        #expect(markdown.contains("| Summary ROUGE-1 F1 — lead | 0.125 | not run | 0.125 |"))
    }

    @Test func aSystemWithNoEvaluatedMeetingHasADashInTheAllColumn() throws {
        let systems = [
            ComparisonTableRenderer.System(name: "pipeline", cells: [.missing("failed"), .missing("failed")]),
            ComparisonTableRenderer.System(name: "lead", cells: [.evaluated(Self.lead), .missing("not run")]),
        ]
        let rows = ComparisonTableRenderer.rows(columns: 2, systems: systems)
        let pipelineRows = rows.filter { $0.metric.hasSuffix(" — pipeline") }
        #expect(!pipelineRows.isEmpty)
        #expect(pipelineRows.allSatisfy { $0.cells == ["failed", "failed"] && $0.combined == EvaluationTableRenderer.dash })
        let coverage = try #require(rows.first { $0.metric.hasPrefix("Speakers") && $0.metric.hasSuffix(" — lead") })
        #expect(coverage.combined == "0/2")
    }
}
