import RapporteurKit

/// The JSON body of `POST /v1/chat/completions` with a strict JSON Schema response format.
///
/// Keys are spelled out (no snake-case strategy), so the schema's own property names pass through unchanged.
struct ChatCompletionBody: Encodable, Sendable {
    /// The `response_format` object.
    struct ResponseFormat: Encodable, Sendable {
        var type = "json_schema"
        var jsonSchema: SchemaFormat

        enum CodingKeys: String, CodingKey {
            case type
            case jsonSchema = "json_schema"
        }
    }

    /// The `json_schema` object inside `response_format`.
    struct SchemaFormat: Encodable, Sendable {
        var name: String
        var schema: JSONValue
        var strict = true
    }

    var model: String
    var messages: [CompletionRequest.Message]
    var temperature: Double
    var maxTokens: Int
    var responseFormat: ResponseFormat
    var stream = false

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, stream
        case maxTokens = "max_tokens"
        case responseFormat = "response_format"
    }

    /// The body for a request to a model.
    ///
    /// - Parameters:
    ///   - request: The completion request.
    ///   - model: The model name the server knows.
    init(_ request: CompletionRequest, model: String) {
        self.model = model
        self.messages = request.messages
        self.temperature = request.temperature
        self.maxTokens = request.maxTokens
        self.responseFormat = ResponseFormat(jsonSchema: SchemaFormat(name: request.schemaName, schema: request.schema))
    }
}
