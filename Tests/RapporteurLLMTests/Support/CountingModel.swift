import RapporteurKit
import Synchronization

/// A fake model that answers every request with its last user message and counts the calls it received.
final class CountingModel: LanguageModel {
    let name: String
    let engine = "fake"
    let contextTokens = 4096
    private let finishReason: CompletionResponse.FinishReason
    private let calls = Mutex(0)

    init(name: String = "fake-model", finishReason: CompletionResponse.FinishReason = .stop) {
        self.name = name
        self.finishReason = finishReason
    }

    var callCount: Int { calls.withLock { $0 } }

    func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        calls.withLock { $0 += 1 }
        let question = request.messages.last?.content ?? ""
        return CompletionResponse(
            content: #"{"answer":"\#(question)"}"#,
            finishReason: finishReason,
            promptTokens: 10,
            cachedPromptTokens: 2,
            completionTokens: 5
        )
    }
}
