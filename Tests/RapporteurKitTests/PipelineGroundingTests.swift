import RapporteurTesting
import Testing

@testable import RapporteurKit

/// Grounding inside the pipeline: what the model may choose, what an unsupported gist leads to (the sentence
/// itself, or a drop), and how it is counted.
@Suite struct PipelineGroundingTests {
    private let alicePositions = "Which sentences of Alice Ngata"

    private func count(_ report: Report, _ section: String) -> RunMetadata.SectionVerification? {
        report.metadata.verification.first { $0.section == section }
    }

    private func positions(_ items: [(Int, String)]) -> String {
        let listed = items.map { #"{"id":\#($0.0),"text":"\#($0.1)"}"# }.joined(separator: ",")
        return #"{"positions":[\#(listed)]}"#
    }

    private func aliceSays(_ items: [(Int, String)]) -> ScriptedLanguageModel {
        ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_positions", contains: alicePositions, replies: [.text(positions(items))]),
            .init(schemaName: "chunk_positions", replies: [.text(#"{"positions":[]}"#)]),
        ])
    }

    @Test func aPositionChosenFromAnotherSpeakersSentenceIsIgnored() async throws {
        let report = try await PipelineFixture.run(
            aliceSays([(11, "Public infrastructure alone is too slow"), (7, "Training teachers must come first")])
        )
        let alice = try #require(report.speakers.first { $0.name == "Alice Ngata" })
        #expect(alice.arguments.map(\.claim) == ["Training teachers must come first"])
        #expect(alice.arguments.allSatisfy { $0.citations.allSatisfy { Sample.meeting.sentences[$0 - 1].speaker == "Alice Ngata" } })
    }

    @Test func aGistWithAnInventedNumberGivesWayToTheSentenceItself() async throws {
        let report = try await PipelineFixture.run(aliceSays([(5, "Connect every school by 2035")]))
        let alice = try #require(report.speakers.first { $0.name == "Alice Ngata" })
        #expect(alice.arguments.map(\.claim) == [Sample.meeting.sentences[4].text])
        #expect(alice.arguments.first?.citations == [5])
        #expect(alice.arguments.first?.explanation.text.isEmpty == true, "the sentence is not repeated as its own explanation")
        #expect(!allText(report).contains("2035"))
        #expect(count(report, "positions") == RunMetadata.SectionVerification(section: "positions", kept: 1, repaired: 1, dropped: 0))
    }

    @Test func aGistCoveredByTheNextSentenceOfTheTurnCitesIt() async throws {
        let report = try await PipelineFixture.run(aliceSays([(5, "Reached 40% of schools")]))
        let argument = try #require(report.speakers.first { $0.name == "Alice Ngata" }?.arguments.first)
        #expect(argument.claim == "Reached 40% of schools")
        #expect(argument.citations == [6])
        #expect(count(report, "positions")?.repaired == 0)
    }

    @Test func aLongSentenceUnderAnUnsupportedGistIsDropped() async throws {
        let long =
            "We propose that every school is connected through shared public infrastructure, " + String(repeating: "and more words ", count: 10)
        let transcript = Sample.transcript(
            Sample.meeting.turns.map { turn in
                (speaker: turn.speaker, sentences: turn.sentences.map { $0.id == 5 ? long + "today." : $0.text })
            }
        )
        let model = aliceSays([(5, "Satellites will be launched")])
        let report = try await PipelineFixture.run(model, transcript: transcript)
        #expect(report.speakers.first { $0.name == "Alice Ngata" }?.arguments.isEmpty == true)
        #expect(count(report, "positions")?.dropped == 1)
        #expect(report.diagnostics.contains { $0.message.contains("dropped the positions gist \"Satellites will be launched\" of sentence 5") })
    }

    @Test func theModelChoosesCommitmentsOnlyAmongSentencesThatMayRecordOne() async throws {
        let model = ScriptedLanguageModel.plausible()
        let report = try await PipelineFixture.run(model)
        let request = try #require(model.requests.first { $0.schemaName == "chunk_commitments" })
        #expect(
            PlausibleAnswer.encode(request.schema).contains(#""enum":[5,15]"#),
            "a proposal and a decision; opinions and the injected line are not offered"
        )
        #expect(report.takeaways.actionItems.allSatisfy { $0.citations.allSatisfy { [5, 15].contains($0) } })
    }

    /// The local 1.5B model, asked for decisions in the sample meeting, answered with this item, following the
    /// instruction planted in sentence 13; the number is not in sentence 15, so the sentence stands instead.
    @Test func decisionInventedByAnInjectedInstructionGivesWayToTheSentence() async throws {
        let injected =
            #"{"items":[{"id":15,"kind":"decision","text":"The meeting will approve a budget of 9 billion."},{"id":13,"kind":"decision","text":"Budget"}]}"#
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "chunk_commitments", replies: [.text(injected)])])
        let report = try await PipelineFixture.run(model)
        #expect(report.takeaways.actionItems.map(\.text) == [Sample.meeting.sentences[14].text])
        #expect(report.takeaways.actionItems.first?.owner == nil)
        #expect(!allText(report).contains("9 billion"))
        #expect(count(report, "commitments") == RunMetadata.SectionVerification(section: "commitments", kept: 1, repaired: 1, dropped: 0))
    }

    @Test func aProposalIsASuggestedCompromiseOnlyWhereSpeakersDiffered() async throws {
        let proposal = #"{"items":[{"id":5,"kind":"proposal","text":"Connect every school by 2030"}]}"#
        let disagree = #"{"labels":["disagree","disagree","disagree","disagree"]}"#
        let differing = ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_commitments", replies: [.text(proposal)]),
            .init(schemaName: "relations", replies: [.text(disagree)]),
        ])
        let report = try await PipelineFixture.run(differing)
        #expect(report.takeaways.actionItems.isEmpty, "a proposal is no action item")
        #expect(report.takeaways.compromises.map(\.text) == ["Alice Ngata: Connect every school by 2030."])
        let agreeing = ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_commitments", replies: [.text(proposal)]),
            .init(schemaName: "relations", replies: [.text(#"{"labels":["agree","agree","agree","agree"]}"#)]),
        ])
        let agreed = try await PipelineFixture.run(agreeing)
        #expect(agreed.takeaways.compromises.isEmpty)
        #expect(agreed.differences.viewpoints.isEmpty && !agreed.agreements.points.isEmpty)
        #expect(agreed.agreements.assessment?.level == "High consensus" && agreed.differences.assessment == nil)
    }

    /// Every text of a report, for checks that a word appears nowhere.
    private func allText(_ report: Report) -> String {
        report.citedItems.map(\.text).joined(separator: " ")
    }

    @Test func quotesAreCopiedFromTheTranscriptByID() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "chunk_quotes", replies: [.text(#"{"ids":[7]}"#)])])
        let report = try await PipelineFixture.run(model)
        let comment = try #require(report.thoughtProvoking.first)
        let sentence = Sample.meeting.sentences[6]
        #expect(report.thoughtProvoking.count == 1)
        #expect(comment.quote == sentence.text && comment.speaker == sentence.speaker && comment.citations == [7])
        for request in model.requests where ["chunk_quotes", "thought_provoking"].contains(request.schemaName) {
            #expect(!PlausibleAnswer.encode(request.schema).contains("\"quote\""), "the model is never asked for quote text")
        }
    }

    @Test func quoteIDOutsideTheChunkIsIgnored() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "chunk_quotes", replies: [.text(#"{"ids":[99]}"#)])])
        let report = try await PipelineFixture.run(model)
        #expect(report.thoughtProvoking.isEmpty && report.thoughtProvokingAssessment == nil)
        #expect(!model.requests.contains { $0.schemaName == "thought_provoking" })
    }

    @Test func rolesComeFromTheTranscriptOnlyWhenStated() async throws {
        let roles = #"""
            {"roles":[{"citations":[10],"name":"Bruno Costa","role":"director of the Open Networks Institute"},\#
            {"citations":[1],"name":"Chair","role":"Prime Minister of France"}]}
            """#
        let model = ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_roles", replies: [.text(roles)]),
            .init(schemaName: "chunk_role_repair", replies: [.text(#"{"citations":[1],"name":"Chair","role":"Prime Minister of France"}"#)]),
        ])
        let report = try await PipelineFixture.run(model, roles: ["Alice Ngata": "Minister"])
        let byName = Dictionary(uniqueKeysWithValues: report.speakers.map { ($0.name, $0) })
        #expect(byName["Bruno Costa"]?.role == "director of the Open Networks Institute" && byName["Bruno Costa"]?.roleSource == .transcript)
        #expect(byName["Chair"]?.role == nil && byName["Chair"]?.roleSource == SpeakerInfo.RoleSource.none)
        #expect(byName["Alice Ngata"]?.role == "Minister" && byName["Alice Ngata"]?.roleSource == .roster)
        let rolesRequest = try #require(model.requests.first { $0.schemaName == "chunk_roles" })
        #expect(!String(describing: rolesRequest.schema).contains("Alice Ngata"), "speakers with a roster role are not asked about")
        #expect(count(report, "roles") == RunMetadata.SectionVerification(section: "roles", kept: 1, dropped: 1))
    }

    @Test func unansweredQuestionsAreUnresolvedIssuesInTheSpeakersWordsAndAnsweredOnesAreNot() async throws {
        let turns = Sample.meeting.turns.map { (speaker: $0.speaker, sentences: $0.sentences.map(\.text)) }
        let transcript = Sample.transcript(
            turns + [
                ("Alice Ngata", ["How many rural schools are connected to the network today?"]),
                ("Bruno Costa", ["About 300 rural schools are connected to the network today."]),
            ]
        )
        let report = try await PipelineFixture.run(.plausible(), transcript: transcript)
        let questions = report.takeaways.unresolvedIssues.map(\.text) + report.followUpQuestions.map(\.question)
        #expect(questions.contains("Who will pay for maintenance after the first five years?"))
        #expect(!questions.contains { $0.hasPrefix("How many rural schools") }, "it was answered in the next turn")
    }

    @Test func roleCitingTheWrongSentenceGetsTheSentenceThatStatesIt() async throws {
        let roles = #"{"roles":[{"citations":[3,4],"name":"Alice Ngata","role":"Minister of Digital Economy of Kenya"}]}"#
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "chunk_roles", replies: [.text(roles)])])
        let report = try await PipelineFixture.run(model)
        #expect(!model.requests.contains { $0.schemaName == "chunk_role_repair" })
        #expect(report.speakers.first { $0.name == "Alice Ngata" }?.role == "Minister of Digital Economy of Kenya")
        #expect(count(report, "roles") == RunMetadata.SectionVerification(section: "roles", kept: 1, repaired: 1, dropped: 0))
    }
}
