import RapporteurTesting
import Testing

@testable import RapporteurKit

@Suite struct StructuredCallTests {
    private struct Answer: Decodable, Equatable {
        var text: String
    }

    private let schema = Schema.object(["text": Schema.string])

    private func request(_ prompt: String = "Say something.", maxTokens: Int = 100) -> CompletionRequest {
        CompletionRequest(
            messages: [.init(role: "system", content: "Answer with JSON."), .init(role: "user", content: prompt)],
            schemaName: "say",
            schema: schema,
            maxTokens: maxTokens
        )
    }

    @Test func decodesAValidAnswerInOneCall() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "say", replies: [.text(#"{"text":"hello"}"#)])])
        let meter = UsageMeter()
        let answer = try await StructuredCall(model: model, meter: meter).perform(request(), as: Answer.self)
        #expect(answer == Answer(text: "hello"))
        #expect(model.requests.count == 1)
        #expect(meter.usage.calls == 1)
    }

    @Test(arguments: [ScriptedLanguageModel.Reply.malformed, .truncated, .text(#"{"other":1}"#)])
    func unusableReplyIsRetriedOnceWithTheFailureNamed(bad: ScriptedLanguageModel.Reply) async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "say", replies: [bad, .text(#"{"text":"fixed"}"#)])])
        let answer = try await StructuredCall(model: model, meter: UsageMeter()).perform(request(), as: Answer.self)
        #expect(answer.text == "fixed")
        let requests = model.requests
        #expect(requests.count == 2)
        let retry = try #require(requests.last?.messages.last?.content)
        #expect(retry.hasPrefix("Your previous answer was not valid: "))
        #expect(retry.hasSuffix("Answer again with JSON matching the schema."))
        #expect(Array(requests[1].messages.prefix(2)) == requests[0].messages, "the retry keeps the prompt so its cache is reused")
    }

    @Test func secondUnusableReplyThrowsMalformedResponse() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "say", replies: [.malformed])])
        await #expect {
            try await StructuredCall(model: model, meter: UsageMeter()).perform(request(), as: Answer.self)
        } throws: { error in
            (error as? LanguageModelError)?.code == .malformedResponse
        }
        #expect(model.requests.count == 2, "exactly one retry")
    }

    @Test func truncatedReplyIsNamedAsCutOff() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "say", replies: [.truncated, .plausible])])
        _ = try await StructuredCall(model: model, meter: UsageMeter()).perform(request(maxTokens: 42), as: Answer.self)
        #expect(model.requests.last?.messages.last?.content.contains("cut off at the limit of 42 tokens") == true)
    }

    @Test func modelErrorsAreNotRetriedHere() async throws {
        let timeout = LanguageModelError(.timeout, "no reply in 600 s")
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "say", replies: [.failure(timeout)])])
        await #expect(throws: timeout) {
            try await StructuredCall(model: model, meter: UsageMeter()).perform(request(), as: Answer.self)
        }
        #expect(model.requests.count == 1)
    }

    @Test func overBudgetPromptThrowsBeforeSending() async throws {
        let model = ScriptedLanguageModel(contextTokens: 200)
        let long = String(repeating: "word ", count: 200)
        await #expect {
            try await StructuredCall(model: model, meter: UsageMeter()).perform(request(long, maxTokens: 100), as: Answer.self)
        } throws: { error in
            guard let error = error as? LanguageModelError else { return false }
            return error.code == .overBudget && error.detail.contains("context 200 tokens")
        }
        #expect(model.requests.isEmpty, "nothing was sent")
    }

    @Test func budgetCountsTheAnswerLimitToo() async throws {
        let model = ScriptedLanguageModel(contextTokens: 100)
        let call = StructuredCall(model: model, meter: UsageMeter())
        try await call.checkBudget(request(maxTokens: 50))
        await #expect(throws: LanguageModelError.self) { try await call.checkBudget(request(maxTokens: 95)) }
    }

    @Test func meterSeparatesCachedRepliesAndCountsTokens() {
        let meter = UsageMeter()
        meter.record(CompletionResponse(content: "{}", promptTokens: 100, cachedPromptTokens: 900, completionTokens: 20))
        meter.record(CompletionResponse(content: "{}", promptTokens: 50, completionTokens: 5, fromCache: true))
        #expect(meter.usage == RunMetadata.Usage(calls: 1, cachedCalls: 1, promptTokensEvaluated: 100, promptTokensReused: 900, generatedTokens: 20))
    }

    @Test func fencedJSONIsAccepted() throws {
        let response = CompletionResponse(content: "```json\n{\"text\":\"x\"}\n```")
        #expect(try StructuredCall.decode(response, as: Answer.self, request: request(maxTokens: 10)).get() == Answer(text: "x"))
    }

    @Test func textCutAtItsSchemaCapKeepsItsCompleteSentencesAndIDsStayIntegers() throws {
        struct Cited: Decodable, Equatable {
            var notes: [Int]
            var text: String
        }
        let capped = Schema.object(["notes": Schema.array(Schema.oneOf([1, 2]), maxItems: 2), "text": Schema.text(maxLength: 39)])
        var request = request()
        request.schema = Schema.object(["items": Schema.array(capped, maxItems: 2)])
        let cut = "They agree on hubs. They also agree tha"
        let reply = CompletionResponse(content: #"{"items":[{"notes":[1,2],"text":"\#(cut)"},{"notes":[2],"text":"Short."}]}"#)
        let answer = try StructuredCall.decode(reply, as: [String: [Cited]].self, request: request).get()
        #expect(answer["items"] == [Cited(notes: [1, 2], text: "They agree on hubs."), Cited(notes: [2], text: "Short.")])
    }
}
