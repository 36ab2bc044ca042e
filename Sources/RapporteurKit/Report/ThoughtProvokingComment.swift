/// A verbatim quote worth a reader's attention, with why it matters.
public struct ThoughtProvokingComment: Sendable, Hashable, Codable {
    /// The quote, verbatim from the transcript.
    public var quote: String
    /// Who said it.
    public var speaker: String
    /// Why it provokes thought.
    public var reason: String
    /// What effect it had, or may have, on the discussion.
    public var impact: String
    /// The sentences the quote is taken from.
    public var citations: [Int]

    /// Creates a comment.
    public init(quote: String, speaker: String, reason: String, impact: String, citations: [Int]) {
        self.quote = quote
        self.speaker = speaker
        self.reason = reason
        self.impact = impact
        self.citations = citations
    }
}
