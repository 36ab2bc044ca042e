import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurEvaluation

/// The one-call baseline: one request for the whole report on the whole transcript, turned into an uncited report.
@Suite struct BaselineOneCallTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_766_000_000)

    static func speakers(_ transcript: Transcript) -> [SpeakerSection] {
        transcript.speakers.map { SpeakerSection(name: $0.name, statistics: SpeakerStatistics(words: 10, turns: 1, sentences: 1, wordShare: 0)) }
    }

    static func run(_ model: ScriptedLanguageModel, transcript: Transcript = Sample.meeting) async throws -> BaselineOutcome {
        try await OneCallBaseline(model: model, generator: "Rapporteur test", now: { fixedDate }).run(
            transcript: transcript,
            speakers: speakers(transcript),
            session: SessionInfo(title: "Digital inclusion")
        )
    }

    static let answer = JSONValue.object([
        "actionItems": .array([.object(["owner": .string("Chair"), "text": .string("The secretariat drafts a connectivity plan.")])]),
        "arguments": .array([
            .object([
                "claim": .string("Every school should be connected."),
                "explanation": .string("Connectivity closes the divide."),
                "speaker": .string("Alice Ngata"),
            ]),
            .object([
                "claim": .string("Private operators should share the cost."),
                "explanation": .string("Public infrastructure alone is slow."),
                "speaker": .string("Bruno Costa"),
            ]),
            .object(["claim": .string("An invented speaker."), "explanation": .string("Not in the meeting."), "speaker": .string("Zed")]),
        ]),
        "decisions": .array([.string("Schools are to be connected.")]),
        "keyPoints": .array([.object(["description": .string("How to connect schools."), "title": .string("School connectivity")])]),
        "summary": .array([.string("The meeting discussed digital inclusion."), .string("A plan will be drafted.")]),
        "unresolved": .array([.string("Who pays for maintenance.")]),
    ])

    @Test func answerBecomesAReportWithEverySectionAndNoCitations() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "one_call_report", replies: [.json(Self.answer)])])
        guard case .report(let report) = try await Self.run(model) else {
            Issue.record("the baseline did not run")
            return
        }
        #expect(report.summary == [CitedText("The meeting discussed digital inclusion."), CitedText("A plan will be drafted.")])
        #expect(report.keyPoints.discussionPoints.map(\.title) == ["School connectivity"])
        #expect(report.speakers.map(\.name) == ["Chair", "Alice Ngata", "Bruno Costa"])
        #expect(
            report.speakers.map { $0.arguments.map(\.claim) } == [
                [], ["Every school should be connected."], ["Private operators should share the cost."],
            ]
        )
        #expect(report.takeaways.actionItems.map(\.text) == ["Schools are to be connected.", "The secretariat drafts a connectivity plan."])
        #expect(report.takeaways.actionItems.map(\.owner) == [nil, "Chair"])
        #expect(report.takeaways.unresolvedIssues == [CitedText("Who pays for maintenance.")])
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.contains("Zed") })
        #expect(report.transcript == Sample.meeting.sentences)
        #expect(report.metadata.model == "scripted-model")
        #expect(report.metadata.usage.calls == 1)
        #expect(report.metadata.createdAt == ISO8601DateFormatter().string(from: Self.fixedDate))

        let grounding = Evaluation.groundingCheck(report: report)
        #expect(grounding.items == 8)  // 2 summary paragraphs, 1 key point, 2 arguments, 2 action items, 1 issue
        #expect(grounding.itemsWithCitations == 0)
    }

    @Test func oneRequestCarriesTheWholeTranscriptWithoutSentenceNumbers() async throws {
        let model = ScriptedLanguageModel.plausible()
        _ = try await Self.run(model)
        let request = try #require(model.requests.first)
        #expect(model.requests.count == 1)
        #expect(request.schemaName == "one_call_report")
        #expect(request.maxTokens == OneCallBaseline.defaultAnswerTokens)
        let user = request.messages.filter { $0.role == "user" }.map(\.content).joined()
        for turn in Sample.meeting.turns { #expect(user.contains("\(turn.speaker): \(turn.text)")) }
        #expect(!user.contains("[1]"))
        #expect(user.hasPrefix("<transcript>\n"))
        guard case .object(let schema) = request.schema, case .object(let properties)? = schema["properties"] else {
            Issue.record("schema is not an object")
            return
        }
        #expect(properties.keys.sorted() == ["actionItems", "arguments", "decisions", "keyPoints", "summary", "unresolved"])
    }

    @Test func transcriptOverTheContextIsNotRunAndSaysWhy() async throws {
        let model = ScriptedLanguageModel(contextTokens: 2000)
        let outcome = try await Self.run(model)
        let tokens = (OneCallPrompt.transcript(Sample.meeting.turns).utf8.count + 2) / 3
        guard case .notRun(let reason) = outcome else {
            Issue.record("the baseline ran over budget")
            return
        }
        #expect(reason.hasPrefix("transcript of \(tokens) tokens exceeds the context of 2000 tokens"))
        #expect(model.requests.isEmpty)
    }

    @Test func unusableRepliesAfterTheRetryThrow() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "one_call_report", replies: [.malformed])])
        await #expect(throws: LanguageModelError.self) { try await Self.run(model) }
        #expect(model.requests.count == 2)
    }
}
