import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Collects one data task's reply for ``HTTPClient``, cancelling the task when the body outgrows the cap.
final class ReplyCollector: NSObject, URLSessionDataDelegate, Sendable {
    private struct State {
        var body = Data()
        var overflowed = false
        var continuation: CheckedContinuation<HTTPReply, any Error>?
    }

    private let state = Mutex(State())
    private let maxBytes: Int

    /// Creates a collector.
    ///
    /// - Parameter maxBytes: The largest body accepted.
    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Registers the continuation resumed when the task completes.
    ///
    /// - Parameter continuation: The continuation of the waiting request.
    func begin(_ continuation: CheckedContinuation<HTTPReply, any Error>) {
        state.withLock { $0.continuation = continuation }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = state.withLock { state -> Bool in
            guard !state.overflowed else { return false }
            state.body.append(data)
            if state.body.count > maxBytes {
                state.overflowed = true
                return true
            }
            return false
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, result) = state.withLock { state -> (CheckedContinuation<HTTPReply, any Error>?, Result<HTTPReply, any Error>) in
            let continuation = state.continuation
            state.continuation = nil
            if state.overflowed {
                return (continuation, .failure(HTTPFailure.tooLarge(maxBytes)))
            }
            if let error {
                return (continuation, .failure(error))
            }
            guard let response = task.response as? HTTPURLResponse else {
                return (continuation, .failure(HTTPFailure.unreachable("no HTTP response")))
            }
            return (continuation, .success(Self.reply(from: response, body: state.body)))
        }
        continuation?.resume(with: result)
    }

    private static func reply(from response: HTTPURLResponse, body: Data) -> HTTPReply {
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, let value = value as? String {
                headers[key.lowercased()] = value
            }
        }
        return HTTPReply(status: response.statusCode, headers: headers, body: body)
    }
}
