import Foundation
public import RapporteurKit

/// A ``LanguageModel`` served over the OpenAI chat-completions API: llama.cpp's server, Ollama, vLLM or a hosted API.
///
/// Every call asks for a strict JSON Schema answer: as a compact LLGuidance grammar on llama.cpp servers that honour
/// it, else as `response_format: json_schema` (``OutputConstraint``). Unreachable servers, timeouts,
/// HTTP 429 and 5xx are retried with exponential backoff; other 4xx fail at once. Whether the content is valid JSON
/// is the caller's concern.
public struct OpenAICompatibleModel: LanguageModel {
    /// The configuration this model was made with.
    public let configuration: Configuration
    /// The model name sent with every request and shown in reports.
    public let name: String
    /// The engine's name as reports show it.
    public var engine: String { configuration.engineDescription }
    /// The context window in tokens.
    public var contextTokens: Int { configuration.contextTokens }

    private let tokenizer = TokenizerSupport()

    /// Creates a model with a known name, without contacting the server.
    ///
    /// - Parameters:
    ///   - configuration: The server and limits.
    ///   - modelName: The model name; overrides `configuration.model`.
    public init(configuration: Configuration, modelName: String) {
        self.configuration = configuration
        self.name = modelName
    }

    /// Creates a model, asking the server for its first model when the configuration names none.
    ///
    /// - Parameter configuration: The server and limits.
    /// - Returns: The model, ready for calls.
    /// - Throws: ``LanguageModelError`` when the server cannot be reached or lists no model.
    public static func connect(_ configuration: Configuration) async throws -> OpenAICompatibleModel {
        if let model = configuration.model, !model.isEmpty {
            return OpenAICompatibleModel(configuration: configuration, modelName: model)
        }
        guard let first = try await listModels(configuration).first else {
            throw LanguageModelError(.malformedResponse, "/v1/models lists no model")
        }
        return OpenAICompatibleModel(configuration: configuration, modelName: first)
    }

    /// The model identifiers the server lists at `GET /v1/models`, in its order.
    ///
    /// - Parameter configuration: The server to ask.
    /// - Returns: The identifiers.
    /// - Throws: ``LanguageModelError`` when the server cannot be reached or the reply is not a model list.
    public static func listModels(_ configuration: Configuration) async throws -> [String] {
        struct ModelList: Decodable {
            struct Entry: Decodable { var id: String }
            var data: [Entry]
        }
        let reply = try await configuration.client.get("/v1/models")
        do {
            return try JSONDecoder().decode(ModelList.self, from: reply.body).data.map(\.id)
        } catch {
            throw LanguageModelError(.malformedResponse, "/v1/models: \(reply.bodyExcerpt())")
        }
    }

    /// The API key from the environment: `RAPPORTEUR_API_KEY`, else `OPENAI_API_KEY`; empty values count as absent.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The key, or `nil` when neither variable holds one.
    public static func apiKey(from environment: [String: String]) -> String? {
        for variable in ["RAPPORTEUR_API_KEY", "OPENAI_API_KEY"] {
            if let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                return value
            }
        }
        return nil
    }

    /// Sends one request to `POST /v1/chat/completions`.
    ///
    /// - Parameter request: The messages, schema and limits.
    /// - Returns: The reply text and token usage (`promptTokens` = tokens evaluated, `cachedPromptTokens` = reused).
    /// - Throws: ``LanguageModelError`` after retries, or at once for a 4xx other than 408 and 429.
    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        // Sorted keys make the request bytes, and so the order in which a grammar-constrained server generates
        // an object's properties, the same on every run.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(ChatCompletionBody(request, model: name, constraint: configuration.constraint))
        let reply = try await configuration.client.post("/v1/chat/completions", json: body)
        return try ChatCompletionReply.response(from: reply.body)
    }

    /// Counts tokens with llama.cpp's `POST /tokenize`, or estimates them when the server has no such endpoint.
    ///
    /// - Parameter text: The text to count.
    /// - Returns: The number of tokens.
    /// - Throws: ``LanguageModelError`` when the server fails in another way.
    public func countTokens(_ text: String) async throws -> Int {
        guard tokenizer.isAvailable != false else { return Self.estimatedTokens(text) }
        struct Tokens: Decodable { var tokens: [JSONValue] }
        let body = try JSONEncoder().encode(["content": text])
        do {
            let reply = try await configuration.client.post("/tokenize", json: body)
            let count = try JSONDecoder().decode(Tokens.self, from: reply.body).tokens.count
            tokenizer.record(true)
            return count
        } catch let error as LanguageModelError where [.http(404), .http(405), .http(501)].contains(error.code) {
            tokenizer.record(false)
            return Self.estimatedTokens(text)
        } catch is DecodingError {
            tokenizer.record(false)
            return Self.estimatedTokens(text)
        }
    }

    /// The protocol's default estimate: one token per three UTF-8 bytes, rounded up.
    static func estimatedTokens(_ text: String) -> Int {
        (text.utf8.count + 2) / 3
    }
}
