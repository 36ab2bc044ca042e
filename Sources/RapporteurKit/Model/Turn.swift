/// One speaker's uninterrupted contribution, split into sentences.
public struct Turn: Sendable, Hashable, Codable {
    /// The 0-based index of the turn in the transcript.
    public var index: Int
    /// The canonical speaker name (after the roster is applied).
    public var speaker: String
    /// The turn's full text.
    public var text: String
    /// Start time in seconds, when known.
    public var start: Double?
    /// End time in seconds, when known.
    public var end: Double?
    /// The 1-based input line where the turn begins, when known.
    public var line: Int?
    /// The turn's sentences with their transcript-wide IDs.
    public var sentences: [Sentence]

    /// Creates a turn.
    public init(index: Int, speaker: String, text: String, start: Double?, end: Double?, line: Int?, sentences: [Sentence]) {
        self.index = index
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.sentences = sentences
    }
}
