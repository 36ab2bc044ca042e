import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurEvaluation

@Suite struct EvaluationGroundingTests {
    /// A report whose every item is grounded in ``EvaluationSample/transcript``.
    static func groundedReport() -> Report {
        let argument = Argument(
            id: "a1",
            speaker: "Marketing",
            claim: "Users lose remotes",
            explanation: CitedText("40% of users lose their remote, and people aged 15 to 35 want speech recognition.", citations: [3, 4]),
            citations: [3]
        )
        let comment = ThoughtProvokingComment(
            quote: "People aged fifteen to thirty-five want \"speech recognition\"",
            speaker: "Marketing",
            reason: "It names the 15 to 35 target group.",
            impact: "The team set its target.",
            citations: [4]
        )
        let takeaways = Takeaways(
            actionItems: [Takeaways.ActionItem(text: "The industrial designer will work on the components concept.", citations: [5])],
            unresolvedIssues: [CitedText("Whether 1,429,100 in total is affordable.", citations: [2])]
        )
        return EvaluationSample.report(
            summary: [CitedText("The team chose regular batteries and a budget of 12.50 euros per unit.", citations: [1, 2])],
            speakers: [EvaluationSample.speaker("Marketing", words: 200, arguments: [argument])],
            takeaways: takeaways,
            thoughtProvoking: [comment]
        )
    }

    @Test func cleanReportPassesEveryCheck() {
        var check = Evaluation.groundingCheck(report: Self.groundedReport())
        // The comment's reason ("It names the 15 to 35 target group. The team set its target.") is the report's
        // judgment: sentence 4 does not say it, so the support test fails it.
        #expect(
            check.support == [
                SectionSupport(section: "summary", items: 1, supported: 1),
                SectionSupport(section: "arguments", items: 2, supported: 2),
                SectionSupport(section: "actionItems", items: 1, supported: 1),
                SectionSupport(section: "unresolvedIssues", items: 1, supported: 1),
                SectionSupport(section: "thoughtProvoking", items: 1, supported: 0),
            ]
        )
        check.support = []
        #expect(
            check
                == GroundingCheck(
                    items: 5,
                    itemsWithCitations: 5,
                    itemsWithValidCitations: 5,
                    quotes: 1,
                    quotesVerbatim: 1,
                    numbers: 7,
                    numbersSupported: 7
                )
        )
    }

    @Test func aSummaryItsCitationsDoNotSayIsUnsupported() {
        var report = Self.groundedReport()
        report.summary = [CitedText("The team chose regular batteries. Marketing resigned over the speech recognition plan.", citations: [1, 4])]
        let summary = Evaluation.groundingCheck(report: report).support.first { $0.section == "summary" }
        #expect(summary == SectionSupport(section: "summary", items: 1, supported: 0))
    }

    enum Plant: String, CaseIterable, Sendable {
        case missingCitation, otherSpeakersSentence, paraphrasedQuote, paraphrasedInlineQuote, inventedNumber, uncitedItem

        func apply(to report: inout Report) {
            switch self {
            case .missingCitation: report.summary[0].citations.append(99)
            case .otherSpeakersSentence: report.speakers[0].arguments[0].citations.append(5)
            case .paraphrasedQuote: report.thoughtProvoking[0].quote = "people between fifteen and thirty-five want speech recognition"
            case .paraphrasedInlineQuote: report.summary[0].text += " He said “we will use ordinary batteries”."
            case .inventedNumber: report.summary[0].text += " Three prototypes cost 3,000 euros."
            case .uncitedItem: report.takeaways.keyTakeaways.append(CitedText("Batteries matter."))
            }
        }

        /// (items, valid citations, quotes, verbatim quotes, numbers, supported numbers) and a failure fragment.
        var expected: (counts: [Int], failure: String?) {
            switch self {
            case .missingCitation: ([5, 4, 1, 1, 7, 7], "summary[0]: citation 99 is not in the transcript")
            case .otherSpeakersSentence: ([5, 4, 1, 1, 7, 7], "arguments[a1]: citation 5 is Industrial Designer's, not Marketing's")
            case .paraphrasedQuote: ([5, 5, 1, 0, 7, 7], "thoughtProvoking[0]: quote")
            case .paraphrasedInlineQuote: ([5, 5, 2, 1, 7, 7], "summary[0]: quote \"we will use ordinary batteries\"")
            case .inventedNumber: ([5, 5, 1, 1, 8, 7], "summary[0]: number 3,000 is not in the cited sentences")
            case .uncitedItem: ([6, 5, 1, 1, 7, 7], nil)
            }
        }
    }

    @Test(arguments: Plant.allCases)
    func plantedFaultIsCaught(_ plant: Plant) {
        var report = Self.groundedReport()
        plant.apply(to: &report)
        let check = Evaluation.groundingCheck(report: report)
        let counts = [check.items, check.itemsWithValidCitations, check.quotes, check.quotesVerbatim, check.numbers, check.numbersSupported]
        #expect(counts == plant.expected.counts)
        if let failure = plant.expected.failure {
            #expect(check.failures.count == 1)
            #expect(check.failures.first?.hasPrefix(failure) == true, "\(check.failures)")
        } else {
            #expect(check.failures.isEmpty)
        }
    }

    @Test(
        arguments: [
            ("Revenue rose 40% to $1,429,100 in 2020.", ["40%", "1,429,100", "2020"], [40, 1_429_100, 2020]),
            ("Version 1.5, then 2; COVID-19.", ["1.5", "2", "19"], [1.5, 2, 19]),
            ("No digits here.", [], []),
        ] as [(String, [String], [Double])]
    )
    func findsDigitNumberTokens(text: String, tokens: [String], values: [Double]) {
        let found = NumberTokens.digitTokens(in: text)
        #expect(found.map(\.text) == tokens)
        #expect(found.compactMap(\.value) == values)
    }

    @Test(
        arguments: [
            ("aged fifteen to thirty-five", [15, 35]),
            ("five hundred million dollars", [500, 500_000_000]),
            ("one hundred and twenty people", [120]),
            ("one two", [1, 2]),
            ("fifteen two", [15, 2]),
            ("twenty twenty", [20, 20]),
            ("nothing numeric", []),
        ] as [(String, [Double])]
    )
    func readsNumbersWrittenInWords(text: String, values: [Double]) {
        #expect(NumberTokens.wordValues(in: text) == values)
    }

    @Test(arguments: [
        ("We must act now", "Well, we   must act now, he said.", true),
        ("“We must act now.”", "we must act now", true),
        ("we must … now", "We must act now", true),
        ("now ... we must", "We must act now", false),
        ("we should act now", "We must act now", false),
        ("don’t stop", "Don't stop!", true),
        ("", "anything", false),
    ])
    func quoteIsVerbatimAfterNormalising(quote: String, source: String, verbatim: Bool) {
        #expect(GroundingChecker.isVerbatim(quote, in: source) == verbatim)
    }

    @Test func theIndependentCheckReadsTheSessionsNamedTermsAsNames() {
        let transcript = [
            "The COVID-19 committee meets.", "COVID-19 hit seniors.", "COVID-19 programs paid 12 claims.", "Seniors need help.",
        ]
        .enumerated().map { Sentence(id: $0.offset + 1, speaker: "Chair", text: $0.element, turn: 0) }
        let check = GroundingChecker(transcript: transcript).check([
            GroundedItem("summary[0]", text: "The COVID-19 committee discussed seniors.", citations: [4]),
            GroundedItem("summary[1]", text: "COVID-19 programs paid 13 claims.", citations: [3]),
            GroundedItem("summary[2]", text: "19 programs.", citations: [2]),
        ])
        #expect(check.numbers == 2 && check.numbersSupported == 0)
        #expect(check.failures == ["summary[1]: number 13 is not in the cited sentences", "summary[2]: number 19 is not in the cited sentences"])
    }

    @Test func inlineQuotesNeedThreeWords() {
        let text = "He called it “a real problem for users” and said \"fine\" twice, then \"we can do it\"."
        #expect(GroundingChecker.inlineQuotes(in: text) == ["a real problem for users", "we can do it"])
    }
}
