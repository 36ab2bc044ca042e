/// A chat model that answers with JSON constrained by a schema: the one seam between the pipeline and any backend.
public protocol LanguageModel: Sendable {
    /// The model's name as reports show it, e.g. `qwen2.5-coder-1.5b-instruct-q4_k_m`.
    var name: String { get }
    /// The engine, e.g. `llama.cpp server (local)` or the endpoint's host.
    var engine: String { get }
    /// The context window in tokens, the budget every call is checked against.
    var contextTokens: Int { get }

    /// Sends one request and returns the reply.
    ///
    /// - Parameter request: The messages, the JSON Schema of the answer and the generation limits.
    /// - Returns: The reply text (JSON) and token usage.
    /// - Throws: ``LanguageModelError`` after the implementation's own retries are exhausted.
    func complete(_ request: CompletionRequest) async throws -> CompletionResponse

    /// Counts the tokens of a text as the model's tokenizer does, or a safe over-estimate.
    ///
    /// - Parameter text: The text to count.
    /// - Returns: The number of tokens.
    /// - Throws: ``LanguageModelError`` when the count cannot be obtained.
    func countTokens(_ text: String) async throws -> Int
}

extension LanguageModel {
    /// A conservative estimate used when no tokenizer is reachable: one token per three UTF-8 bytes, rounded up.
    ///
    /// - Parameter text: The text to count.
    /// - Returns: The estimated number of tokens.
    /// - Throws: Never; the signature matches the requirement.
    public func countTokens(_ text: String) async throws -> Int { (text.utf8.count + 2) / 3 }
}
