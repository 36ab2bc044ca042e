public import RapporteurKit

/// How much model work one report took, against the least the transcript needs: the figures of
/// `rapporteur bench --model-run`.
///
/// The lower bound is what any single reading of the transcript costs on this server: every transcript token
/// evaluated once at the server's measured prefill speed, plus this run's generated tokens at its measured generation
/// speed. Both speeds are the server's own (llama.cpp's `timings`), summed over the run's calls; a server that does not
/// report timings leaves the speeds, the bound and the ratio out. Replies served from Rapporteur's response cache are
/// not model work and are not counted.
public struct ModelEfficiency: Sendable, Hashable, Codable {
    /// The transcript's tokens, as the model's tokenizer counts its `Speaker: text` lines.
    public var transcriptTokens: Int
    /// Model calls made.
    public var calls: Int
    /// Replies that came from the response cache instead (0 in a measuring run).
    public var cachedCalls: Int
    /// Prompt tokens the server evaluated.
    public var promptTokensEvaluated: Int
    /// Prompt tokens the server reused from its prompt cache.
    public var promptTokensReused: Int
    /// Tokens generated.
    public var generatedTokens: Int
    /// The run's wall time in seconds.
    public var wallSeconds: Double
    /// Seconds the server reported evaluating prompts, when every call reported it.
    public var serverPromptSeconds: Double?
    /// Seconds the server reported generating, when every call reported it.
    public var serverGenerationSeconds: Double?

    /// Adds up a run's replies.
    ///
    /// - Parameters:
    ///   - transcriptTokens: The transcript's tokens.
    ///   - responses: Every reply of the run, cached ones included.
    ///   - wallSeconds: The run's wall time.
    public init(transcriptTokens: Int, responses: [CompletionResponse], wallSeconds: Double) {
        let called = responses.filter { !$0.fromCache }
        self.transcriptTokens = transcriptTokens
        self.wallSeconds = wallSeconds
        calls = called.count
        cachedCalls = responses.count - called.count
        promptTokensEvaluated = called.reduce(0) { $0 + $1.promptTokens }
        promptTokensReused = called.reduce(0) { $0 + $1.cachedPromptTokens }
        generatedTokens = called.reduce(0) { $0 + $1.completionTokens }
        let timings = called.compactMap(\.serverTimings)
        if !called.isEmpty, timings.count == called.count {
            serverPromptSeconds = timings.reduce(0) { $0 + $1.promptMilliseconds } / 1000
            serverGenerationSeconds = timings.reduce(0) { $0 + $1.generationMilliseconds } / 1000
        }
    }

    /// Prompt tokens evaluated per transcript token: 1 would be reading the transcript exactly once.
    public var evaluatedPerTranscriptToken: Double? {
        transcriptTokens > 0 ? Double(promptTokensEvaluated) / Double(transcriptTokens) : nil
    }

    /// The server's prefill speed over the run, tokens per second.
    public var prefillTokensPerSecond: Double? { Self.rate(promptTokensEvaluated, serverPromptSeconds) }

    /// The server's generation speed over the run, tokens per second.
    public var generationTokensPerSecond: Double? { Self.rate(generatedTokens, serverGenerationSeconds) }

    /// The transcript's tokens at the prefill speed plus the generated tokens at the generation speed, in seconds.
    public var lowerBoundSeconds: Double? {
        guard let prefill = prefillTokensPerSecond, let generation = generationTokensPerSecond else { return nil }
        return Double(transcriptTokens) / prefill + Double(generatedTokens) / generation
    }

    /// Wall time over the lower bound: 1 is the least this transcript and this much output can cost.
    public var wallOverLowerBound: Double? {
        guard let bound = lowerBoundSeconds, bound > 0 else { return nil }
        return wallSeconds / bound
    }

    /// The share of the wall time the server spent computing; the rest is waiting, transport and Rapporteur's own work.
    public var serverShareOfWall: Double? {
        guard let prompt = serverPromptSeconds, let generation = serverGenerationSeconds, wallSeconds > 0 else { return nil }
        return (prompt + generation) / wallSeconds
    }

    private static func rate(_ tokens: Int, _ seconds: Double?) -> Double? {
        guard let seconds, seconds > 0 else { return nil }
        return Double(tokens) / seconds
    }
}

extension ModelEfficiency {
    /// The text whose tokens are the transcript's: one `Speaker: text` line per turn, as a single reading passes it.
    ///
    /// - Parameter transcript: The transcript.
    /// - Returns: The text to count.
    public static func transcriptText(_ transcript: Transcript) -> String {
        OneCallPrompt.transcript(transcript.turns)
    }
}
