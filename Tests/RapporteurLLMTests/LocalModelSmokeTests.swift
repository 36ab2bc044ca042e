import Foundation
import RapporteurKit
import Testing

@testable import RapporteurLLM

/// Runs only with `RAPPORTEUR_LOCAL_MODEL_TEST=1` and an installed runtime: starts the real local model, makes one
/// small schema-constrained call, and stops it.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["RAPPORTEUR_LOCAL_MODEL_TEST"] == "1"), .serialized)
struct LocalModelSmokeTests {
    @Test func installLeavesTheRuntimeReadyToStart() async throws {
        let runtime = LocalModelRuntime()
        let started = ContinuousClock.now
        try await runtime.install { print("install: \($0)") }
        print("install took \(ContinuousClock.now - started)")
        let status = runtime.status()
        print(status)
        #expect(status.isReady)
        #expect(status.modelState == .verified)
    }

    @Test func realLocalModelAnswersASchemaConstrainedRequest() async throws {
        let runtime = LocalModelRuntime()
        let clock = ContinuousClock()
        let startedAt = clock.now
        let server = try await runtime.start(contextTokens: 4096)
        let healthy = clock.now - startedAt
        do {
            let model = OpenAICompatibleModel(configuration: server.modelConfiguration(), modelName: server.modelName)
            let request = CompletionRequest(
                messages: [
                    .init(role: "system", content: "You extract facts from meeting transcripts. Answer in JSON."),
                    .init(role: "user", content: "[1] Ann: I propose we adopt the budget.\n[2] Bob: I agree.\nWho proposed something?"),
                ],
                schemaName: "proposer",
                schema: Fixtures.schema,
                maxTokens: 32
            )
            let callStart = clock.now
            let response = try await model.complete(request)
            let callTime = clock.now - callStart
            let tokens = try await model.countTokens("Hello, world!")
            print("smoke: healthy after \(healthy), call \(callTime), response \(response), tokenize(Hello, world!) = \(tokens)")
            let object = try JSONSerialization.jsonObject(with: Data(response.content.utf8)) as? [String: Any]
            #expect(object?["speakerName"] is String)
            #expect(response.finishReason == .stop)
            #expect(response.promptTokens + response.cachedPromptTokens > 20)
            #expect(response.completionTokens > 0)
            #expect(tokens > 0 && tokens < 10)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        #expect(!server.isRunning)
    }

    @Test func theEmbeddedServerHonoursTheCompactGrammar() async throws {
        let server = try await LocalModelRuntime().start(contextTokens: 4096)
        do {
            var configuration = server.modelConfiguration()
            configuration.constraint = .automatic
            let model = await OpenAICompatibleModel(configuration: configuration, modelName: server.modelName).resolvingConstraint()
            #expect(model.configuration.constraint == .compactGrammar)
            let request = CompletionRequest(
                messages: [.init(role: "user", content: "[1] Ann: I propose we adopt the budget.\nWho proposed something? Answer in JSON.")],
                schemaName: "proposer",
                schema: Fixtures.schema,
                maxTokens: 32
            )
            let response = try await model.complete(request)
            print("compact: \(response.content)")
            #expect(OpenAICompatibleModel.isCompactJSON(response.content))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
