import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct TextRendererTests {
    /// The headings and field labels of the reference report (`/work/shared/reference`), in its order.
    static let referenceOrder = [
        "Session at a glance", "Summary", "Keypoints", "Major Discussion Points", "Overall Purpose", "Overall Tone", "Speakers",
        "Speakers from the provided list:", "Additional speakers:", "Full session report", "Executive Summary", "Conclusion",
        "Session transcript", "Speech speed", "Speech length", "Speech time", "Explanation", "Evidence", "Major discussion point",
        "Topics", "Agreed with", "Agreed on", "Disagreed with", "Disagreed on", "Agreements", "Agreement points", "Similar viewpoints",
        "Unexpected consensus", "Overall assessment", "Summary", "Consensus level", "Differences", "Different viewpoints",
        "Unexpected differences", "Overall assessment", "Summary", "Disagreement level", "Partial agreements", "Takeaways",
        "Key takeaways", "Resolutions and action items", "Unresolved issues", "Suggested compromises", "Thought provoking comments",
        "Speaker", "Reason", "Impact", "Overall assessment", "Follow-up questions", "Speaker", "Explanation", "Disclaimer",
    ]

    private func lines(_ report: Report) -> [String] {
        TextRenderer().render(report).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func headingsAndLabelsFollowTheReferenceOrder() {
        let lines = lines(FixtureReport.full())
        var position = 0
        for label in Self.referenceOrder {
            let found = lines[position...].firstIndex(of: label)
            #expect(found != nil, "\"\(label)\" missing after line \(position)")
            position = (found ?? position) + 1
        }
    }

    @Test func headerShowsTitleDateTimeAndVenue() {
        let lines = lines(FixtureReport.full())
        #expect(
            Array(lines.prefix(6)) == [
                "Open Forum #42: Meaningful connectivity after WSIS+20", String(repeating: "=", count: 53), "", "24 Jun 2025 10:30h - 11:30h", "",
                "IGF 2025, Lillestrøm, Norway",
            ]
        )
    }

    @Test(arguments: [
        "Agreement points", "Similar viewpoints", "Unexpected consensus", "Different viewpoints", "Unexpected differences", "Partial agreements",
        "Key takeaways", "Resolutions and action items", "Unresolved issues", "Suggested compromises", "Major Discussion Points",
    ])
    func emptySectionSaysNoneIdentified(heading: String) {
        let lines = lines(FixtureReport.hostile())
        let index = lines.firstIndex(of: heading)
        #expect(index.map { lines[($0 + 1)...].first { !$0.isEmpty && !$0.allSatisfy { $0 == "-" } } } == "None identified.")
    }

    @Test func missingAssessmentsAndStatisticsSayNotAvailable() {
        let text = TextRenderer().render(FixtureReport.hostile())
        #expect(text.contains("Overall assessment\n------------------\n\nNot available.\n\nDifferences"))
        #expect(text.contains("Model: none (statistics-only report)"))
        #expect(text.contains("No verification counts recorded."))
    }

    @Test func untimedSpeakerHasNoSpeedOrTimeButHasLength() {
        let text = TextRenderer().render(FixtureReport.full())
        #expect(
            text.contains(
                "Lucas Ferreira\n--------------\n\nSpeech speed\nnot available\n\nSpeech length\n87 words (26.4% of all words)\n\nSpeech time\nnot available"
            )
        )
    }

    @Test func statisticsAreRoundedToIntegersAndSharesToOneDecimal() {
        var report = FixtureReport.hostile()
        report.speakers[0].statistics = SpeakerStatistics(
            words: 441,
            turns: 3,
            sentences: 20,
            wordShare: 0.2346,
            speechSeconds: 190.6,
            timeShare: 0.3449,
            wordsPerMinute: 138.5
        )
        let text = TextRenderer().render(report)
        #expect(
            text.contains(
                "Speech speed\n139 words per minute\n\nSpeech length\n441 words (23.5% of all words)\n\nSpeech time\n191 seconds (34.5% of speech time)"
            )
        )
    }

    @Test func citationsFollowEachItemWithConsecutiveIDsCollapsed() {
        var report = FixtureReport.hostile()
        report.takeaways.keyTakeaways = [CitedText("IGF should become permanent.", citations: [42, 12, 40, 41, 12, 44])]
        #expect(TextRenderer().render(report).contains("- IGF should become permanent. [12][40-42][44]\n"))
    }

    @Test func actionItemsNameTheirOwnerOrSayThereIsNone() {
        let text = TextRenderer().render(FixtureReport.full())
        #expect(text.contains("(Owner: Moderator) [24]"))
        #expect(text.contains("- Agree on indicators of meaningful connectivity (Owner: not named) [23]"))
    }

    @Test func speakersAreSplitIntoRosterAndAdditionalWithIndexLetters() {
        let text = TextRenderer().render(FixtureReport.full())
        #expect(text.contains("Additional speakers:\n\n- Lucas Ferreira – Internet Society Brazil Chapter (role stated in the transcript)"))
        #expect(text.contains("\n\nL\n\nLucas Ferreira\n"))
        #expect(TextRenderer().render(FixtureReport.hostile()).contains("\n\nS\n\n<script>alert(1)</script>\n"))
    }

    @Test func footerShowsRunMetadataVerificationAndDiagnostics() {
        let text = TextRenderer().render(FixtureReport.full())
        #expect(text.contains("Model: qwen2.5-7b-instruct-q4_k_m\n\nEngine: llama.cpp server (local)\n\nCreated: 2025-06-24T12:05:31Z"))
        #expect(
            text.contains(
                "- arguments: 7 kept (1 repaired), 2 dropped; 5 supported as cited, 2 re-cited, 1 misattribution\n- agreements: 2 kept (0 repaired), 0 dropped"
            )
        )
        #expect(text.contains("- error: narrative section \"Next steps\" failed after 2 retries and is left out (stage narrative)"))
    }

    @Test func appendixListsEverySentenceWithTimeWhenKnown() {
        let report = FixtureReport.full()
        let lines = lines(report)
        for sentence in report.transcript {
            #expect(lines.contains { $0.hasPrefix("[\(sentence.id)] ") && $0.hasSuffix(sentence.text) })
        }
        #expect(lines.contains("[11] Lucas Ferreira: It matches, with one caveat."))
        #expect(lines.contains("[4] 00:00:34 Amina Diallo: Thank you, Chair."))
    }
}
