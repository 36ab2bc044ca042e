/// A sentence of the transcript with its stable ID, the unit every citation points to.
///
/// IDs are 1-based and follow transcript order, so the same input always yields the same IDs.
public struct Sentence: Sendable, Hashable, Codable, Identifiable {
    /// The sentence ID, 1-based, in transcript order.
    public var id: Int
    /// The canonical name of the speaker.
    public var speaker: String
    /// The sentence text, verbatim from the transcript (white space collapsed).
    public var text: String
    /// The 0-based index of the turn the sentence belongs to.
    public var turn: Int
    /// The start time of the sentence's turn, when known.
    public var start: Double?
    /// The end time of the sentence's turn, when known.
    public var end: Double?

    /// Creates a sentence.
    public init(id: Int, speaker: String, text: String, turn: Int, start: Double? = nil, end: Double? = nil) {
        self.id = id
        self.speaker = speaker
        self.text = text
        self.turn = turn
        self.start = start
        self.end = end
    }
}
