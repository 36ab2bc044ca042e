public import Foundation

extension OpenAICompatibleModel {
    /// Where and how to reach an OpenAI-compatible chat-completions server.
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
            engine: String? = nil
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
        }

        /// The engine's name as reports show it.
        var engineDescription: String {
            if let engine { return engine }
            let host = baseURL.host ?? baseURL.absoluteString
            return "OpenAI-compatible API at " + (baseURL.port.map { "\(host):\($0)" } ?? host)
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
