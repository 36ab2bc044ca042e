import Synchronization

/// Remembers, for one model value and its copies, whether the server has llama.cpp's `POST /tokenize`.
final class TokenizerSupport: Sendable {
    private let available = Mutex<Bool?>(nil)

    /// Whether `/tokenize` answered before: `nil` when not yet tried.
    var isAvailable: Bool? {
        available.withLock { $0 }
    }

    /// Records what the last `/tokenize` call showed.
    ///
    /// - Parameter value: Whether the endpoint exists.
    func record(_ value: Bool) {
        available.withLock { $0 = value }
    }
}
