import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe that wakes a thread blocked in `poll(2)` when its request is cancelled.
///
/// The blocked thread polls ``descriptor`` next to its socket; ``signal()`` writes one byte, which stays readable,
/// so a cancel that comes before the wait still ends it. A lock orders ``signal()`` against ``close()``, so a late
/// cancel never writes to a descriptor number the process has since reused.
final class WakeSignal: Sendable {
    private struct State {
        var isSignalled = false
        var isClosed = false
    }

    /// The read end, to poll for `POLLIN`.
    let descriptor: Int32
    private let writeEnd: Int32
    private let state = Mutex(State())

    /// Opens the pipe.
    ///
    /// - Throws: ``HTTPFailure/unreachable(_:)`` when the process is out of descriptors.
    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw HTTPFailure.unreachable("pipe: \(POSIXSocket.describe(errno))") }
        for end in ends {
            POSIXSocket.setCloseOnExec(end)
            POSIXSocket.setNonBlocking(end)
        }
        descriptor = ends[0]
        writeEnd = ends[1]
    }

    /// Whether ``signal()`` was called.
    var isSignalled: Bool { state.withLock { $0.isSignalled } }

    /// Wakes the waiting thread, now or at its next wait; does nothing once closed.
    func signal() {
        state.withLock { state in
            guard !state.isSignalled, !state.isClosed else { return }
            state.isSignalled = true
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }
    }

    /// Closes both ends; later signals are ignored.
    func close() {
        state.withLock { state in
            guard !state.isClosed else { return }
            state.isClosed = true
            _ = POSIXSocket.closeDescriptor(descriptor)
            _ = POSIXSocket.closeDescriptor(writeEnd)
        }
    }
}
