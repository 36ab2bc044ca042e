import Foundation
import RapporteurKit
import RapporteurLLM
import Testing

@Suite struct OpenAICompatibleModelTests {
    @Test func parsesContentFinishReasonAndLlamaTimings() async throws {
        let timings = #""timings":{"cache_n":1800,"prompt_n":25,"predicted_n":7,"prompt_ms":400.5,"predicted_ms":650.25}"#
        let usage = #"{"prompt_tokens":1825,"completion_tokens":9,"total_tokens":1834}"#
        let server = try StubHTTPServer(script: [.json(Fixtures.reply(usage: usage, extra: timings))])
        let response = try await Fixtures.model(server).complete(Fixtures.request())
        #expect(response.content == #"{"speakerName":"Ann"}"#)
        #expect(response.finishReason == .stop)
        #expect(response.promptTokens == 25)
        #expect(response.cachedPromptTokens == 1800)
        #expect(response.completionTokens == 7)
        #expect(response.fromCache == false)
        #expect(response.serverTimings == CompletionResponse.ServerTimings(promptMilliseconds: 400.5, generationMilliseconds: 650.25))
    }

    @Test func parsesOpenAIUsageWithCachedTokens() async throws {
        let usage = #"{"prompt_tokens":1000,"completion_tokens":12,"prompt_tokens_details":{"cached_tokens":768}}"#
        let server = try StubHTTPServer(script: [.json(Fixtures.reply(usage: usage))])
        let response = try await Fixtures.model(server).complete(Fixtures.request())
        #expect(response.promptTokens == 232)
        #expect(response.cachedPromptTokens == 768)
        #expect(response.completionTokens == 12)
        #expect(response.serverTimings == nil, "an OpenAI server reports no timings")
    }

    @Test(arguments: [("length", CompletionResponse.FinishReason.length), ("stop", .stop), ("content_filter", .other)])
    func reportsFinishReason(reason: String, expected: CompletionResponse.FinishReason) async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply(content: #"{"speakerNa"#, finish: reason))])
        let response = try await Fixtures.model(server).complete(Fixtures.request())
        #expect(response.finishReason == expected)
        #expect(response.content == #"{"speakerNa"#)
    }

    @Test func sendsStrictJSONSchemaRequestAtTemperatureZero() async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply())])
        _ = try await Fixtures.model(server).complete(Fixtures.request(maxTokens: 77))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["content-type"] == "application/json")
        let body = try #require(request.json)
        #expect(body["model"] as? String == "test-model")
        #expect(body["temperature"] as? Double == 0)
        #expect(body["max_tokens"] as? Int == 77)
        let messages = try #require(body["messages"] as? [[String: String]])
        #expect(messages.map { $0["role"] } == ["system", "user"])
        #expect(messages.last?["content"] == "Who spoke first?")
        let format = try #require(body["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_schema")
        let jsonSchema = try #require(format["json_schema"] as? [String: Any])
        #expect(jsonSchema["name"] as? String == "first_speaker")
        #expect(jsonSchema["strict"] as? Bool == true)
        let properties = try #require((jsonSchema["schema"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(properties.keys.sorted() == ["speakerName"])
    }

    @Test(arguments: [nil, "sk-test-123"])
    func sendsAuthorizationOnlyWithAKey(key: String?) async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply())])
        _ = try await Fixtures.model(server, apiKey: key).complete(Fixtures.request())
        let request = try #require(server.requests.first)
        #expect(request.headers["authorization"] == key.map { "Bearer \($0)" })
    }

    @Test(arguments: ["", "/", "/v1", "/v1/"])
    func acceptsBaseURLWithOrWithoutV1(suffix: String) async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply())])
        let model = OpenAICompatibleModel(configuration: Fixtures.configuration(server, suffix: suffix), modelName: "m")
        _ = try await model.complete(Fixtures.request())
        #expect(server.requests.map(\.path) == ["/v1/chat/completions"])
    }

    @Test func connectTakesTheFirstListedModelWhenNoneIsConfigured() async throws {
        let list = #"{"object":"list","data":[{"id":"/models/qwen.gguf","object":"model"},{"id":"other","object":"model"}]}"#
        let server = try StubHTTPServer(script: [.json(list)])
        var configuration = Fixtures.configuration(server)
        configuration.model = nil
        let model = try await OpenAICompatibleModel.connect(configuration)
        #expect(model.name == "/models/qwen.gguf")
        #expect(server.requests.map(\.path) == ["/v1/models"])
        #expect(model.engine == "OpenAI-compatible API at 127.0.0.1:\(server.port)")
    }

    @Test func connectUsesTheConfiguredModelWithoutAsking() async throws {
        let server = try StubHTTPServer(script: [.json("{}", status: 500)])
        let model = try await OpenAICompatibleModel.connect(Fixtures.configuration(server))
        #expect(model.name == "test-model")
        #expect(server.requests.isEmpty)
    }

    @Test func rejectsAReplyThatIsNotAChatCompletion() async throws {
        let server = try StubHTTPServer(script: [.json(#"{"error":"nope"}"#)])
        let error = await #expect(throws: LanguageModelError.self) { try await Fixtures.model(server).complete(Fixtures.request()) }
        #expect(error?.code == .malformedResponse)
        #expect(server.requests.count == 1)
    }

    @Test func rejectsAReplyLargerThanTheCap() async throws {
        let server = try StubHTTPServer(script: [.json(Fixtures.reply(content: String(repeating: "x", count: 50_000)))])
        var configuration = Fixtures.configuration(server)
        configuration.maxReplyBytes = 10_000
        let model = OpenAICompatibleModel(configuration: configuration, modelName: "m")
        let error = await #expect(throws: LanguageModelError.self) { try await model.complete(Fixtures.request()) }
        #expect(error?.code == .malformedResponse)
    }
}
