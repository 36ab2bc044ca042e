/// Measured talk statistics of one speaker; never produced by a model.
///
/// A *word* is a maximal run of letters and digits, where an apostrophe or hyphen between two letters
/// (don't, well-known) and a period or comma between two digits (1.5, 1,429,100) stay inside the word.
/// Time and speed are `nil` when the transcript has no timestamps: they are never estimated.
public struct SpeakerStatistics: Sendable, Hashable, Codable {
    /// Number of words.
    public var words: Int
    /// Number of turns.
    public var turns: Int
    /// Number of sentences.
    public var sentences: Int
    /// Share of all words in the session, 0…1.
    public var wordShare: Double
    /// Seconds of speech: the union of the speaker's timed intervals.
    public var speechSeconds: Double?
    /// Share of the union of everyone's speech time, 0…1.
    public var timeShare: Double?
    /// Words per minute of speech time.
    public var wordsPerMinute: Double?

    /// Creates statistics.
    public init(
        words: Int,
        turns: Int,
        sentences: Int,
        wordShare: Double,
        speechSeconds: Double? = nil,
        timeShare: Double? = nil,
        wordsPerMinute: Double? = nil
    ) {
        self.words = words
        self.turns = turns
        self.sentences = sentences
        self.wordShare = wordShare
        self.speechSeconds = speechSeconds
        self.timeShare = timeShare
        self.wordsPerMinute = wordsPerMinute
    }
}
