import ArgumentParser
import Foundation
import RapporteurEvaluation
import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurCLI

/// `rapporteur bench FILE --model-run`: one report on a scripted model whose replies carry llama.cpp-style timings.
@Suite struct ModelBenchTests {
    static func loaded() throws -> LoadedSession {
        let url = try EvalFixture.fixtureURL(EvalFixture.senedd)
        let transcript = TranscriptBuilder.build(try TranscriptReader.read(try Data(contentsOf: url), name: url.path), source: url.path)
        return LoadedSession(transcript: transcript, statistics: TalkStatistics.measure(transcript))
    }

    @Test func measuresEveryCallOfTheReportAgainstTheLowerBound() async throws {
        let model = ScriptedLanguageModel(millisecondsPerToken: (prompt: 25, generation: 100))
        let loaded = try Self.loaded()
        let result = try await ModelBenchRunner(model: model, chunkTokens: 400, progress: nil).run(loaded, input: "excerpt.txt")
        let efficiency = result.efficiency
        #expect(efficiency.calls == model.requests.count)
        #expect(efficiency.calls > 5, "chunked extraction, comparison and synthesis")
        #expect(efficiency.cachedCalls == 0)
        #expect(efficiency.transcriptTokens == (try await model.countTokens(ModelEfficiency.transcriptText(loaded.transcript))))
        #expect(efficiency.prefillTokensPerSecond == 40)
        #expect(efficiency.generationTokensPerSecond == 10)
        let bound = Double(efficiency.transcriptTokens) / 40 + Double(efficiency.generatedTokens) / 10
        #expect(efficiency.lowerBoundSeconds == bound)
        #expect(result.words == loaded.statistics.totalWords)
        #expect(result.itemsKept > 0)
    }

    @Test func theTableMatchesItsGoldenFile() throws {
        let efficiency = ModelEfficiency(
            transcriptTokens: 600,
            responses: [
                CompletionResponse(
                    content: "{}",
                    promptTokens: 1_500,
                    cachedPromptTokens: 1_700,
                    completionTokens: 150,
                    serverTimings: .init(promptMilliseconds: 30_000, generationMilliseconds: 15_000)
                )
            ],
            wallSeconds: 60
        )
        let result = ModelBenchResult(
            input: "t.txt",
            words: 450,
            model: "m",
            engine: "e",
            chunkTokens: 1_500,
            efficiency: efficiency,
            itemsKept: 9,
            itemsDropped: 1
        )
        try expectGolden(BenchTable.render(result), named: "bench-model-run", ext: "txt")
    }

    @Test func modelRunNeedsAFileAndParsesTheModelOptions() throws {
        #expect(throws: (any Error).self) { try BenchCommand.parse(["--synthetic", "--model-run"]) }
        let command = try BenchCommand.parse(["t.txt", "--model-run", "--llm-url", "http://127.0.0.1:8080/v1", "--chunk-tokens", "900"])
        #expect(command.modelRun)
        #expect(command.chunkTokens == 900)
        #expect(command.model.llmURL == "http://127.0.0.1:8080/v1")
    }
}
