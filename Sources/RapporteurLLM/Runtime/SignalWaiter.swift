import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for SIGINT or SIGTERM (handled, not fatal) or for a condition, whichever comes first.
enum SignalWaiter {
    private final class Received: Sendable {
        let signal = Mutex<Int32?>(nil)
    }

    /// Waits for one of the signals or for the condition to hold, polling it every 200 ms.
    ///
    /// The signals' default action is restored on return.
    ///
    /// - Parameters:
    ///   - signals: The signals to catch.
    ///   - condition: A condition that also ends the wait, such as "the server has exited".
    /// - Returns: The signal received, or `nil` when the condition ended the wait or the task was cancelled.
    static func wait(for signals: [Int32] = [SIGINT, SIGTERM], orUntil condition: @Sendable () -> Bool) async -> Int32? {
        let received = Received()
        let sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { received.signal.withLock { $0 = $0 ?? number } }
            source.resume()
            return source
        }
        defer {
            for source in sources { source.cancel() }
            for number in signals { signal(number, SIG_DFL) }
        }
        while !Task.isCancelled {
            if let number = received.signal.withLock({ $0 }) { return number }
            if condition() { return nil }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }
}
