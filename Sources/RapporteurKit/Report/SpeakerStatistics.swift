/// Measured talk statistics of one speaker; never produced by a model.
///
/// A *word* is a maximal run of letters and digits in which three kinds of joiner stay inside the word:
/// an apostrophe (`'` or `’`) after a letter or digit and before a letter (don't, Cara's, 80's: one word each),
/// a period or comma between two digits (1.5, $1,429,100: one word each), and an underscore between two letters or
/// digits (AMI's spelt letters T_V_: one word). Everything else separates words: hyphens and dashes (well-known and
/// mm-hmm are two words, as in the ICSI annotation), and periods between letters (U.S. is two words, U and S,
/// as spelt-out letters are). ``WordCounter`` implements this definition.
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
    /// Share of speaking time, 0…1: ``speechSeconds`` over the sum of all speakers' speech seconds (shares add up to 1).
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
