import Foundation
import RapporteurEvaluation
import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct EvaluationTableTests {
    static func score(_ f1: Double) -> RougeScore {
        RougeScore(precision: f1, recall: f1, f1: f1)
    }

    static func items(_ f1: Double, matched: Int, oneToOne: Int, of total: Int, reportMatched: Int) -> ItemMatch {
        ItemMatch(
            rouge1: score(f1),
            rouge2: score(f1),
            rougeL: score(f1),
            referenceItems: total,
            reportItems: 4,
            matchedReferenceItems: matched,
            matchedOneToOne: oneToOne,
            matchedReportItems: reportMatched,
            threshold: 0.2
        )
    }

    /// Two meetings with hand-chosen values: one with a full reference, one with none (like the IGF item).
    static let evaluations: [MeetingEvaluation] = [
        MeetingEvaluation(
            meeting: "ami_ES2002b",
            summary: SummaryOverlap(r1: score(0.4), r2: score(0.1), rL: score(0.3)),
            qmsumSummary: SummaryOverlap(r1: score(0.5), r2: score(0.2), rL: score(0.35)),
            speakerPositions: SpeakerPositions(
                queries: [
                    .init(speaker: "Marketing", query: "q1", reportSpeaker: "Marketing", rougeL: score(0.5)),
                    .init(speaker: "Boss", query: "q2", reportSpeaker: nil, rougeL: .zero),
                ],
                unmatchedSpeakers: ["Boss"]
            ),
            decisions: items(0.25, matched: 3, oneToOne: 2, of: 8, reportMatched: 3),
            problems: items(0.2, matched: 1, oneToOne: 1, of: 5, reportMatched: 2),
            talkStatistics: [
                SpeakerError(speaker: "Marketing", reportSpeaker: "Marketing", speechTimeRelError: 0.1, wordsRelError: -0.02, wpmRelError: nil),
                SpeakerError(
                    speaker: "Project Manager",
                    reportSpeaker: "Project Manager",
                    speechTimeRelError: -0.3,
                    wordsRelError: 0.04,
                    wpmRelError: nil
                ),
            ],
            speakerCoverage: SpeakerCoverage(eligible: 4, covered: 3, uncovered: ["User Interface"]),
            grounding: {
                var check = GroundingCheck(
                    items: 10,
                    itemsWithCitations: 10,
                    itemsWithValidCitations: 9,
                    quotes: 2,
                    quotesVerbatim: 2,
                    numbers: 4,
                    numbersSupported: 3
                )
                check.support = [
                    SectionSupport(section: "summary", items: 3, supported: 2),
                    SectionSupport(section: "arguments", items: 5, supported: 5),
                ]
                return check
            }()
        ),
        MeetingEvaluation(
            meeting: "igf2020",
            speakerCoverage: SpeakerCoverage(eligible: 2, covered: 1),
            grounding: GroundingCheck(
                items: 5,
                itemsWithCitations: 5,
                itemsWithValidCitations: 5,
                quotes: 1,
                quotesVerbatim: 0,
                numbers: 0,
                numbersSupported: 0
            )
        ),
    ]

    @Test func averagesOverMeetingsThatHaveEachMetric() {
        let average = Evaluation.averaged(Self.evaluations)
        #expect(average.meetings == 2)
        #expect(average.summaryF1 == [0.4, 0.1, 0.3])
        #expect(average.speakerPositionF1 == 0.25)
        #expect((average.speakerQueriesMatched, average.speakerQueries) == (1, 2))
        #expect(
            average.decisions
                == EvaluationAverage.Items(rougeLF1: 0.25, matched: 3, matchedOneToOne: 2, total: 8, matchedReportItems: 3, reportItems: 4)
        )
        #expect(
            average.actions == EvaluationAverage.Items(rougeLF1: nil, matched: 0, matchedOneToOne: 0, total: 0, matchedReportItems: 0, reportItems: 0)
        )
        #expect(abs((average.talkStatisticsError[0] ?? 0) - 0.2) < 1e-12)
        #expect(abs((average.talkStatisticsError[1] ?? 0) - 0.03) < 1e-12)
        #expect(average.talkStatisticsError[2] == nil)
        #expect((average.speakerCoverage.eligible, average.speakerCoverage.covered) == (6, 3 + 1))
        #expect(average.grounding.support.map { "\($0.section) \($0.supported)/\($0.items)" } == ["summary 2/3", "arguments 5/5"])
        var grounding = average.grounding
        grounding.support = []
        #expect(
            grounding
                == GroundingCheck(
                    items: 15,
                    itemsWithCitations: 15,
                    itemsWithValidCitations: 14,
                    quotes: 3,
                    quotesVerbatim: 2,
                    numbers: 4,
                    numbersSupported: 3
                )
        )
    }

    @Test func rendersTerminalTable() throws {
        try expectGolden(EvaluationTableRenderer.terminal(Self.evaluations), named: "evaluation-table", ext: "txt")
    }

    @Test func rendersMarkdownTable() throws {
        try expectGolden(EvaluationTableRenderer.markdown(Self.evaluations), named: "evaluation-table", ext: "md")
    }

    @Test func evaluationRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(Self.evaluations)
        #expect(try JSONDecoder().decode([MeetingEvaluation].self, from: data) == Self.evaluations)
    }

    @Test func evaluateFillsOnlyWhatTheReferenceCanMeasure() {
        let report = EvaluationGroundingTests.groundedReport()
        let reference = MeetingReference(
            generalSummary: "The team chose regular batteries.",
            decisions: ["The remote will use regular batteries."],
            problems: ["Whether the budget is affordable."]
        )
        let evaluation = Evaluation.evaluate(report: report, reference: reference, meeting: "sample")
        #expect(evaluation.summary != nil && evaluation.qmsumSummary == nil && evaluation.speakerPositions == nil)
        #expect(evaluation.decisions?.referenceItems == 1 && evaluation.actions == nil && evaluation.problems?.referenceItems == 1)
        #expect(evaluation.grounding == Evaluation.groundingCheck(report: report))
        let withoutReference = Evaluation.evaluate(report: report, reference: nil, meeting: "igf")
        #expect(withoutReference.summary == nil && withoutReference.decisions == nil && withoutReference.talkStatistics.isEmpty)
        #expect(withoutReference.speakerCoverage == SpeakerCoverage(eligible: 1, covered: 1))
    }
}
