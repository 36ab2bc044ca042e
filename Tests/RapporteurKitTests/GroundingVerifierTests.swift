import RapporteurKit
import RapporteurTesting
import Testing

@Suite struct GroundingVerifierTests {
    let verifier = GroundingVerifier(transcript: Sample.meeting)

    @Test(arguments: [
        ([4], true),
        ([4, 5, 6], true),
        ([], false),
        ([4, 999], false),
        ([0], false),
    ])
    func citationsMustExistAndNotBeEmpty(citations: [Int], passes: Bool) {
        #expect(verifier.checkCitations(citations, item: "x").isEmpty == passes)
    }

    @Test(arguments: [
        ([3, 4, 5], "Alice Ngata", true),
        ([10, 11], "Bruno Costa", true),
        ([4, 11], "Alice Ngata", false),
        ([1], "Alice Ngata", false),
    ])
    func attributedItemCitesOnlyItsSpeaker(citations: [Int], speaker: String, passes: Bool) {
        #expect(verifier.checkAttribution(citations, speaker: speaker, item: "x").isEmpty == passes)
    }

    @Test(arguments: [
        ("Today 2.2 billion people remain offline", [4], true),
        ("  “Today 2.2 billion   people remain offline, most of them in rural areas.”  ", [4], true),
        ("remain offline, most of them in rural areas. We propose that every school", [4, 5], true),
        ("Today 2.2 billion people remain offline", [5], false),
        ("Today two billion people remain offline", [4], false),
        ("today 2.2 billion people remain offline", [4], false),
        ("", [4], false),
    ])
    func quoteMustBeVerbatimAfterNormalisingSpaceAndQuoteMarks(quote: String, citations: [Int], passes: Bool) {
        #expect(verifier.checkQuote(quote, citations: citations, item: "x").isEmpty == passes)
    }

    @Test(arguments: [
        ("About 2.2 billion people are offline.", [4], true),
        ("Schools should be connected by 2030.", [5], true),
        ("The programme reached 40 percent of schools.", [6], true),
        ("A budget of 1429100 dollars was spent.", [6], true),
        ("A budget of 1,429,100 dollars reached 40% of schools.", [6], true),
        ("Maintenance after 5 years is unfunded.", [14], true),
        ("Every school is connected by 2035.", [5], false),
        ("About 2.5 billion people are offline.", [4], false),
        ("The programme reached 40% of schools.", [5], false),
        ("No numbers here at all.", [], true),
    ])
    func everyNumberMustOccurInTheCitedSentences(text: String, citations: [Int], passes: Bool) {
        #expect(verifier.checkNumbers(in: text, citations: citations, item: "x").isEmpty == passes)
    }

    @Test func numberFailureNamesTheNumberAndTheSentences() throws {
        let failure = try #require(verifier.checkNumbers(in: "connected by 2035", citations: [5, 6], item: "argument a1").first)
        #expect(failure.kind == .numberNotCited("2035"))
        #expect(
            failure.description
                == "argument a1: the number 2035 does not occur in sentences [5, 6]; rewrite without it or cite the sentence that has it"
        )
    }

    @Test(arguments: [
        ("Minister of Digital Economy of Kenya", "Alice Ngata", [2], true),
        ("director of the Open Networks Institute", "Bruno Costa", [10], true),
        ("Prime Minister of France", "Alice Ngata", [2], false),
        ("Minister of Digital Economy", "Bruno Costa", [2], false),
        ("Minister of Digital Economy", "Alice Ngata", [], false),
    ])
    func roleMustBeStatedInSentencesOfOrAboutTheSpeaker(role: String, speaker: String, citations: [Int], passes: Bool) {
        #expect(verifier.checkRole(role, speaker: speaker, citations: citations).isEmpty == passes)
    }

    @Test func argumentCitingAnotherSpeakerFails() {
        let argument = Argument(
            id: "a1",
            speaker: "Alice Ngata",
            claim: "Schools must be connected",
            explanation: CitedText("She wants schools connected by 2030.", citations: [5]),
            citations: [5, 11]
        )
        let failures = verifier.check(argument)
        #expect(failures.map(\.kind) == [.wrongSpeaker(sentence: 11, expected: "Alice Ngata", actual: "Bruno Costa")])
    }

    @Test func groundedArgumentPasses() {
        let argument = Argument(
            id: "a1",
            speaker: "Alice Ngata",
            claim: "Connect every school by 2030",
            explanation: CitedText("Shared public infrastructure should connect schools.", citations: [5]),
            evidence: CitedText("Our national programme already reached 40% of schools.", citations: [6]),
            citations: [5, 6]
        )
        #expect(verifier.check(argument).isEmpty)
    }

    @Test func plantedNonVerbatimQuoteIsRejected() {
        let comment = ThoughtProvokingComment(
            quote: "Connectivity without skills is useless.",
            speaker: "Alice Ngata",
            reason: "It puts people first.",
            impact: "Shifted the debate to training.",
            citations: [7]
        )
        #expect(verifier.check(comment).map(\.kind) == [.quoteNotVerbatim("Connectivity without skills is useless.")])
    }

    @Test func followUpQuestionWithSpeakerMustCiteThatSpeaker() {
        let question = FollowUpQuestion(
            question: "Who pays for maintenance?",
            speaker: "Bruno Costa",
            explanation: "Raised late.",
            citations: [14, 4]
        )
        #expect(verifier.check(question).map(\.kind) == [.wrongSpeaker(sentence: 4, expected: "Bruno Costa", actual: "Alice Ngata")])
    }

    @Test func agreementMustCiteEveryListedSpeaker() {
        let point = Agreements.Point(
            title: "Connect schools",
            speakers: ["Alice Ngata", "Bruno Costa"],
            explanation: "Both want it.",
            citations: [5]
        )
        #expect(verifier.check(point).map(\.kind) == [.speakerNotCited("Bruno Costa")])
    }

    @Test func actionItemOwnerMustBeASpeaker() {
        let item = Takeaways.ActionItem(text: "Draft a connectivity plan", owner: "Secretariat", citations: [15])
        #expect(verifier.check(item).map(\.kind) == [.unknownSpeaker("Secretariat")])
    }

    @Test func viewpointStancesAreEachAttributed() {
        let viewpoint = Differences.Viewpoint(
            title: "Who builds the networks",
            stances: [
                .init(speaker: "Alice Ngata", stance: "Public infrastructure", citations: [5]),
                .init(speaker: "Bruno Costa", stance: "Private operators share the cost", citations: [5]),
            ],
            explanation: "Public versus private."
        )
        #expect(verifier.check(viewpoint).map(\.kind) == [.wrongSpeaker(sentence: 5, expected: "Bruno Costa", actual: "Alice Ngata")])
    }

    @Test func reportCheckFindsItemsInEverySection() {
        var report = Report(
            session: SessionInfo(title: "t"),
            speakers: [],
            disclaimer: "d",
            transcript: Sample.meeting.sentences,
            metadata: RunMetadata(generator: "Rapporteur", createdAt: "2025-01-01T00:00:00Z")
        )
        report.summary = [CitedText("About 2.2 billion people are offline.", citations: [4])]
        #expect(verifier.check(report).isEmpty)
        report.takeaways.keyTakeaways = [CitedText("A plan by 2035.", citations: [15])]
        report.narrative.conclusion = [CitedText("Uncited.")]
        #expect(Set(verifier.check(report).map(\.item)) == ["key takeaway 1", "conclusion paragraph 1"])
    }
}
