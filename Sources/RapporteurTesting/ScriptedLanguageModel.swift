public import RapporteurKit
import Synchronization

/// A fake ``LanguageModel`` for tests: answers by scripted rules, records every request, injects faults.
///
/// A rule matches a request by its schema name and/or a substring of its user messages (so a retry, which adds a
/// message, still matches the rule of the original request); the first matching
/// rule answers with its next reply (the last reply repeats once the list is used up). A request no rule matches
/// gets the fallback reply. Usage figures imitate a server with one prompt-cache slot: the bytes a prompt shares
/// with the previous prompt count as reused tokens (one token per three bytes, like the default estimate).
public final class ScriptedLanguageModel: LanguageModel, Sendable {
    /// What the fake answers.
    public enum Reply: Sendable, Hashable {
        /// This exact text, finish reason `stop`.
        case text(String)
        /// This JSON value, encoded.
        case json(JSONValue)
        /// A valid answer generated from the request's schema (see ``PlausibleAnswer``).
        case plausible
        /// Text that is not JSON.
        case malformed
        /// A plausible answer cut off: finish reason `length`.
        case truncated
        /// Throws this error instead of answering.
        case failure(LanguageModelError)
    }

    /// A scripted rule.
    public struct Rule: Sendable, Hashable {
        /// The schema name the request must have, or `nil` for any.
        public var schemaName: String?
        /// A substring the user messages must contain, or `nil` for any.
        public var contains: String?
        /// The replies, used in order; the last repeats.
        public var replies: [Reply]

        /// Creates a rule.
        public init(schemaName: String? = nil, contains: String? = nil, replies: [Reply]) {
            self.schemaName = schemaName
            self.contains = contains
            self.replies = replies
        }

        func matches(_ request: CompletionRequest) -> Bool {
            let user = request.messages.filter { $0.role == "user" }.map(\.content).joined(separator: "\n")
            return (schemaName.map { $0 == request.schemaName } ?? true) && (contains.map { user.contains($0) } ?? true)
        }
    }

    private struct State {
        var requests: [CompletionRequest] = []
        var used: [Int: Int] = [:]
        var previousPrompt = ""
    }

    public let name: String
    public let engine: String
    public let contextTokens: Int
    private let rules: [Rule]
    private let fallback: Reply
    private let millisecondsPerToken: (prompt: Double, generation: Double)?
    private let delay: @Sendable (CompletionRequest) -> Duration
    private let state = Mutex(State())

    /// Creates a fake model.
    ///
    /// - Parameters:
    ///   - rules: The rules, tried in order.
    ///   - fallback: The reply when no rule matches; `.plausible` answers every schema validly.
    ///   - name: The model name reports show.
    ///   - engine: The engine name reports show.
    ///   - contextTokens: The context window the pipeline budgets against.
    ///   - millisecondsPerToken: When set, every reply carries server timings as llama.cpp reports them: this many
    ///     milliseconds per prompt token evaluated and per token generated.
    ///   - delay: How long each reply takes to arrive, e.g. longer for earlier requests, so that replies to
    ///     concurrent calls arrive out of order.
    public init(
        rules: [Rule] = [],
        fallback: Reply = .plausible,
        name: String = "scripted-model",
        engine: String = "scripted (tests)",
        contextTokens: Int = 32_768,
        millisecondsPerToken: (prompt: Double, generation: Double)? = nil,
        delay: @escaping @Sendable (CompletionRequest) -> Duration = { _ in .zero }
    ) {
        self.delay = delay
        self.rules = rules
        self.fallback = fallback
        self.millisecondsPerToken = millisecondsPerToken
        self.name = name
        self.engine = engine
        self.contextTokens = contextTokens
    }

    /// A fake that answers every request with a valid answer generated from its schema.
    ///
    /// - Parameter rules: Rules that take precedence over the plausible answers.
    /// - Returns: The fake.
    public static func plausible(rules: [Rule] = []) -> ScriptedLanguageModel {
        ScriptedLanguageModel(rules: rules, fallback: .plausible)
    }

    /// Every request received, in order.
    public var requests: [CompletionRequest] { state.withLock { $0.requests } }

    /// Answers a request by the first matching rule.
    ///
    /// - Parameter request: The request.
    /// - Returns: The scripted reply.
    /// - Throws: The scripted ``LanguageModelError``.
    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let (reply, reused) = state.withLock { state -> (Reply, Int) in
            state.requests.append(request)
            let prompt = request.messages.map(\.content).joined(separator: "\n")
            let shared = zip(prompt.utf8, state.previousPrompt.utf8).prefix { $0 == $1 }.count
            state.previousPrompt = prompt
            guard let index = rules.firstIndex(where: { $0.matches(request) }) else { return (fallback, shared / 3) }
            let position = state.used[index, default: 0]
            state.used[index] = position + 1
            return (rules[index].replies[min(position, rules[index].replies.count - 1)], shared / 3)
        }
        let wait = delay(request)
        if wait > .zero { try await Task.sleep(for: wait) }
        let promptTokens = try await countTokens(request.messages.map(\.content).joined(separator: "\n"))
        let (content, finish) = try answer(reply, to: request)
        let evaluated = max(0, promptTokens - reused)
        let generated = try await countTokens(content)
        return CompletionResponse(
            content: content,
            finishReason: finish,
            promptTokens: evaluated,
            cachedPromptTokens: min(reused, promptTokens),
            completionTokens: generated,
            serverTimings: millisecondsPerToken.map { perToken in
                CompletionResponse.ServerTimings(
                    promptMilliseconds: Double(evaluated) * perToken.prompt,
                    generationMilliseconds: Double(generated) * perToken.generation
                )
            }
        )
    }

    private func answer(_ reply: Reply, to request: CompletionRequest) throws -> (String, CompletionResponse.FinishReason) {
        switch reply {
        case .text(let text): return (text, .stop)
        case .json(let value): return (PlausibleAnswer.encode(value), .stop)
        case .plausible:
            return (PlausibleAnswer.encode(PlausibleAnswer.value(for: request.schema, subject: PlausibleAnswer.subject(of: request))), .stop)
        case .malformed: return ("Sure! Here is the answer: {\"broken\": ", .stop)
        case .truncated:
            let value = PlausibleAnswer.value(for: request.schema, subject: PlausibleAnswer.subject(of: request))
            return (String(PlausibleAnswer.encode(value).dropLast(3)), .length)
        case .failure(let error): throw error
        }
    }
}
