/// A model call that failed after retries.
public struct LanguageModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        /// The server could not be reached (connection refused, DNS, reset).
        case unreachable
        /// No reply within the request timeout.
        case timeout
        /// HTTP 429 after retries.
        case rateLimited
        /// Another HTTP error status.
        case http(Int)
        /// The reply was not valid JSON, did not match the schema, or was cut off at the length limit.
        case malformedResponse
        /// The prompt does not fit the model's context window.
        case overBudget
    }

    /// What went wrong.
    public var code: Code
    /// Details for people.
    public var detail: String

    /// Creates an error.
    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// A one-line message.
    public var description: String {
        switch code {
        case .unreachable: "model server unreachable: \(detail)"
        case .timeout: "model call timed out: \(detail)"
        case .rateLimited: "model server kept answering 429 (rate limited): \(detail)"
        case .http(let status): "model server answered HTTP \(status): \(detail)"
        case .malformedResponse: "model reply unusable: \(detail)"
        case .overBudget: "prompt exceeds the model's context window: \(detail)"
        }
    }
}
