import Foundation
import RapporteurKit

extension OpenAICompatibleModel {
    /// The model with its ``OutputConstraint`` decided: `.automatic` becomes `.compactGrammar` when the server is
    /// llama.cpp's (it answers `GET /props`) and a probe request under the compact grammar comes back as compact,
    /// valid JSON; `.jsonSchema` otherwise. Other constraints are kept as they are.
    ///
    /// The probe matters because a llama.cpp built without LLGuidance only logs "llg error" and decodes
    /// unconstrained: a grammar the server ignores must not be relied on.
    ///
    /// - Returns: The model with a definite constraint.
    public func resolvingConstraint() async -> OpenAICompatibleModel {
        guard configuration.constraint == .automatic else { return self }
        var resolved = configuration
        resolved.constraint = await Self.honoursCompactGrammar(self) ? .compactGrammar : .jsonSchema
        return OpenAICompatibleModel(configuration: resolved, modelName: name)
    }

    /// The probe's schema: three small integers.
    static let probeSchema: JSONValue = .object([
        "type": .string("object"),
        "properties": .object(["n": .object(["type": .string("array"), "items": .object(["type": .string("integer")]), "maxItems": .number(3)])]),
        "required": .array([.string("n")]),
        "additionalProperties": .bool(false),
    ])

    private static func honoursCompactGrammar(_ model: OpenAICompatibleModel) async -> Bool {
        guard (try? await model.configuration.client.get("/props")) != nil else { return false }
        var probing = model.configuration
        probing.constraint = .compactGrammar
        probing.maxAttempts = 1
        let request = CompletionRequest(
            messages: [.init(role: "user", content: "Write the JSON object {\"n\": [1, 2, 3]} exactly, with its spaces.")],
            schemaName: "probe",
            schema: probeSchema,
            maxTokens: 24
        )
        guard let reply = try? await OpenAICompatibleModel(configuration: probing, modelName: model.name).complete(request) else {
            return false
        }
        return isCompactJSON(reply.content)
    }

    /// Whether a reply is one JSON value with no white space outside its strings.
    ///
    /// - Parameter text: The reply content.
    /// - Returns: `true` for valid, compact JSON.
    static func isCompactJSON(_ text: String) -> Bool {
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil else { return false }
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                return false
            }
        }
        return true
    }
}
