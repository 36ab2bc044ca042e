import Foundation

/// Sends one request with a JSON Schema and decodes the answer, the way every model call of the pipeline is made.
///
/// Before sending, the prompt is counted with the model's tokenizer: when prompt plus answer do not fit the
/// context window the call throws ``LanguageModelError/Code/overBudget`` instead of truncating anything.
/// A reply that is not valid JSON, does not decode, or was cut off at `maxTokens` is retried once with the
/// failure named in an extra user message; a second bad reply throws ``LanguageModelError/Code/malformedResponse``.
/// Errors the model itself throws (timeouts, HTTP failures) are not retried here: the client has its own retries.
struct StructuredCall: Sendable {
    /// Tokens added per message by chat templates (role markers), counted on top of the message text.
    static let tokensPerMessage = 8

    let model: any LanguageModel
    let meter: UsageMeter

    /// Sends `request` and decodes its answer, retrying once on an unusable reply.
    ///
    /// - Parameters:
    ///   - request: The request; its schema describes `Answer`.
    ///   - type: The type the answer decodes into.
    /// - Returns: The decoded answer.
    /// - Throws: ``LanguageModelError`` when over budget, when the model fails, or when both replies are unusable.
    func perform<Answer: Decodable>(_ request: CompletionRequest, as type: Answer.Type) async throws -> Answer {
        let first = try await send(request)
        let reason: String
        switch Self.decode(first, as: type, request: request) {
        case .success(let answer): return answer
        case .failure(let failure): reason = failure.reason
        }
        var retry = request
        retry.messages.append(
            .init(role: "user", content: "Your previous answer was not valid: \(reason). Answer again with JSON matching the schema.")
        )
        switch Self.decode(try await send(retry), as: type, request: request) {
        case .success(let answer): return answer
        case .failure(let failure):
            throw LanguageModelError(.malformedResponse, "\(request.schemaName): \(failure.reason) (also after one retry; first: \(reason))")
        }
    }

    /// Checks the budget, sends, and counts the reply.
    private func send(_ request: CompletionRequest) async throws -> CompletionResponse {
        try await checkBudget(request)
        let response = try await model.complete(request)
        meter.record(response)
        return response
    }

    /// Throws when the prompt plus the answer limit exceeds the context window.
    ///
    /// - Parameter request: The request about to be sent.
    /// - Throws: ``LanguageModelError/Code/overBudget``.
    func checkBudget(_ request: CompletionRequest) async throws {
        let text = request.messages.map(\.content).joined(separator: "\n")
        let prompt = try await model.countTokens(text) + request.messages.count * Self.tokensPerMessage
        guard prompt + request.maxTokens <= model.contextTokens else {
            throw LanguageModelError(
                .overBudget,
                "\(request.schemaName): prompt \(prompt) + answer \(request.maxTokens) tokens > context \(model.contextTokens) tokens"
            )
        }
    }

    /// Why a reply could not be used.
    struct Unusable: Error {
        let reason: String
    }

    /// Decodes a reply, or names why it cannot be used; texts cut at their schema's `maxLength` are tidied first.
    static func decode<Answer: Decodable>(
        _ response: CompletionResponse,
        as type: Answer.Type,
        request: CompletionRequest
    ) -> Result<Answer, Unusable> {
        if response.finishReason == .length {
            return .failure(Unusable(reason: "it was cut off at the limit of \(request.maxTokens) tokens; give a shorter answer"))
        }
        let text = stripFence(response.content)
        guard var data = text.data(using: .utf8), let reply = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(Unusable(reason: "it is not valid JSON"))
        }
        var changed = false
        let tidied = CappedText.tidy(reply, schema: request.schema, changed: &changed)
        if changed, let tidiedData = try? JSONSerialization.data(withJSONObject: tidied, options: [.fragmentsAllowed]) { data = tidiedData }
        do {
            return .success(try JSONDecoder().decode(type, from: data))
        } catch let error as DecodingError {
            return .failure(Unusable(reason: describe(error)))
        } catch {
            return .failure(Unusable(reason: "it does not match the schema"))
        }
    }

    /// Removes a Markdown code fence around the JSON, which some servers add despite the schema.
    private static func stripFence(_ text: String) -> String {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.hasPrefix("```"), body.hasSuffix("```"), body.count >= 6 else { return body }
        body = String(body.dropFirst(3).dropLast(3))
        if let newline = body.firstIndex(of: "\n") { body = String(body[body.index(after: newline)...]) }
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "the answer" : "field \"\(keys.joined(separator: "."))\""
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)) lacks the required field \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(path(context)) has the wrong type"
        case .dataCorrupted(let context): return "\(path(context)) is invalid: \(context.debugDescription)"
        @unknown default: return "it does not match the schema"
        }
    }
}
