import Crypto
import Foundation
import RapporteurKit

/// The content address of one model call: SHA-256 of the model name and the canonical JSON of the request.
struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    /// What the hash covers; the version changes when the cache's format does.
    private struct Material: Encodable {
        var format = "rapporteur-response-cache-1"
        var model: String
        var messages: [CompletionRequest.Message]
        var schemaName: String
        var schema: JSONValue
        var maxTokens: Int
        var temperature: Double
    }

    /// The hash in lower-case hex.
    let hex: String

    /// The key of a request to a model.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - model: The model's name.
    /// - Throws: An encoding error (never for well-formed requests).
    init(request: CompletionRequest, model: String) throws {
        let material = Material(
            model: model,
            messages: request.messages,
            schemaName: request.schemaName,
            schema: request.schema,
            maxTokens: request.maxTokens,
            temperature: request.temperature
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        hex = Self.sha256Hex(try encoder.encode(material))
    }

    var description: String { hex }

    /// The SHA-256 of some bytes in lower-case hex.
    ///
    /// - Parameter data: The bytes.
    /// - Returns: 64 hex digits.
    static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
