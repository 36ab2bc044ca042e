import RapporteurKit

/// What one ``BenchmarkWorkload`` run produced: sizes of the input and of each phase's result.
///
/// The counts keep every phase's result in use (so an optimiser cannot drop the work) and let a caller check that
/// runs agree and that the report is grounded.
public struct BenchmarkOutcome: Sendable, Hashable, Codable {
    /// Bytes of the input.
    public var bytes: Int
    /// Words counted by ``TalkStatistics``.
    public var words: Int
    /// Turns of the transcript.
    public var turns: Int
    /// Sentences of the transcript.
    public var sentences: Int
    /// Speakers with turns.
    public var speakers: Int
    /// Arguments in the report.
    public var arguments: Int
    /// Failures the verifier found; 0 when the stand-in report is grounded, as it should be.
    public var groundingFailures: Int
    /// UTF-8 bytes of each rendering, in ``ReportFormat/allCases`` order.
    public var renderedBytes: [Int]

    /// Creates an outcome.
    public init(
        bytes: Int,
        words: Int,
        turns: Int,
        sentences: Int,
        speakers: Int,
        arguments: Int,
        groundingFailures: Int,
        renderedBytes: [Int]
    ) {
        self.bytes = bytes
        self.words = words
        self.turns = turns
        self.sentences = sentences
        self.speakers = speakers
        self.arguments = arguments
        self.groundingFailures = groundingFailures
        self.renderedBytes = renderedBytes
    }
}
