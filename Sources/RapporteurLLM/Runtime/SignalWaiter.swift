import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGINT and SIGTERM (instead of dying of them) from ``init(signals:)`` until ``cancel()``, so a foreground
/// server can stop cleanly; signals that arrive while the server is still starting are kept.
final class SignalWaiter: Sendable {
    private final class Received: Sendable {
        let signal = Mutex<Int32?>(nil)
    }

    private let received = Received()
    private let signals: [Int32]
    private let sources: Mutex<[any DispatchSourceSignal]>

    /// Starts catching the signals: their default action is replaced by recording them.
    ///
    /// - Parameter signals: The signals to catch.
    init(signals: [Int32] = [SIGINT, SIGTERM]) {
        self.signals = signals
        let received = self.received
        var list: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { received.signal.withLock { $0 = $0 ?? number } }
            source.resume()
            list.append(source)
        }
        sources = Mutex(list)
    }

    /// The first signal caught, if any.
    var caught: Int32? { received.signal.withLock { $0 } }

    /// Waits for a signal or for the condition to hold, polling it every 200 ms.
    ///
    /// - Parameter condition: A condition that also ends the wait, such as "the server has exited".
    /// - Returns: The signal received, or `nil` when the condition ended the wait or the task was cancelled.
    func wait(orUntil condition: @Sendable () -> Bool) async -> Int32? {
        while !Task.isCancelled {
            if let number = caught { return number }
            if condition() { return nil }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }

    /// Stops catching: the signals' default action is restored.
    func cancel() {
        sources.withLock { list in
            for source in list { source.cancel() }
            list.removeAll()
        }
        for number in signals { signal(number, SIG_DFL) }
    }
}
