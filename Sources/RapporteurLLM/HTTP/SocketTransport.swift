import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends `http://` requests over a plain POSIX socket, on a thread of their own.
///
/// FoundationNetworking's `URLSession` on Linux spins while it waits for a slow reply (about 60 % of a core for a
/// local model that thinks for minutes). Here the exchange runs on a dedicated thread that sleeps in `poll(2)`, so a
/// long wait costs no CPU and does not hold a thread of Swift's cooperative pool.
struct SocketTransport: Sendable {
    /// The longest time for the whole exchange, in seconds.
    var timeout: TimeInterval
    /// The largest reply body accepted, in bytes.
    var maxReplyBytes: Int

    /// Sends a request and waits for the whole reply.
    ///
    /// - Parameter request: The request, for an `http://` URL; its `httpBody` is sent, a body stream is not.
    /// - Returns: The reply, whatever its status.
    /// - Throws: ``HTTPFailure`` when no usable reply arrived; `CancellationError` when the task was cancelled.
    func send(_ request: URLRequest) async throws -> HTTPReply {
        try Task.checkCancellation()
        let message = try HTTPRequestMessage(request)
        let wake = try WakeSignal()
        let deadline = ExchangeDeadline(seconds: timeout)
        let maxReplyBytes = self.maxReplyBytes
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPReply, any Error>) in
                let thread = Thread {
                    let result = Result { try Self.exchange(message, deadline: deadline, maxReplyBytes: maxReplyBytes, wake: wake) }
                    wake.close()
                    continuation.resume(with: result)
                }
                thread.name = "rapporteur-http"
                thread.start()
            }
        } onCancel: {
            wake.signal()
        }
    }

    /// Connects, sends, and reads the reply, blocking the calling thread.
    ///
    /// - Parameters:
    ///   - message: The encoded request.
    ///   - deadline: The end of the exchange.
    ///   - maxReplyBytes: The largest body accepted.
    ///   - wake: The cancellation signal.
    /// - Returns: The reply.
    /// - Throws: ``HTTPFailure``, or `CancellationError`.
    static func exchange(_ message: HTTPRequestMessage, deadline: ExchangeDeadline, maxReplyBytes: Int, wake: WakeSignal) throws -> HTTPReply {
        let connection = try SocketConnection.open(host: message.host, port: message.port, deadline: deadline, wake: wake)
        var sendFailure: HTTPFailure?
        do {
            try connection.send(message.bytes)
        } catch HTTPFailure.unreachable(let detail) {
            // A server may answer (say 413) and close before reading the whole body: read its reply if there is one.
            sendFailure = .unreachable(detail)
        }
        var reader = HTTPReplyReader(maxBodyBytes: maxReplyBytes) { try connection.receive() }
        do {
            return try reader.read(isBodiless: message.method == "HEAD")
        } catch let error as HTTPFailure {
            throw sendFailure ?? error
        }
    }
}
