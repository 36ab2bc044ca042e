public import Foundation

extension OpenAICompatibleModel {
    /// Where and how to reach an OpenAI-compatible chat-completions server.
    /// How a request holds the reply to its JSON Schema.
    public enum OutputConstraint: String, Sendable, Hashable {
        /// OpenAI's `response_format: json_schema`, which every compatible server takes. llama.cpp turns it into a
        /// grammar that allows a newline and indentation at every separator, and the small model uses them.
        case jsonSchema
        /// llama.cpp's `grammar` field with an LLGuidance grammar of the schema that allows no optional white
        /// space: compact replies, fewer generated tokens. A llama.cpp built without LLGuidance only logs the
        /// grammar and decodes unconstrained, so use it where ``OpenAICompatibleModel/resolvingConstraint()`` found it
        /// honoured.
        case compactGrammar
        /// The compact grammar when the server is llama.cpp's (it answers `GET /props`) and a probe request comes
        /// back compact and valid; `response_format` otherwise.
        case automatic
    }

    public struct Configuration: Sendable, Hashable {
        /// The server's base URL, with or without a trailing `/v1`, e.g. `http://127.0.0.1:8080` or `https://api.openai.com/v1`.
        public var baseURL: URL
        /// The model to ask for; `nil` takes the first model `GET /v1/models` lists.
        public var model: String?
        /// The bearer token; sent only when present. Read it with ``OpenAICompatibleModel/apiKey(from:)``.
        public var apiKey: String?
        /// The longest wait for one reply, in seconds. The default suits the local CPU model on long prompts.
        public var requestTimeout: TimeInterval
        /// The most attempts per call, the first included.
        public var maxAttempts: Int
        /// The wait after the first failed attempt, in seconds; it doubles after each further one.
        public var backoffBase: TimeInterval
        /// The longest wait a server's `Retry-After` header is honoured for, in seconds.
        public var maxRetryAfter: TimeInterval
        /// The model's context window in tokens.
        public var contextTokens: Int
        /// The largest reply body accepted, in bytes.
        public var maxReplyBytes: Int
        /// How reports name the engine; `nil` names the server's host.
        public var engine: String?
        /// How a reply is held to the request's schema.
        public var constraint: OutputConstraint

        /// Creates a configuration.
        ///
        /// - Parameters:
        ///   - baseURL: The server's base URL, with or without `/v1`.
        ///   - model: The model name, or `nil` to ask the server.
        ///   - apiKey: The bearer token, if the server needs one.
        ///   - requestTimeout: The longest wait for one reply, in seconds.
        ///   - maxAttempts: The most attempts per call.
        ///   - backoffBase: The first retry wait, in seconds.
        ///   - maxRetryAfter: The cap on a server's `Retry-After`, in seconds.
        ///   - contextTokens: The model's context window in tokens.
        ///   - maxReplyBytes: The largest reply body accepted.
        ///   - engine: How reports name the engine.
        ///   - constraint: How a reply is held to the schema (`response_format` unless told otherwise).
        public init(
            baseURL: URL,
            model: String? = nil,
            apiKey: String? = nil,
            requestTimeout: TimeInterval = 600,
            maxAttempts: Int = 4,
            backoffBase: TimeInterval = 2,
            maxRetryAfter: TimeInterval = 60,
            contextTokens: Int = 8192,
            maxReplyBytes: Int = 4 << 20,
            engine: String? = nil,
            constraint: OutputConstraint = .jsonSchema
        ) {
            self.baseURL = baseURL
            self.model = model
            self.apiKey = apiKey
            self.requestTimeout = requestTimeout
            self.maxAttempts = maxAttempts
            self.backoffBase = backoffBase
            self.maxRetryAfter = maxRetryAfter
            self.contextTokens = contextTokens
            self.maxReplyBytes = maxReplyBytes
            self.engine = engine
            self.constraint = constraint
        }

        /// The engine's name as reports show it.
        var engineDescription: String {
            let host = baseURL.host ?? baseURL.absoluteString
            let name = engine ?? "OpenAI-compatible API at " + (baseURL.port.map { "\(host):\($0)" } ?? host)
            return constraint == .compactGrammar ? name + ", compact JSON grammar" : name
        }

        /// The client that talks to the server.
        var client: APIClient {
            APIClient(
                root: APIClient.root(of: baseURL),
                apiKey: apiKey,
                http: HTTPClient(timeout: requestTimeout, maxReplyBytes: maxReplyBytes),
                retry: RetryPolicy(maxAttempts: maxAttempts, backoffBase: backoffBase, maxRetryAfter: maxRetryAfter)
            )
        }
    }
}
