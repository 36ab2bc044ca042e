import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurEvaluation

/// The lead baseline: the first sentences of the transcript, as many as come closest to the reference length.
@Suite struct BaselineLeadTests {
    /// Four sentences of 3, 5, 2 and 6 words: the leads have 3, 8, 10 and 16 words.
    static let transcript = Sample.transcript([
        ("Chair", ["Welcome, dear colleagues.", "We discuss the budget today."]),
        ("Ana", ["Thank you.", "The budget needs two more teachers."]),
    ])

    @Test func sampleSentencesHaveTheWordCountsTheCasesAssume() {
        #expect(Self.transcript.sentences.map { WordCounter.count($0.text) } == [3, 5, 2, 6])
    }

    @Test(arguments: [
        (target: 1, ids: [1]),
        (target: 5, ids: [1]),
        (target: 6, ids: [1, 2]),
        (target: 9, ids: [1, 2]),  // 8 and 10 words are equally close: the shorter lead wins
        (target: 10, ids: [1, 2, 3]),
        (target: 13, ids: [1, 2, 3]),  // 10 and 16 words are equally close
        (target: 14, ids: [1, 2, 3, 4]),
        (target: 500, ids: [1, 2, 3, 4]),
    ])
    func choosesTheLeadWhoseWordCountIsClosestToTheTarget(target: Int, ids: [Int]) {
        #expect(LeadBaseline.leadingSentences(Self.transcript.sentences, targetWords: target).map(\.id) == ids)
    }

    @Test func emptyTranscriptGivesAnEmptyLead() {
        #expect(LeadBaseline.leadingSentences([], targetWords: 100).isEmpty)
    }

    @Test func targetIsTheReferenceSummaryLengthOrTheDefault() {
        #expect(LeadBaseline.targetWords(reference: MeetingReference(generalSummary: "The team chose a rubber case.")) == 6)
        #expect(LeadBaseline.targetWords(reference: MeetingReference(qmsumGeneralSummary: "Only QMSum.")) == LeadBaseline.defaultWords)
        #expect(LeadBaseline.targetWords(reference: nil) == LeadBaseline.defaultWords)
        #expect(LeadBaseline.defaultWords == 150)
    }

    @Test func reportSummaryCopiesAndCitesTheLeadAndGeneratesNothingElse() {
        let speakers = [
            SpeakerSection(name: "Chair", statistics: SpeakerStatistics(words: 7, turns: 1, sentences: 2, wordShare: 0.5)),
            SpeakerSection(name: "Ana", statistics: SpeakerStatistics(words: 7, turns: 1, sentences: 2, wordShare: 0.5)),
        ]
        let report = LeadBaseline.report(
            transcript: Self.transcript,
            speakers: speakers,
            session: SessionInfo(title: "Budget"),
            targetWords: 7,
            generator: "Rapporteur test",
            createdAt: "2026-01-01T00:00:00Z"
        )
        #expect(report.summary == [CitedText("Welcome, dear colleagues. We discuss the budget today.", citations: [1, 2])])
        #expect(report.speakers == speakers)
        #expect(report.keyPoints == KeyPoints())
        #expect(report.takeaways == Takeaways())
        #expect(report.transcript == Self.transcript.sentences)
        #expect(report.metadata.model == nil)
        #expect(report.metadata.usage == RunMetadata.Usage())

        let grounding = Evaluation.groundingCheck(report: report)
        #expect(grounding.items == 1)
        #expect(grounding.itemsWithValidCitations == 1)
    }

    @Test func leadEqualToTheReferenceScoresFullROUGE() {
        let reference = MeetingReference(generalSummary: "Welcome, dear colleagues. We discuss the budget today.")
        let report = LeadBaseline.report(
            transcript: Self.transcript,
            speakers: [],
            session: SessionInfo(title: "Budget"),
            targetWords: LeadBaseline.targetWords(reference: reference),
            generator: "Rapporteur test",
            createdAt: "2026-01-01T00:00:00Z"
        )
        let evaluation = Evaluation.evaluate(report: report, reference: reference, meeting: "budget")
        #expect(evaluation.summary?.r1.f1 == 1)
        #expect(evaluation.summary?.rL.f1 == 1)
    }
}
