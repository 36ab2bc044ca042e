import Foundation
import RapporteurKit

/// The parts of a chat-completion reply Rapporteur reads, from OpenAI, vLLM, Ollama and llama.cpp servers alike.
struct ChatCompletionReply: Decodable, Sendable {
    struct Choice: Decodable, Sendable {
        struct Message: Decodable, Sendable {
            var content: String?
        }

        var message: Message?
        var finishReason: String?
    }

    struct Usage: Decodable, Sendable {
        struct PromptDetails: Decodable, Sendable {
            var cachedTokens: Int?
        }

        var promptTokens: Int?
        var completionTokens: Int?
        var promptTokensDetails: PromptDetails?
    }

    /// llama.cpp's own counters: `prompt_n` tokens evaluated in `prompt_ms`, `cache_n` reused from its prompt cache,
    /// `predicted_n` generated in `predicted_ms`.
    struct Timings: Decodable, Sendable {
        var promptN: Int?
        var promptMs: Double?
        var cacheN: Int?
        var predictedN: Int?
        var predictedMs: Double?
    }

    var choices: [Choice]
    var usage: Usage?
    var timings: Timings?

    /// Decodes a reply body.
    ///
    /// - Parameter body: The reply bytes.
    /// - Returns: The completion response; `promptTokens` counts the prompt tokens evaluated, not those reused from a cache.
    /// - Throws: ``LanguageModelError`` with `.malformedResponse` when the body is not a chat completion with text content.
    static func response(from body: Data) throws -> CompletionResponse {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let reply: ChatCompletionReply
        do {
            reply = try decoder.decode(ChatCompletionReply.self, from: body)
        } catch {
            throw LanguageModelError(.malformedResponse, "not a chat completion: \(error)")
        }
        guard let choice = reply.choices.first, let content = choice.message?.content else {
            throw LanguageModelError(.malformedResponse, "the reply has no message content")
        }
        var response = CompletionResponse(content: content, finishReason: finishReason(choice.finishReason))
        reply.fillUsage(into: &response)
        return response
    }

    private static func finishReason(_ text: String?) -> CompletionResponse.FinishReason {
        switch text {
        case "stop": .stop
        case "length": .length
        default: .other
        }
    }

    private func fillUsage(into response: inout CompletionResponse) {
        if let promptMs = timings?.promptMs, let predictedMs = timings?.predictedMs {
            response.serverTimings = CompletionResponse.ServerTimings(promptMilliseconds: promptMs, generationMilliseconds: predictedMs)
        }
        let cached = usage?.promptTokensDetails?.cachedTokens ?? 0
        response.completionTokens = timings?.predictedN ?? usage?.completionTokens ?? 0
        if let evaluated = timings?.promptN {
            response.promptTokens = evaluated
            response.cachedPromptTokens = timings?.cacheN ?? cached
        } else {
            response.promptTokens = max(0, (usage?.promptTokens ?? 0) - cached)
            response.cachedPromptTokens = cached
        }
    }
}
