import Synchronization

/// Adds up the token and call counts of every model reply of a run; safe to share between concurrent calls.
final class UsageMeter: Sendable {
    private let state = Mutex(RunMetadata.Usage())

    /// Creates an empty meter.
    init() {}

    /// Counts one reply: a call (or a cache hit) and, for real calls, its tokens.
    ///
    /// - Parameter response: The reply.
    func record(_ response: CompletionResponse) {
        state.withLock { usage in
            if response.fromCache {
                usage.cachedCalls += 1
            } else {
                usage.calls += 1
                usage.promptTokensEvaluated += response.promptTokens
                usage.promptTokensReused += response.cachedPromptTokens
                usage.generatedTokens += response.completionTokens
            }
        }
    }

    /// The counts so far.
    var usage: RunMetadata.Usage { state.withLock { $0 } }
}
