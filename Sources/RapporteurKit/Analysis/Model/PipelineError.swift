/// Why the pipeline produced no report at all. Failures it can survive become error diagnostics in the report.
public enum PipelineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The transcript has too few words to report on; nothing is invented for it.
    case transcriptTooShort(words: Int, minimum: Int)
    /// The transcript has too few sentences to report on.
    case tooFewSentences(sentences: Int, minimum: Int)
    /// The model's context window cannot hold a chunk of transcript plus a question and an answer.
    case contextTooSmall(contextTokens: Int, minimum: Int)
    /// The model cannot be reached, or failed on several consecutive calls: the run stops instead of writing a
    /// report made of error messages.
    case modelUnavailable(stage: String, error: LanguageModelError)

    /// A message for people.
    public var description: String {
        switch self {
        case .transcriptTooShort(let words, let minimum):
            "the transcript has \(words) word\(words == 1 ? "" : "s"); at least \(minimum) are needed for a report (nothing is invented for a near-empty session)"
        case .tooFewSentences(let sentences, let minimum):
            "the transcript has \(sentences) sentences; at least \(minimum) are needed for a report"
        case .contextTooSmall(let contextTokens, let minimum):
            "the model's context window of \(contextTokens) tokens is too small; the pipeline needs at least \(minimum)"
        case .modelUnavailable(let stage, let error):
            "stopped during \(stage): \(error)"
        }
    }
}
