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
    /// The support check's score: the share of its content words that its cited sentences contain
    /// (``SupportCheck``), the lowest over its sentences; `nil` when it was not checked.
    public var support: Double?

    /// Creates a comment.
    public init(quote: String, speaker: String, reason: String, impact: String, citations: [Int], support: Double? = nil) {
        self.quote = quote
        self.speaker = speaker
        self.reason = reason
        self.impact = impact
        self.citations = citations
        self.support = support
    }
}
