import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

/// The support check on the Senedd excerpt (`Fixtures/senedd-cype-2020-04-education-excerpt.txt`), with the items
/// the issue saw in a report of it: each passed the older checks (IDs exist, right speaker) and says something its
/// citations do not.
@Suite struct SupportVerifierTests {
    static func excerptText() throws -> String {
        let name = "senedd-cype-2020-04-education-excerpt"
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func load(_ text: String) throws -> Transcript {
        TranscriptBuilder.build(try TranscriptReader.read(Data(text.utf8), name: "excerpt.txt"), source: "excerpt.txt")
    }

    static func excerpt() throws -> Transcript { try load(excerptText()) }

    static let sian = "Sian Gwenllian AM"
    static let kirsty = "Kirsty Williams AM"
    static let lynne = "Lynne Neagle AM"

    static func report(_ transcript: Transcript, _ edit: (inout Report) -> Void) -> Report {
        var report = Report(
            session: SessionInfo(title: "Senedd excerpt"),
            speakers: [sian, kirsty, lynne].map {
                SpeakerSection(name: $0, statistics: SpeakerStatistics(words: 1, turns: 1, sentences: 1, wordShare: 0))
            },
            disclaimer: "",
            transcript: transcript.sentences,
            metadata: RunMetadata(generator: "test", createdAt: "now")
        )
        edit(&report)
        return report
    }

    static func argument(_ speaker: String, _ claim: String, citations: [Int]) -> Argument {
        Argument(id: "a1", speaker: speaker, claim: claim, explanation: CitedText(""), citations: citations)
    }

    static func verify(_ report: Report) -> SupportVerifier.Outcome {
        SupportVerifier(sentences: report.transcript).verify(report)
    }

    @Test func anArgumentCitingTheWrongSentencesIsCitedToTheOneThatSaysIt() throws {
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.speakers[0].arguments = [
                    Self.argument(Self.sian, "Testing is crucially important in dealing with this crisis", citations: [15, 25])
                ]
            }
        )
        let argument = outcome.report.speakers[0].arguments.first
        #expect(argument?.citations == [24])
        #expect(argument?.support == 1)
        #expect(outcome.counts[.arguments]?.recited == 1)
    }

    @Test func anotherSpeakersWordsInACardAreAMisattributionAndDropped() throws {
        let claim = "Can I make it absolutely clear, the week before last, Welsh Government issued new guidance around who should be tested"
        let outcome = Self.verify(Self.report(try Self.excerpt()) { $0.speakers[0].arguments = [Self.argument(Self.sian, claim, citations: [26])] })
        #expect(outcome.report.speakers[0].arguments.isEmpty)
        #expect(outcome.counts[.arguments]?.misattributed == 1)
        #expect(outcome.problems.contains { $0.contains("another speaker's words, not Sian Gwenllian AM's") })
    }

    @Test func aStatementIsNeverAnActionItem() throws {
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.takeaways.actionItems = [
                    Takeaways.ActionItem(text: "Testing is crucially important in dealing with this crisis", owner: Self.kirsty, citations: [24])
                ]
            }
        )
        #expect(outcome.report.takeaways.actionItems.isEmpty)
        #expect(outcome.counts[.actionItems]?.dropped == 1)
    }

    @Test func aCommitmentIsAnActionItemOwnedByWhoCommits() throws {
        let transcript = try Self.load(
            """
                Lynne Neagle AM: Thank you, Minister, for your answers on the hubs and on testing of school staff today.
                Kirsty Williams AM: I will write to the committee with the number of teachers tested for COVID-19 in the hubs.
                Sian Gwenllian AM: Thank you. The committee will look at the letter on testing of staff in the hubs.
            """
        )
        let outcome = Self.verify(
            Self.report(transcript) {
                $0.takeaways.actionItems = [
                    Takeaways.ActionItem(text: "Write to the committee with the number of teachers tested", owner: Self.sian, citations: [3])
                ]
            }
        )
        let item = try #require(outcome.report.takeaways.actionItems.first)
        #expect(item.citations == [2])
        #expect(item.owner == Self.kirsty)
    }

    @Test func aTakeawayCopyingASentenceCitesThatSentence() throws {
        let text = "The smooth operation of the hubs, with regard to health and safety, is, of course, of paramount importance."
        let outcome = Self.verify(Self.report(try Self.excerpt()) { $0.takeaways.keyTakeaways = [CitedText(text, citations: [20])] })
        #expect(outcome.report.takeaways.keyTakeaways.map(\.citations) == [[19]])
    }

    @Test func aSupportedItemKeepsItsCitationsAndGetsItsScore() throws {
        let text = "Kirsty Williams said 518 school hubs are open each day, with up to 4,200 children attending."
        let outcome = Self.verify(Self.report(try Self.excerpt()) { $0.summary = [CitedText(text, citations: [10])] })
        #expect(outcome.report.summary.map(\.citations) == [[10]])
        #expect(outcome.report.summary.first?.support == 1)
        #expect(outcome.counts[.summary]?.supported == 1)
    }

    @Test func aParagraphLosesItsUnsupportedSentenceAndKeepsTheRest() throws {
        let paragraph = "Public Health Wales reported that 15 teachers had been tested for COVID-19. The committee then met on Thursday 18 April."
        let outcome = Self.verify(Self.report(try Self.excerpt()) { $0.summary = [CitedText(paragraph, citations: [27])] })
        #expect(outcome.report.summary.map(\.text) == ["Public Health Wales reported that 15 teachers had been tested for COVID-19."])
        #expect(outcome.problems.contains { $0.contains("Thursday") })
    }

    @Test(arguments: [
        ("15 teachers have been tested and 3 results came back positive.", "the number 3"),
        ("The Scottish Government issued guidance around testing.", "the name \"scottish\""),
        ("The speakers argued about the importance of the issue.", "no transcript sentence supports it"),
        ("The committee approved new guidance around who should be tested.", "records \"approv"),
        ("The minister disagreed about new guidance around who should be tested.", "records \"disagre"),
    ])
    func unsupportedStatementsAreDropped(text: String, reason: String) throws {
        let outcome = Self.verify(Self.report(try Self.excerpt()) { $0.takeaways.keyTakeaways = [CitedText(text, citations: [27, 28])] })
        #expect(outcome.report.takeaways.keyTakeaways.isEmpty)
        #expect(outcome.problems.contains { $0.contains(reason) }, "\(outcome.problems)")
    }

    @Test func aQuoteMustBeVerbatimInItsSpeakersSentences() throws {
        let quote = "The smooth operation of the hubs, with regard to health and safety, is, of course, of paramount importance."
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.thoughtProvoking = [
                    ThoughtProvokingComment(quote: quote, speaker: Self.kirsty, reason: "", impact: "", citations: [18]),
                    ThoughtProvokingComment(
                        quote: "Testing matters more than anything.",
                        speaker: Self.sian,
                        reason: "",
                        impact: "",
                        citations: [24]
                    ),
                ]
            }
        )
        #expect(outcome.report.thoughtProvoking.map(\.citations) == [[19]])
    }

    @Test func anAgreementCitesASentenceOfEachParty() throws {
        let excerpt = try Self.excerpt()
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.agreements.points = [
                    Agreements.Point(
                        title: "Testing of school staff",
                        speakers: [Self.sian, Self.kirsty],
                        explanation: "Testing of school staff for COVID matters",
                        citations: [25]
                    )
                ]
            }
        )
        let point = try #require(outcome.report.agreements.points.first)
        #expect(Set(point.citations.map { excerpt.sentences[$0 - 1].speaker }) == [Self.sian, Self.kirsty])
    }

    @Test func theCountsGoIntoTheMetadataAndTheProblemsIntoTheDiagnostics() throws {
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.takeaways.keyTakeaways = [CitedText("Testing is crucially important in dealing with this crisis.", citations: [24])]
                $0.takeaways.compromises = [CitedText("The speakers agreed on everything.", citations: [24])]
            }
        )
        let report = outcome.reportWithCounts
        let takeaways = report.metadata.verification.first { $0.section == "keyTakeaways" }
        #expect(takeaways?.kept == 1 && takeaways?.supported == 1 && takeaways?.recited == 0)
        #expect(report.metadata.verification.first { $0.section == "compromises" }?.dropped == 1)
        #expect(report.diagnostics.contains { $0.stage == "support" && $0.message.contains("compromises[0]") })
    }

    @Test func everyKeptItemIsSupportedByItsCitations() throws {
        let check = SupportCheck(sentences: try Self.excerpt().sentences)
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.summary = [
                    CitedText("518 school hubs are open each day. Testing is crucially important. Nobody spoke of exams.", citations: [1, 2])
                ]
                $0.speakers[1].arguments = [Self.argument(Self.kirsty, "Local authorities report incidents about operation issues", citations: [22])]
            }
        )
        let items = outcome.report.citedItems
        #expect(!items.isEmpty)
        for item in items {
            for sentence in SentenceSplitter.split(item.text) {
                #expect(check.score(sentence, citations: item.citations).score >= SupportCheck.threshold, "\(item.location): \(sentence)")
            }
        }
    }

    @Test(arguments: [
        "Sian Gwenllian AM states that Welsh Government issued new guidance around who should be tested.",
        "Kirsty Williams AM stated that testing is crucially important in dealing with this crisis.",
    ])
    func aSentenceNamingTheWrongSpeakerIsAMisattribution(text: String) throws {
        let outcome = Self.verify(Self.report(try Self.excerpt()) { $0.narrative.executiveSummary = [CitedText(text, citations: [24, 28, 29])] })
        #expect(outcome.report.narrative.executiveSummary.isEmpty)
        #expect(outcome.counts[.narrative]?.misattributed == 1)
    }

    @Test func aSentenceNamingTheRightSpeakerCitesOnlyTheirSentences() throws {
        let text = "Siân Gwenllian said testing is crucially important in dealing with this crisis."
        let outcome = Self.verify(Self.report(try Self.excerpt()) { $0.summary = [CitedText(text, citations: [27, 28])] })
        #expect(outcome.report.summary.map(\.citations) == [[24]])
    }

    @Test func aParagraphThatRepeatsAnEarlierOneIsLeftOut() throws {
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.summary = [
                    CitedText(
                        "The smooth operation of the hubs and testing for professionals working in the hubs were discussed.",
                        citations: [19, 29]
                    ),
                    CitedText("The speakers argued about the importance of testing for professionals working in those hubs.", citations: [29]),
                    CitedText("Local authorities report incidents about operation issues on the ground.", citations: [23]),
                ]
            }
        )
        #expect(outcome.report.summary.map(\.citations) == [[19, 29], [23]])
        #expect(outcome.problems.contains { $0.contains("repeats what the section already says") })
    }

    @Test func aQuestionTheMinisterAnsweredIsNoUnresolvedIssue() throws {
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.takeaways.unresolvedIssues = [
                    CitedText("How many school staff have been tested for COVID because they may have experienced symptoms?", citations: [25]),
                    CitedText("How important is testing going to be in this next phase, as restrictions are relaxed?", citations: [31]),
                ]
            }
        )
        #expect(outcome.report.takeaways.unresolvedIssues.map(\.citations) == [[31]])
        #expect(outcome.problems.contains { $0.contains("the question in sentence 25 was answered in sentence 2") })
    }

    @Test func anIssueRestingOnNoOpenQuestionOrDifferenceIsDropped() throws {
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.takeaways.unresolvedIssues = [CitedText("The change of pattern over time since schools closed.", citations: [20])]
            }
        )
        #expect(outcome.report.takeaways.unresolvedIssues.isEmpty)
        #expect(outcome.problems.contains { $0.contains("rests on no unanswered question and no difference") })
    }

    @Test func aLongReplySpreadOverSeveralSentencesAnswersTheQuestion() throws {
        let outcome = Self.verify(
            Self.report(try Self.excerpt()) {
                $0.followUpQuestions = [
                    FollowUpQuestion(
                        question: "How much confidence is there that the arrangements are effective for the safety of staff and children?",
                        explanation: "",
                        citations: [17]
                    )
                ]
            }
        )
        #expect(outcome.report.followUpQuestions.isEmpty)
        #expect(outcome.problems.contains { $0.contains("the question in sentence 17 was answered in sentence") })
    }

    @Test func aNearbyCommitmentOfOtherWordsMakesNoStatementAnActionItem() throws {
        let transcript = try Self.load(
            """
            Lynne Neagle AM: I will start with the hubs and testing, then the summer term and its guidance for schools.
            Kirsty Williams AM: Testing is crucially important for the professionals working in our hubs.
            """
        )
        let outcome = Self.verify(
            Self.report(transcript) {
                $0.takeaways.actionItems = [
                    Takeaways.ActionItem(text: "Testing is crucially important for the professionals working in our hubs", citations: [2])
                ]
            }
        )
        #expect(outcome.report.takeaways.actionItems.isEmpty)
    }
}
