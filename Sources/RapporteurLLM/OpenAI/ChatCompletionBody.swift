import Foundation
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
    /// The schema as OpenAI's `response_format`, for servers without compact grammars.
    var responseFormat: ResponseFormat?
    /// The schema as an LLGuidance grammar (llama.cpp's `grammar` field), which allows no optional white space.
    var grammar: String?
    var stream = false

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, stream, grammar
        case maxTokens = "max_tokens"
        case responseFormat = "response_format"
    }

    /// The body for a request to a model.
    ///
    /// - Parameters:
    ///   - request: The completion request.
    ///   - model: The model name the server knows.
    ///   - constraint: How the schema is sent (`.automatic` sends `response_format`).
    init(_ request: CompletionRequest, model: String, constraint: OpenAICompatibleModel.OutputConstraint = .jsonSchema) {
        self.model = model
        self.messages = request.messages
        self.temperature = request.temperature
        self.maxTokens = request.maxTokens
        switch constraint {
        case .compactGrammar: grammar = Self.compactGrammar(for: request.schema)
        case .jsonSchema, .automatic:
            responseFormat = ResponseFormat(jsonSchema: SchemaFormat(name: request.schemaName, schema: request.schema))
        }
    }

    /// An LLGuidance grammar for JSON that matches `schema` and has no optional white space: `%llguidance {}` and a
    /// start rule that is the schema with `"x-guidance": {"whitespace_flexible": false}`.
    ///
    /// - Parameter schema: A JSON Schema object.
    /// - Returns: The grammar text for llama.cpp's `grammar` field.
    static func compactGrammar(for schema: JSONValue) -> String {
        var guided = schema
        if case .object(var fields) = schema {
            fields["x-guidance"] = .object(["whitespace_flexible": .bool(false)])
            guided = .object(fields)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(guided)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "%llguidance {}\nstart: %json " + json
    }
}
