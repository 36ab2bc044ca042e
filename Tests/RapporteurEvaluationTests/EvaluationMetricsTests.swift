import Foundation
import RapporteurEvaluation
import RapporteurKit
import RapporteurTesting
import Testing

/// A small hand-made AMI-like meeting and report for the evaluation tests.
enum EvaluationSample {
    static let transcript: [Sentence] = [
        Sentence(id: 1, speaker: "Project Manager", text: "We will use regular batteries for the remote.", turn: 0),
        Sentence(id: 2, speaker: "Project Manager", text: "The budget is 12.50 euros per unit, about 1,429,100 in total.", turn: 0),
        Sentence(id: 3, speaker: "Marketing", text: "Our survey found that 40% of users lose their remote.", turn: 1),
        Sentence(id: 4, speaker: "Marketing", text: "People aged fifteen to thirty-five want “speech   recognition” badly.", turn: 1),
        Sentence(id: 5, speaker: "Industrial Designer", text: "I will work on the components concept.", turn: 2),
    ]

    static func speaker(
        _ name: String,
        words: Int,
        speechSeconds: Double? = nil,
        wordsPerMinute: Double? = nil,
        arguments: [Argument] = []
    )
        -> SpeakerSection
    {
        let statistics = SpeakerStatistics(
            words: words,
            turns: 1,
            sentences: 1,
            wordShare: 0,
            speechSeconds: speechSeconds,
            wordsPerMinute: wordsPerMinute
        )
        return SpeakerSection(name: name, statistics: statistics, arguments: arguments)
    }

    static func report(
        summary: [CitedText] = [],
        speakers: [SpeakerSection] = [],
        takeaways: Takeaways = Takeaways(),
        thoughtProvoking: [ThoughtProvokingComment] = []
    ) -> Report {
        Report(
            session: SessionInfo(title: "Remote control design"),
            summary: summary,
            speakers: speakers,
            takeaways: takeaways,
            thoughtProvoking: thoughtProvoking,
            disclaimer: "Generated for tests.",
            transcript: transcript,
            metadata: RunMetadata(generator: "tests", createdAt: "2026-01-01T00:00:00Z")
        )
    }
}

@Suite struct EvaluationMetricsTests {
    @Test func talkStatisticsErrorsAreSignedRelativeErrorsAfterNameMatching() {
        let report = EvaluationSample.report(speakers: [EvaluationSample.speaker("project manager", words: 190, speechSeconds: 110)])
        let reference = MeetingReference(talkStatistics: [
            "Project Manager": ReferenceTalkStats(speechSeconds: 100, words: 200, wordsPerMinute: 120),
            "Marketing": ReferenceTalkStats(speechSeconds: 50, words: 80, wordsPerMinute: 96),
        ])
        let errors = Evaluation.talkStatisticsErrors(report: report, reference: reference)
        #expect(errors.map(\.speaker) == ["Marketing", "Project Manager"])
        #expect(errors[0] == SpeakerError(speaker: "Marketing", reportSpeaker: nil, speechTimeRelError: nil, wordsRelError: nil, wpmRelError: nil))
        #expect(errors[1].reportSpeaker == "project manager")
        #expect(abs((errors[1].speechTimeRelError ?? 0) - 0.1) < 1e-12)
        #expect(abs((errors[1].wordsRelError ?? 0) + 0.05) < 1e-12)
        #expect(errors[1].wpmRelError == nil)
    }

    @Test func exactNameWinsOverCaseInsensitiveMatch() {
        let report = EvaluationSample.report(speakers: [
            EvaluationSample.speaker("marketing", words: 10), EvaluationSample.speaker("Marketing", words: 80),
        ])
        let reference = MeetingReference(talkStatistics: ["Marketing": ReferenceTalkStats(words: 80)])
        #expect(Evaluation.talkStatisticsErrors(report: report, reference: reference).first?.wordsRelError == 0)
    }

    @Test(
        arguments: [
            ([(150, 1), (120, 0), (99, 0)], 2, 1),
            ([(100, 2), (300, 1)], 2, 2),
            ([(40, 0)], 0, 0),
        ] as [([(Int, Int)], Int, Int)]
    )
    func speakerCoverageCountsSpeakersWithAHundredWords(speakers: [(Int, Int)], eligible: Int, covered: Int) {
        let sections = speakers.enumerated().map { index, speaker in
            let arguments = (0..<speaker.1).map {
                Argument(id: "a\(index)-\($0)", speaker: "S\(index)", claim: "c", explanation: CitedText("e"), citations: [])
            }
            return EvaluationSample.speaker("S\(index)", words: speaker.0, arguments: arguments)
        }
        let coverage = Evaluation.speakerCoverage(report: EvaluationSample.report(speakers: sections))
        #expect((coverage.eligible, coverage.covered) == (eligible, covered))
        #expect(coverage.uncovered.count == eligible - covered)
    }

    @Test func summaryOverlapJoinsParagraphsAndStems() throws {
        // rouge_score 0.1.2, use_stemmer=True: score("police kill the gunman", "police killed the gunman") is 1.0 for
        // rouge1, rouge2 and rougeL (the paper's S2 once "killed" is stemmed).
        let report = EvaluationSample.report(summary: [CitedText("Police killed"), CitedText("the gunman.")])
        let overlap = try #require(Evaluation.summaryOverlap(report: report, reference: MeetingReference(generalSummary: "police kill the gunman")))
        #expect(overlap.r1.f1 == 1 && overlap.r2.f1 == 1 && overlap.rL.f1 == 1)
        #expect(Evaluation.summaryOverlap(report: report, reference: MeetingReference()) == nil)
    }

    @Test func speakerPositionsScoreMatchedSpeakersAndCountUnmatchedAsZero() {
        let argument = Argument(
            id: "a1",
            speaker: "Hon. Navdeep Bains",
            claim: "Loans for small businesses",
            explanation: CitedText("The government increased the loans."),
            citations: [1]
        )
        let report = EvaluationSample.report(speakers: [EvaluationSample.speaker("Hon. Navdeep Bains", words: 500, arguments: [argument])])
        let reference = MeetingReference(speakerQueries: [
            SpeakerQuery(
                speaker: "Bains",
                query: "What did Bains say about loans?",
                answer: "Loans for small businesses. The government increased the loans."
            ),
            SpeakerQuery(speaker: "Morneau", query: "What did Morneau say about the debt?", answer: "The debt is high."),
            SpeakerQuery(speaker: "Morneau", query: "What did Morneau say about taxes?", answer: "No new taxes."),
        ])
        let positions = Evaluation.speakerPositions(report: report, reference: reference)
        #expect(positions.queries.map(\.reportSpeaker) == ["Hon. Navdeep Bains", nil, nil])
        #expect(positions.queries[0].rougeL.f1 == 1)
        #expect(positions.unmatchedSpeakers == ["Morneau"])
        #expect(positions.matchedQueries == 1)
        #expect(abs((positions.meanF1 ?? 0) - 1.0 / 3.0) < 1e-12)
    }

    // Hand-checked on stemmed tokens, and confirmed with rouge_score 0.1.2 (rougeL, use_stemmer=True): "we will use
    // regular batteri" vs "the remot will use regular batteri": LCS 4, P 4/5, R 4/6, F1 0.727; the teletext item's best
    // report item is "market will watch trend" (LCS 1, P 1/4, R 1/7, F1 0.182 < 0.2), so one of two is matched. From the
    // report's side both items match: "market will watch trend" has F1 exactly 0.2 with the batteries item (LCS 1 "will",
    // P 1/4, R 1/6), the threshold's leniency that `defaultItemThreshold` describes.
    @Test func itemMatchingCountsReferenceItemsWithAGoodEnoughReportItem() {
        let match = Evaluation.itemMatching(
            reportItems: ["We will use regular batteries.", "Marketing will watch trends."],
            referenceItems: ["The remote will use regular batteries.", "The team will not work with teletext."]
        )
        #expect((match.referenceItems, match.reportItems, match.matchedReferenceItems, match.matchedOneToOne) == (2, 2, 1, 1))
        #expect(match.matchedReportItems == 2)
        #expect(match.threshold == 0.2)
        #expect(Evaluation.itemMatching(reportItems: ["x"], referenceItems: ["y"], threshold: 0.1).matchedReferenceItems == 0)
    }

    // One generic item: F1 0.667 with the first reference item (LCS 6 of 12 and 6), 0.632 with the second (LCS 6 of 12
    // and 7); both reach the threshold, but one-to-one it covers only one.
    @Test func oneGenericItemCoversOnlyOneReferenceItemOneToOne() {
        let match = Evaluation.itemMatching(
            reportItems: ["The remote will use regular batteries and will not work with teletext."],
            referenceItems: ["The remote will use regular batteries.", "The team will not work with teletext."]
        )
        #expect((match.matchedReferenceItems, match.matchedOneToOne) == (2, 1))
        #expect(match.matchedReportItems == 1)
    }

    // The other direction: of four report items, two state a reference decision (F1 0.727 as above, and 1.0), and two
    // share no token with either ("thank you steve", "market watch trend"): 2 of 4 report items match. The ICSI
    // report's 45 action items showed why this count is needed: many are no decision or action at all.
    @Test func reportItemsThatMatchNoReferenceItemAreCountedAsSuch() {
        let match = Evaluation.itemMatching(
            reportItems: [
                "We will use regular batteries.", "Thank you, Steve.", "Marketing watches trends.", "The team will not work with teletext.",
            ],
            referenceItems: ["The remote will use regular batteries.", "The team will not work with teletext."]
        )
        #expect((match.matchedReportItems, match.reportItems) == (2, 4))
        #expect((match.matchedReferenceItems, match.matchedOneToOne) == (2, 2))
    }

    @Test(arguments: [([String](), ["a b"]), (["a b"], [String]())])
    func itemMatchingWithAnEmptyListScoresZero(report: [String], reference: [String]) {
        let match = Evaluation.itemMatching(reportItems: report, referenceItems: reference)
        #expect(match.rouge1 == .zero && match.rougeL == .zero && match.matchedReferenceItems == 0)
    }
}
