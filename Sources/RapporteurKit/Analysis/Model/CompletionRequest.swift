/// One chat-completion request with a structured-output schema.
public struct CompletionRequest: Sendable, Hashable, Codable {
    /// A chat message.
    public struct Message: Sendable, Hashable, Codable {
        /// `system`, `user` or `assistant`.
        public var role: String
        /// The message text.
        public var content: String

        /// Creates a message.
        public init(role: String, content: String) {
            self.role = role
            self.content = content
        }
    }

    /// The messages, in order.
    public var messages: [Message]
    /// The name of the answer schema (letters, digits, `_`, `-`).
    public var schemaName: String
    /// The JSON Schema the answer must satisfy.
    public var schema: JSONValue
    /// The most tokens the answer may take.
    public var maxTokens: Int
    /// Sampling temperature; the pipeline always uses 0.
    public var temperature: Double

    /// Creates a request.
    public init(messages: [Message], schemaName: String, schema: JSONValue, maxTokens: Int, temperature: Double = 0) {
        self.messages = messages
        self.schemaName = schemaName
        self.schema = schema
        self.maxTokens = maxTokens
        self.temperature = temperature
    }
}
