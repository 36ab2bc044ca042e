import Foundation
import RapporteurKit

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request with a hard deadline and a reply size cap.
///
/// `http://` URLs (a local or LAN model server) go over a plain socket (``SocketTransport``), which sleeps while it
/// waits; other URLs (hosted `https://` APIs) go over `URLSession` (``URLSessionTransport``).
struct HTTPClient: Sendable {
    /// The longest wait for a complete reply, in seconds.
    var timeout: TimeInterval
    /// The largest reply body accepted, in bytes.
    var maxReplyBytes: Int

    /// Sends a request and waits for the whole reply.
    ///
    /// - Parameter request: The request.
    /// - Returns: The reply, whatever its status.
    /// - Throws: ``HTTPFailure`` when no usable reply arrived; `CancellationError` when the task was cancelled.
    func send(_ request: URLRequest) async throws -> HTTPReply {
        if Self.usesSocket(request) {
            return try await SocketTransport(timeout: timeout, maxReplyBytes: maxReplyBytes).send(request)
        }
        return try await URLSessionTransport(timeout: timeout, maxReplyBytes: maxReplyBytes).send(request)
    }

    /// Whether a request goes over the plain socket transport: plain `http://` only, TLS stays with `URLSession`.
    ///
    /// - Parameter request: The request.
    /// - Returns: True for an `http://` URL.
    static func usesSocket(_ request: URLRequest) -> Bool {
        request.url?.scheme?.lowercased() == "http"
    }

    /// A duration for error messages: whole seconds, or milliseconds below one second.
    ///
    /// - Parameter value: Seconds.
    /// - Returns: E.g. `5 s` or `300 ms`.
    static func seconds(_ value: TimeInterval) -> String {
        value >= 1 ? "\(Int(saturating: value)) s" : "\(Int(saturating: value * 1000)) ms"
    }
}
