import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends requests (in practice `https://` ones) over `URLSession`, with a hard deadline and a reply size cap.
struct URLSessionTransport: Sendable {
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
        let timeout = self.timeout
        return try await withThrowingTaskGroup(of: HTTPReply.self) { group in
            group.addTask { try await exchange(request) }
            group.addTask {
                try await Task.sleep(for: .seconds(timeout))
                throw HTTPFailure.timeout("no reply within \(HTTPClient.seconds(timeout))")
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    private func exchange(_ request: URLRequest) async throws -> HTTPReply {
        try Task.checkCancellation()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout + 5
        configuration.timeoutIntervalForResource = timeout + 5
        let collector = ReplyCollector(maxBytes: maxReplyBytes)
        let session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let task = session.dataTask(with: request)
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    collector.begin(continuation)
                    task.resume()
                }
            } onCancel: {
                task.cancel()
            }
        } catch let error as URLError {
            try Task.checkCancellation()
            throw Self.failure(for: error)
        }
    }

    /// Maps a transport error to a failure the retry loop understands.
    ///
    /// - Parameter error: The error `URLSession` reported.
    /// - Returns: The failure.
    static func failure(for error: URLError) -> HTTPFailure {
        switch error.code {
        case .timedOut: .timeout(error.localizedDescription)
        default: .unreachable("\(error.code.rawValue): \(error.localizedDescription)")
        }
    }
}
