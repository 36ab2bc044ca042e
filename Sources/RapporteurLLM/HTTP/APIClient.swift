import Foundation
import RapporteurKit

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Calls one OpenAI-compatible server: builds requests, retries what is worth retrying, maps failures to ``LanguageModelError``.
struct APIClient: Sendable {
    /// The server root, without a trailing `/v1`.
    var root: URL
    /// The bearer token, if any.
    var apiKey: String?
    /// The transport.
    var http: HTTPClient
    /// When and how often to retry.
    var retry: RetryPolicy

    /// Sends a GET request.
    ///
    /// - Parameter path: The path below the root, e.g. `/v1/models`.
    /// - Returns: The 2xx reply.
    /// - Throws: ``LanguageModelError`` after retries.
    func get(_ path: String) async throws -> HTTPReply {
        try await perform(makeRequest(path: path, method: "GET", body: nil))
    }

    /// Sends a POST request with a JSON body.
    ///
    /// - Parameters:
    ///   - path: The path below the root.
    ///   - body: The JSON body.
    /// - Returns: The 2xx reply.
    /// - Throws: ``LanguageModelError`` after retries.
    func post(_ path: String, json body: Data) async throws -> HTTPReply {
        try await perform(makeRequest(path: path, method: "POST", body: body))
    }

    /// The server root for a base URL given with or without a trailing `/v1` or `/`.
    ///
    /// - Parameter baseURL: The URL the user gave.
    /// - Returns: The root the API paths are appended to.
    static func root(of baseURL: URL) -> URL {
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix("/v1") { text.removeLast(3) }
        return URL(string: text) ?? baseURL
    }

    private func makeRequest(path: String, method: String, body: Data?) -> URLRequest {
        var request = URLRequest(url: URL(string: root.absoluteString + path) ?? root)
        request.httpMethod = method
        request.timeoutInterval = http.timeout + 5
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let apiKey, !apiKey.isEmpty {
            request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
        }
        return request
    }

    private func perform(_ request: URLRequest) async throws -> HTTPReply {
        let endpoint = request.url?.path ?? "?"
        var failure = LanguageModelError(.unreachable, endpoint)
        for attempt in 1...max(1, retry.maxAttempts) {
            var retryAfter: String?
            do {
                let reply = try await http.send(request)
                if (200..<300).contains(reply.status) { return reply }
                failure = try Self.classify(reply, endpoint: endpoint)
                retryAfter = reply.headers["retry-after"]
            } catch let error as HTTPFailure {
                failure = Self.error(for: error, endpoint: endpoint)
                if case .tooLarge = error { throw failure }
            }
            guard attempt < retry.maxAttempts else { break }
            try await Task.sleep(for: .seconds(retry.delay(afterAttempt: attempt, retryAfter: retryAfter)))
        }
        failure.detail += " (after \(max(1, retry.maxAttempts)) attempts)"
        throw failure
    }

    /// The error for a non-2xx reply; throws it at once when retrying cannot help.
    private static func classify(_ reply: HTTPReply, endpoint: String) throws -> LanguageModelError {
        let detail = "\(endpoint): \(reply.bodyExcerpt())"
        switch reply.status {
        case 429: return LanguageModelError(.rateLimited, detail)
        case 408: return LanguageModelError(.timeout, detail)
        case 500...: return LanguageModelError(.http(reply.status), detail)
        default: throw LanguageModelError(.http(reply.status), detail)
        }
    }

    private static func error(for failure: HTTPFailure, endpoint: String) -> LanguageModelError {
        switch failure {
        case .unreachable(let detail): LanguageModelError(.unreachable, "\(endpoint): \(detail)")
        case .timeout(let detail): LanguageModelError(.timeout, "\(endpoint): \(detail)")
        case .tooLarge(let limit): LanguageModelError(.malformedResponse, "\(endpoint): reply larger than \(limit) bytes")
        }
    }
}
