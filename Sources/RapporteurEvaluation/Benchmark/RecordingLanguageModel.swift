public import RapporteurKit
import Synchronization

/// A model that passes every request on and keeps every reply, so a run's model work can be measured afterwards.
public final class RecordingLanguageModel: LanguageModel, Sendable {
    private let base: any LanguageModel
    private let replies = Mutex<[CompletionResponse]>([])

    /// Wraps a model.
    ///
    /// - Parameter base: The model that answers.
    public init(_ base: any LanguageModel) {
        self.base = base
    }

    public var name: String { base.name }
    public var engine: String { base.engine }
    public var contextTokens: Int { base.contextTokens }

    /// The replies so far, in the order they arrived.
    public var responses: [CompletionResponse] { replies.withLock { $0 } }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let response = try await base.complete(request)
        replies.withLock { $0.append(response) }
        return response
    }

    public func countTokens(_ text: String) async throws -> Int {
        try await base.countTokens(text)
    }
}
