import RapporteurTesting
import Testing

@testable import RapporteurKit

/// Grounding inside the pipeline: what a failing item leads to (repair or drop) and how it is counted.
@Suite struct PipelineGroundingTests {
    private let aliceArguments = "main arguments that Alice Ngata makes"

    private func count(_ report: Report, _ section: String) -> RunMetadata.SectionVerification? {
        report.metadata.verification.first { $0.section == section }
    }

    private func argumentReply(citations: [Int], claim: String) -> String {
        #"{"arguments":[{"citations":\#(citations),"claim":"\#(claim)","evidence":[],"explanation":"She wants shared public networks."}]}"#
    }

    private func argumentItem(citations: [Int], claim: String) -> String {
        #"{"citations":\#(citations),"claim":"\#(claim)","evidence":[],"explanation":"She wants shared public networks."}"#
    }

    @Test func citationOfAnotherSpeakersSentenceIsRepaired() async throws {
        let model = ScriptedLanguageModel(rules: [
            .init(
                schemaName: "chunk_arguments",
                contains: aliceArguments,
                replies: [.text(argumentReply(citations: [5, 11], claim: "Connect schools"))]
            ),
            .init(schemaName: "chunk_argument_repair", replies: [.text(argumentItem(citations: [5], claim: "Connect schools"))]),
        ])
        let report = try await PipelineFixture.run(model)
        let repair = try #require(model.requests.first { $0.schemaName == "chunk_argument_repair" })
        let question = try #require(repair.messages.last?.content)
        #expect(question.contains("it is attributed to Alice Ngata but sentence [11] was said by Bruno Costa; cite only Alice Ngata's sentences"))
        #expect(question.hasPrefix(Sample.fencedMeeting), "the repair reuses the chunk's prompt prefix")
        #expect(count(report, "chunkArguments")?.repaired == 1)
        let alice = try #require(report.speakers.first { $0.name == "Alice Ngata" })
        #expect(alice.arguments.map(\.citations) == [[5]])
    }

    @Test func citationOfAnotherSpeakersSentenceIsDroppedWhenTheRepairFails() async throws {
        let bad = argumentItem(citations: [5, 11], claim: "Connect schools")
        let model = ScriptedLanguageModel(rules: [
            .init(
                schemaName: "chunk_arguments",
                contains: aliceArguments,
                replies: [.text(argumentReply(citations: [5, 11], claim: "Connect schools"))]
            ),
            .init(schemaName: "chunk_argument_repair", replies: [.text(bad)]),
        ])
        let report = try await PipelineFixture.run(model)
        #expect(count(report, "chunkArguments")?.dropped == 1)
        #expect(report.speakers.first { $0.name == "Alice Ngata" }?.arguments.isEmpty == true)
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("dropped unverifiable item: argument") })
    }

    @Test(arguments: [("Connect schools by 2030", 1, 0), ("Connect schools by 2035", 0, 1)])
    func inventedNumberIsRepairedOrDropped(repairedClaim: String, repaired: Int, dropped: Int) async throws {
        let model = ScriptedLanguageModel(rules: [
            .init(
                schemaName: "chunk_arguments",
                contains: aliceArguments,
                replies: [.text(argumentReply(citations: [5], claim: "Connect schools by 2035"))]
            ),
            .init(schemaName: "chunk_argument_repair", replies: [.text(argumentItem(citations: [5], claim: repairedClaim))]),
        ])
        let report = try await PipelineFixture.run(model)
        let repair = try #require(model.requests.first { $0.schemaName == "chunk_argument_repair" })
        #expect(
            repair.messages.last?.content.contains(
                "the number 2035 does not occur in sentences [5]; rewrite without it or cite the sentence that has it"
            ) == true
        )
        #expect(count(report, "chunkArguments")?.repaired == repaired)
        #expect(count(report, "chunkArguments")?.dropped == dropped)
        #expect(!report.speakers.flatMap(\.arguments).contains { $0.claim.contains("2035") })
    }

    @Test func inventedNumberInTheSummaryIsCountedAndDropped() async throws {
        let overview = #"""
            {"purpose":{"notes":["a1"],"text":"To discuss schools."},"summary":[{"notes":["a1"],"text":"The plan runs to 2035."},\#
            {"notes":["a1"],"text":"Speakers discussed connectivity."}],"tone":{"notes":["a1"],"text":"Calm."}}
            """#
        let model = ScriptedLanguageModel(rules: [
            .init(schemaName: "overview", replies: [.text(overview)]),
            .init(schemaName: "synthesis_repair", replies: [.text(#"{"notes":["a1"],"text":"The plan runs to 2035."}"#)]),
        ])
        let report = try await PipelineFixture.run(model)
        let repair = try #require(model.requests.first { $0.schemaName == "synthesis_repair" })
        #expect(repair.messages.last?.content.contains("the number 2035 does not occur in the notes you cited [a1]") == true)
        #expect(report.summary.first?.text == "Speakers discussed connectivity.")
        #expect(!report.summary.contains { $0.text.contains("2035") })
        #expect(count(report, "summary") == RunMetadata.SectionVerification(section: "summary", kept: report.summary.count, dropped: 1))
    }

    @Test func aNarrativeParagraphWrittenUnderTwoHeadingsIsKeptUnderTheFirst() async throws {
        let paragraph = #"{"notes":["a1"],"text":"Speakers disagreed on how the definition of sovereignty should be worded in the standard."}"#
        let sections =
            #"{"sections":[{"heading":"Sovereignty","paragraphs":[\#(paragraph)]},"#
            + #"{"heading":"Standards","paragraphs":[\#(paragraph)]},"#
            + #"{"heading":"Atonkic","paragraphs":[{"notes":["a1"],"text":"Atonkic"}]}]}"#
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "narrative_sections", replies: [.text(sections)])])
        let report = try await PipelineFixture.run(model)
        #expect(report.narrative.sections.map(\.heading) == ["Sovereignty"], "a repeat and a restated heading are left out")
        let notes = report.diagnostics.map(\.message)
        #expect(notes.contains("narrative report sections: left out 1 text(s) that repeat a text of another section"))
        #expect(notes.contains { $0.contains("only restate the heading") })
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

    @Test func inventedNumberInAQuoteCommentIsRepairedOrDropped() async throws {
        let comments =
            #"{"commentsOf":{"t1":{"impact":"It moved 300 delegates.","reason":"Skills first."}},"overall":{"notes":["t1"],"text":"Sharp."}}"#
        let model = ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_quotes", replies: [.text(#"{"ids":[7]}"#)]),
            .init(schemaName: "thought_provoking", replies: [.text(comments)]),
            .init(schemaName: "synthesis_repair", replies: [.text(#"{"impact":"It moved the delegates.","reason":"Skills first."}"#)]),
        ])
        let report = try await PipelineFixture.run(model)
        let repair = try #require(model.requests.first { $0.schemaName == "synthesis_repair" })
        #expect(repair.messages.last?.content.contains("the number 300 does not occur in the notes you cited [t1]") == true)
        #expect(report.thoughtProvoking.map(\.impact) == ["It moved the delegates."])
        #expect(count(report, "thoughtProvoking") == RunMetadata.SectionVerification(section: "thoughtProvoking", kept: 1, repaired: 1, dropped: 0))
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

    @Test func followUpQuestionCitesOnlyItsSpeakersSentences() async throws {
        let followUps =
            #"{"commentsAssessment":{"notes":["t1"],"text":"Sharp."},"questions":[{"explanation":"Unfunded.","notes":["a3","a5"],"question":"Who pays?","speaker":"Bruno Costa"}]}"#
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "follow_ups", replies: [.text(followUps)])])
        let report = try await PipelineFixture.run(model)
        let question = try #require(report.followUpQuestions.first)
        let speakers = Set(question.citations.compactMap { id in Sample.meeting.sentences.first { $0.id == id }?.speaker })
        #expect(speakers == ["Bruno Costa"])
    }

    @Test func numberFromTheSpeakersNeighbouringSentenceIsCitedWithoutARepairCall() async throws {
        let model = ScriptedLanguageModel(rules: [
            .init(
                schemaName: "chunk_arguments",
                contains: aliceArguments,
                replies: [.text(argumentReply(citations: [5], claim: "Reached 40% of schools"))]
            )
        ])
        let report = try await PipelineFixture.run(model)
        #expect(!model.requests.contains { $0.schemaName == "chunk_argument_repair" })
        #expect(count(report, "chunkArguments")?.repaired == 1)
        #expect(report.speakers.first { $0.name == "Alice Ngata" }?.arguments.map(\.citations) == [[5, 6]])
    }

    @Test func roleCitingTheWrongSentenceGetsTheSentenceThatStatesIt() async throws {
        let roles = #"{"roles":[{"citations":[3,4],"name":"Alice Ngata","role":"Minister of Digital Economy of Kenya"}]}"#
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "chunk_roles", replies: [.text(roles)])])
        let report = try await PipelineFixture.run(model)
        #expect(!model.requests.contains { $0.schemaName == "chunk_role_repair" })
        #expect(report.speakers.first { $0.name == "Alice Ngata" }?.role == "Minister of Digital Economy of Kenya")
        #expect(count(report, "roles") == RunMetadata.SectionVerification(section: "roles", kept: 1, repaired: 1, dropped: 0))
    }

    /// The local 1.5B model, asked for decisions in the sample meeting, answered with this item, following the
    /// instruction planted in sentence 13; the number rule stops it.
    @Test func decisionInventedByAnInjectedInstructionIsDropped() async throws {
        let injected = #"{"citations":[15],"owner":"Chair","text":"The meeting approved a budget of 9 billion."}"#
        let model = ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_actions", replies: [.text(#"{"items":[\#(injected)]}"#)]),
            .init(schemaName: "chunk_action_repair", replies: [.text(injected)]),
        ])
        let report = try await PipelineFixture.run(model)
        let repair = try #require(model.requests.first { $0.schemaName == "chunk_action_repair" })
        #expect(repair.messages.last?.content.contains("the number 9 does not occur in sentences [15]") == true)
        #expect(report.takeaways.actionItems.isEmpty)
        #expect(count(report, "actionItems")?.dropped == 1)
    }
}
