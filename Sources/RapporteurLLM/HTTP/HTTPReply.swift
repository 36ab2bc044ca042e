import Foundation

/// One HTTP reply: status, headers (names lower-cased) and the body, read whole up to a size cap.
struct HTTPReply: Sendable, Hashable {
    /// The status code.
    var status: Int
    /// The header fields, names lower-cased.
    var headers: [String: String]
    /// The body bytes.
    var body: Data

    /// The body as text, cut to `limit` characters, for error messages.
    ///
    /// - Parameter limit: The most characters to keep.
    /// - Returns: The start of the body, with white space runs folded.
    func bodyExcerpt(limit: Int = 300) -> String {
        let text = String(decoding: body.prefix(limit * 4), as: UTF8.self)
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return folded.count > limit ? String(folded.prefix(limit)) + "…" : folded
    }
}

/// Why an HTTP exchange produced no reply.
enum HTTPFailure: Error, Sendable, Hashable {
    /// The server could not be reached or dropped the connection.
    case unreachable(String)
    /// No complete reply within the timeout.
    case timeout(String)
    /// The reply body exceeded the size cap.
    case tooLarge(Int)
}
