import Foundation

/// The temporary files being written, removed if SIGINT, SIGTERM or SIGHUP arrives before they are renamed.
///
/// The signal handler may only call async-signal-safe functions, so the paths are kept as C strings in a fixed table
/// allocated once; the handler unlinks them, restores the signal's default action and raises it again, so the process
/// still dies of the signal (exit status 128 + signal for the shell).
enum TemporaryFiles {
    /// How many temporary files can be remembered at once (one per output format is needed).
    static let capacity = 16

    /// The table of paths; `nil` slots are free.
    fileprivate nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()

    /// The signals whose default action (termination) would leave temporary files behind.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler for ``signals`` (once per write; ``restoreSignals()`` puts the defaults back).
    static func catchSignals() {
        _ = slots
        for number in signals { signal(number, removeAndDie) }
    }

    /// Restores the default action of ``signals``.
    static func restoreSignals() {
        for number in signals { signal(number, SIG_DFL) }
    }

    /// Remembers a temporary file before it is created.
    ///
    /// - Parameter path: The temporary file.
    static func remember(_ path: String) {
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return
        }
    }

    /// Forgets a temporary file once it is renamed or removed.
    ///
    /// - Parameter path: The temporary file.
    static func forget(_ path: String) {
        for index in 0..<capacity {
            guard let stored = slots[index], String(cString: stored) == path else { continue }
            slots[index] = nil
            free(stored)
        }
    }

    /// Whether a path is remembered (for tests).
    ///
    /// - Parameter path: The path.
    /// - Returns: `true` while it is remembered.
    static func isRemembered(_ path: String) -> Bool {
        (0..<capacity).contains { slots[$0].map { String(cString: $0) == path } ?? false }
    }
}

/// The signal handler: removes every remembered temporary file, then dies of the signal.
private func removeAndDie(_ number: Int32) {
    for index in 0..<TemporaryFiles.capacity {
        if let path = TemporaryFiles.slots[index] { unlink(path) }
    }
    signal(number, SIG_DFL)
    raise(number)
}
