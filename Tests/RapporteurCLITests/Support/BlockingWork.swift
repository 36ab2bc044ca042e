import Foundation

/// Runs blocking work (opening a FIFO waits for the other end) on a thread of its own, so that it holds no thread of
/// Swift's cooperative pool, which on a 2-core machine has two: blocking one stalls every other test.
///
/// - Parameter body: The blocking work.
/// - Returns: What `body` returns.
/// - Throws: What `body` throws.
func onOwnThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}
