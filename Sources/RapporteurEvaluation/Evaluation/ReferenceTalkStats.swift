import RapporteurKit

/// One speaker's talk statistics as measured from the corpus's manual annotation times.
public struct ReferenceTalkStats: Sendable, Hashable, Codable {
    /// Seconds of speech (union of the speaker's word or dialogue-act intervals).
    public var speechSeconds: Double?
    /// Number of words.
    public var words: Int?
    /// Words per minute of speech.
    public var wordsPerMinute: Double?

    /// Creates reference statistics.
    /// - Parameters:
    ///   - speechSeconds: Seconds of speech.
    ///   - words: Number of words.
    ///   - wordsPerMinute: Words per minute of speech.
    public init(speechSeconds: Double? = nil, words: Int? = nil, wordsPerMinute: Double? = nil) {
        self.speechSeconds = speechSeconds
        self.words = words
        self.wordsPerMinute = wordsPerMinute
    }
}
