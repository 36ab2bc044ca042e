import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts child processes with no signals blocked.
///
/// Swift's thread pools block most signals, and a spawned child inherits its thread's mask: without this, a server
/// or pip started from async code would ignore SIGTERM and SIGINT until killed.
enum ProcessLaunch {
    /// Runs `process` with this thread's signal mask cleared for the duration of the spawn.
    ///
    /// - Parameter process: A configured process.
    /// - Throws: What `Process.run()` throws.
    static func run(_ process: Process) throws {
        var empty = sigset_t()
        var previous = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
    }
}
