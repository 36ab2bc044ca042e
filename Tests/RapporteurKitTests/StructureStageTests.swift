import Testing

@testable import RapporteurKit

/// The stages that build structure without the model: merging positions into arguments, grouping arguments into
/// discussion points, the extract the summary is written from, and the sections built from the notes.
@Suite struct StructureStageTests {
    private static let words = ContentWords(ignoringNamesOf: ["Ann", "Bob"])

    private static func sentence(_ id: Int, _ speaker: String, _ text: String) -> Sentence {
        Sentence(id: id, speaker: speaker, text: text, turn: id)
    }

    private static func argument(_ id: String, _ speaker: String, _ claim: String, cites: [Int]) -> Argument {
        Argument(id: id, speaker: speaker, claim: claim, explanation: CitedText(""), citations: cites)
    }

    @Test func positionsWithTheSameWordsOrSentenceMergeAndTheMostStatedAreKept() {
        let sentences = [
            Self.sentence(1, "Ann", "Schools need fibre connections before anything else."),
            Self.sentence(2, "Ann", "Teachers need training."),
            Self.sentence(3, "Ann", "Fibre connections for schools come first."),
            Self.sentence(4, "Ann", "Budgets are tight."),
        ]
        let notes = [
            PositionNote(speaker: "Ann", sentence: 1, gist: "Schools need fibre connections", citations: [1]),
            PositionNote(speaker: "Ann", sentence: 2, gist: "Teachers need training", citations: [2]),
            PositionNote(speaker: "Ann", sentence: 3, gist: "Fibre connections for schools first", citations: [3]),
            PositionNote(speaker: "Ann", sentence: 4, gist: "Budgets are tight", citations: [4]),
            PositionNote(speaker: "Bob", sentence: 9, gist: "Schools need fibre connections", citations: [9]),
        ]
        let merged = SpeakerArguments(
            notes,
            speakers: ["Ann", "Bob"],
            maxPerSpeaker: 2,
            sentence: { id in sentences.first { $0.id == id } },
            words: Self.words
        )
        #expect(merged.arguments.map(\.id) == ["a1", "a2", "a3"])
        #expect(merged.arguments.map(\.claim) == ["Schools need fibre connections", "Teachers need training", "Schools need fibre connections"])
        #expect(merged.arguments[0].citations == [1, 3], "stated twice, so kept and cited to both")
        #expect(merged.arguments[0].explanation == CitedText(sentences[0].text, citations: [1]))
        #expect(merged.arguments.map(\.speaker) == ["Ann", "Ann", "Bob"], "another speaker's same words stay theirs")
    }

    @Test func argumentsOnTheSameSubjectShareAPointAndUnrelatedOnesDoNot() {
        let texts = [
            "Rural schools need fibre broadband connections.",
            "Fibre broadband for rural schools is too expensive.",
            "Teachers must be trained in digital skills.",
            "Digital skills training for teachers comes first.",
            "Broadband connections for schools should be shared.",
        ]
        let vectors = TermVectors(texts, corpus: texts + ["The meeting opened.", "Thank you all."], words: Self.words)
        #expect(vectors.similarity(0, 1) > vectors.similarity(0, 2))
        let groups = PointGrouper(vectors: vectors, maxPoints: 6).groups()
        #expect(groups == [[0, 1, 4], [2, 3]])
        let forced = PointGrouper(vectors: vectors, maxPoints: 1).groups()
        #expect(forced == [[0, 1, 4]], "at most one point: the largest; nothing is forced into it")
    }

    @Test func aLoneArgumentLikeNoOtherIsLeftOutOnceThePointsAreFull() {
        let texts = ["Fibre for rural schools.", "Rural schools need fibre.", "Teachers need skills.", "Skills for teachers.", "Weather was fine."]
        let vectors = TermVectors(texts, corpus: texts, words: Self.words)
        #expect(PointGrouper(vectors: vectors, maxPoints: 2).groups() == [[0, 1], [2, 3]])
        #expect(PointGrouper(vectors: vectors, maxPoints: 3).groups() == [[0, 1], [2, 3], [4]])
    }

    @Test func theExtractTakesEachPointsMostCentralArgumentFirstWithinTheBudget() {
        let sentences = (1...6).map { Self.sentence($0, $0 % 2 == 0 ? "Bob" : "Ann", "Sentence number \($0) has five words.") }
        let arguments = (1...6).map { Self.argument("a\($0)", sentences[$0 - 1].speaker, "claim \($0)", cites: [$0]) }
        let points = [
            DiscussionStage.Point(title: "One", paragraph: CitedText(""), argumentIDs: ["a3", "a1", "a5"], sentences: [1, 3, 5]),
            DiscussionStage.Point(title: "Two", paragraph: CitedText(""), argumentIDs: ["a6", "a2", "a4"], sentences: [2, 4, 6]),
        ]
        let lookup = { (id: Int) in sentences.first { $0.id == id } }
        let extract = SessionExtract(points: points, arguments: arguments, maxWords: 24, sentence: lookup)
        #expect(extract.sentences.map(\.id) == [1, 2, 3, 6], "a3 and a6, then a1 and a2, in transcript order")
        let all = SessionExtract(points: [], arguments: arguments, maxWords: 1000, sentence: lookup)
        #expect(all.sentences.map(\.id) == [1, 2, 3, 4, 5, 6])
        let whole = SessionExtract(points: points, arguments: [], maxWords: 36, transcript: sentences, sentence: lookup)
        #expect(whole.sentences == sentences, "a transcript within the budget is its own extract")
    }

    @Test func sectionsFromTheNotesSayOnlyWhatTheNotesHold() {
        let ann = Self.argument("a1", "Ann", "Schools need fibre", cites: [1])
        let bob = Self.argument("a2", "Bob", "Fibre is too expensive", cites: [2])
        let point = DiscussionStage.Point(title: "Fibre for schools", paragraph: CitedText(""), argumentIDs: ["a1", "a2"], sentences: [1, 2])
        let discussion = DiscussionStage.Outcome(points: [point], arguments: [ann, bob], vectors: TermVectors([], corpus: [], words: Self.words))
        let relations = RelationStage.Outcome(
            pairs: [.init(first: ann, second: bob, label: .disagree, point: "Fibre for schools")],
            arguments: [ann, bob]
        )
        let commitments = [
            CommitmentNote(kind: .action, sentence: 3, speaker: "Ann", text: "Ann will write to the ministry", owner: "Ann", citations: [3]),
            CommitmentNote(kind: .action, sentence: 4, speaker: "Bob", text: "Ann will write to the ministry", owner: "Ann", citations: [4]),
            CommitmentNote(kind: .proposal, sentence: 5, speaker: "Bob", text: "share the cost", owner: nil, citations: [5]),
        ]
        let questions = [Self.sentence(6, "Bob", "Who will pay for the fibre after five years?"), Self.sentence(7, "Ann", "Is that clear?")]
        let sections = StructuredSections(discussion: discussion, relations: relations, commitments: commitments, questions: questions)
        #expect(sections.keyTakeaways == [CitedText("Ann: Schools need fibre.", citations: [1])])
        #expect(sections.actionItems == [Takeaways.ActionItem(text: "Ann will write to the ministry.", owner: "Ann", citations: [3])], "once")
        #expect(sections.compromises == [CitedText("Bob: share the cost.", citations: [5])], "proposed where the speakers differed")
        #expect(
            sections.unresolvedIssues.map(\.text) == [
                "Fibre for schools: Ann: Schools need fibre. Bob: Fibre is too expensive.", "Who will pay for the fibre after five years?",
            ]
        )
        #expect(sections.followUpQuestions.isEmpty, "a short question is not listed")
        #expect(sections.disagreement?.level == "High disagreement" && sections.consensus == nil)
    }

    @Test(arguments: [(1.0, "High"), (0.67, "High"), (0.5, "Moderate"), (0.34, "Moderate"), (0.2, "Low"), (0, "Low")])
    func levelsFollowTheShareOfAgreeingPairs(share: Double, level: String) {
        #expect(StructuredSections.level(share) == level)
    }

    @Test(
        arguments: [
            ("I will send the figures to the clerk.", "Ann"), ("Bob will look into the contract.", "Bob"), ("The report is late.", nil),
        ] as [(String, String?)]
    )
    func theOwnerIsTheSpeakerWhoCommitsOrTheSpeakerNamed(text: String, owner: String?) {
        #expect(ChunkExtractor.owner(of: Self.sentence(1, "Ann", text), speakers: ["Ann", "Bob"]) == owner)
    }

    @Test(arguments: [
        ("Testing in schools", "Testing in schools"), ("Testing is crucially important in dealing with this crisis", "Testing"),
        ("Kirsty Williams AM", "Kirsty Williams AM"), ("It is what it is", "It"),
    ])
    func aHeadingWrittenAsAStatementGivesItsSubject(heading: String, expected: String) {
        #expect((DiscussionStage.isPhrase(heading) ? heading : DiscussionStage.subject(of: heading)) == expected)
    }

    @Test func theFallbackHeadingListsTheWeightiestWordsAsSaid() {
        #expect(
            DiscussionStage.heading(words: ["crisi", "crucial", "test"], in: ["Testing is crucially important in this crisis."])
                == "Crisis and testing"
        )
        #expect(DiscussionStage.heading(words: [], in: ["Anything."]) == "Other matters")
    }

    @Test(arguments: [
        ("smooth operation of the hubs is of paramount importance…", "Smooth operation of the hubs is of paramount importance"),
        ("Schools reopen in June.", "Schools reopen in June"), ("  ", ""),
    ])
    func aGistHasACapitalAndNoEllipsis(raw: String, gist: String) {
        #expect(ChunkExtractor.asGist(raw) == gist)
    }

    @Test(arguments: [
        ("I'm sure we'll return to that point a little later on.", true), ("I'll hand over to Lynne now.", true),
        ("I will write to the committee with the figures.", false),
        ("Thank you very much, Minister.", true), ("We should start with the rural schools.", false),
        ("The action item is to redraft the budget.", false),
    ])
    func procedureIsNoCommitment(text: String, procedural: Bool) {
        #expect(CommitmentDetector.isProcedural(text) == procedural)
    }

    @Test(arguments: [
        ("The secretariat will draft a connectivity plan", true), ("Go with the rubber case", true),
        ("A return to normal is not imminent", false), ("The budget was agreed", true),
    ])
    func anActionsWordsSaySomethingIsToBeDone(text: String, action: Bool) {
        #expect(CommitmentDetector.statesAction(text) == action)
    }

    @Test func aQuestionPutToYouIsAnsweredByTheLongReplyAfterItAndARhetoricalOneIsNoQuestion() {
        let reply = String(repeating: "We published the data for every local authority last week. ", count: 3)
        let sentences = [
            Self.sentence(1, "Ann", "Thank you."),
            Sentence(id: 2, speaker: "Ann", text: "So, can you analyse those figures a little further?", turn: 1),
            Sentence(id: 3, speaker: "Bob", text: "Can I make it absolutely clear, we issued guidance?", turn: 2),
            Sentence(id: 4, speaker: "Bob", text: reply, turn: 2), Sentence(id: 5, speaker: "Bob", text: "That is all.", turn: 2),
        ]
        let questions = AnsweredQuestions(sentences) { Self.words.stems($0.text) }
        #expect(questions.questions == [2], "the question inside Bob's turn is his own, not put to anyone")
        #expect(questions.answers[2] != nil)
    }
}
