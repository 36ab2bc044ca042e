/// A model's reply to a ``CompletionRequest``.
public struct CompletionResponse: Sendable, Hashable, Codable {
    /// Why generation stopped.
    public enum FinishReason: String, Sendable, Hashable, Codable {
        /// The answer is complete.
        case stop
        /// The answer hit `maxTokens` and is cut off.
        case length
        /// Anything else the server reported.
        case other
    }

    /// How long the server itself spent on the reply, as llama.cpp reports it; other servers do not.
    public struct ServerTimings: Sendable, Hashable, Codable {
        /// Milliseconds spent evaluating the prompt tokens that were not reused.
        public var promptMilliseconds: Double
        /// Milliseconds spent generating.
        public var generationMilliseconds: Double

        /// Creates timings.
        public init(promptMilliseconds: Double, generationMilliseconds: Double) {
            self.promptMilliseconds = promptMilliseconds
            self.generationMilliseconds = generationMilliseconds
        }
    }

    /// The reply text, JSON when the request had a schema.
    public var content: String
    /// Why generation stopped.
    public var finishReason: FinishReason
    /// Prompt tokens the server evaluated.
    public var promptTokens: Int
    /// Prompt tokens the server reused from its prompt cache.
    public var cachedPromptTokens: Int
    /// Tokens generated.
    public var completionTokens: Int
    /// Whether the reply came from Rapporteur's on-disk response cache rather than the model.
    public var fromCache: Bool
    /// The server's own timings of this reply, when it reports them.
    public var serverTimings: ServerTimings?

    /// Creates a reply.
    public init(
        content: String,
        finishReason: FinishReason = .stop,
        promptTokens: Int = 0,
        cachedPromptTokens: Int = 0,
        completionTokens: Int = 0,
        fromCache: Bool = false,
        serverTimings: ServerTimings? = nil
    ) {
        self.content = content
        self.finishReason = finishReason
        self.promptTokens = promptTokens
        self.cachedPromptTokens = cachedPromptTokens
        self.completionTokens = completionTokens
        self.fromCache = fromCache
        self.serverTimings = serverTimings
    }
}
