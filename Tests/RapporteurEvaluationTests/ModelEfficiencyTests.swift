import RapporteurEvaluation
import RapporteurKit
import RapporteurTesting
import Testing

/// The model-work figures of `rapporteur bench --model-run`, on replies whose sums are easy to check by hand.
@Suite struct ModelEfficiencyTests {
    static func reply(
        evaluated: Int,
        reused: Int,
        generated: Int,
        promptMs: Double?,
        generationMs: Double?,
        cached: Bool = false
    ) -> CompletionResponse {
        var response = CompletionResponse(
            content: "{}",
            promptTokens: evaluated,
            cachedPromptTokens: reused,
            completionTokens: generated,
            fromCache: cached
        )
        if let promptMs, let generationMs {
            response.serverTimings = CompletionResponse.ServerTimings(promptMilliseconds: promptMs, generationMilliseconds: generationMs)
        }
        return response
    }

    @Test func sumsTheCallsAndDividesByTheServersOwnSpeeds() throws {
        let efficiency = ModelEfficiency(
            transcriptTokens: 600,
            responses: [
                Self.reply(evaluated: 1_000, reused: 200, generated: 100, promptMs: 20_000, generationMs: 10_000),
                Self.reply(evaluated: 500, reused: 1_500, generated: 50, promptMs: 10_000, generationMs: 5_000),
                Self.reply(evaluated: 9_999, reused: 0, generated: 999, promptMs: 1, generationMs: 1, cached: true),
            ],
            wallSeconds: 60
        )
        #expect(efficiency.calls == 2)
        #expect(efficiency.cachedCalls == 1)
        #expect(efficiency.promptTokensEvaluated == 1_500)
        #expect(efficiency.promptTokensReused == 1_700)
        #expect(efficiency.generatedTokens == 150)
        #expect(efficiency.evaluatedPerTranscriptToken == 2.5)
        #expect(efficiency.prefillTokensPerSecond == 50)
        #expect(efficiency.generationTokensPerSecond == 10)
        // 600 transcript tokens at 50/s + 150 generated at 10/s = 12 s + 15 s.
        #expect(efficiency.lowerBoundSeconds == 27)
        let ratio = try #require(efficiency.wallOverLowerBound)
        #expect(abs(ratio - 60.0 / 27.0) < 1e-12)
        #expect(efficiency.serverShareOfWall == 0.75)
    }

    @Test func withoutTimingsOnEveryCallThereIsNoBound() {
        let efficiency = ModelEfficiency(
            transcriptTokens: 600,
            responses: [
                Self.reply(evaluated: 1_000, reused: 0, generated: 100, promptMs: 20_000, generationMs: 10_000),
                Self.reply(evaluated: 500, reused: 0, generated: 50, promptMs: nil, generationMs: nil),
            ],
            wallSeconds: 60
        )
        #expect(efficiency.calls == 2)
        #expect(efficiency.generatedTokens == 150)
        #expect(efficiency.prefillTokensPerSecond == nil)
        #expect(efficiency.lowerBoundSeconds == nil)
        #expect(efficiency.wallOverLowerBound == nil)
        #expect(efficiency.serverShareOfWall == nil)
    }

    @Test func noCallsAndNoTranscriptGiveNoRatios() {
        let efficiency = ModelEfficiency(transcriptTokens: 0, responses: [], wallSeconds: 1)
        #expect(efficiency.calls == 0)
        #expect(efficiency.evaluatedPerTranscriptToken == nil)
        #expect(efficiency.lowerBoundSeconds == nil)
    }

    @Test func theRecordingModelKeepsEveryReplyInOrder() async throws {
        let base = ScriptedLanguageModel(rules: [.init(replies: [.text(#"{"a":1}"#), .text(#"{"a":2}"#)])])
        let recording = RecordingLanguageModel(base)
        let request = CompletionRequest(messages: [.init(role: "user", content: "question")], schemaName: "a", schema: .object([:]), maxTokens: 10)
        _ = try await recording.complete(request)
        _ = try await recording.complete(request)
        #expect(recording.responses.map(\.content) == [#"{"a":1}"#, #"{"a":2}"#])
        #expect(recording.name == base.name)
        #expect(recording.contextTokens == base.contextTokens)
        #expect(try await recording.countTokens("abcdef") == (try await base.countTokens("abcdef")))
    }

    @Test func theTranscriptTextHasOneLinePerTurn() {
        let transcript = TranscriptBuilder.build(
            RawTranscript(format: .plain, turns: [RawTurn(speaker: "Ann", text: "We agree. Fully."), RawTurn(speaker: "Bo", text: "No.")]),
            source: "t.txt"
        )
        let lines = ModelEfficiency.transcriptText(transcript).split(separator: "\n")
        #expect(lines.contains("Ann: We agree. Fully."))
        #expect(lines.contains("Bo: No."))
    }
}
