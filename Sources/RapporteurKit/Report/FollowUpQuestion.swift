/// A question the session raised and left for later.
public struct FollowUpQuestion: Sendable, Hashable, Codable {
    /// The question.
    public var question: String
    /// The speaker who raised it or to whom it is relevant, when one is.
    public var speaker: String?
    /// Why it matters.
    public var explanation: String
    /// Sentences it rests on.
    public var citations: [Int]
    /// The support check's score: the share of its content words that its cited sentences contain
    /// (``SupportCheck``), the lowest over its sentences; `nil` when it was not checked.
    public var support: Double?

    /// Creates a follow-up question.
    public init(question: String, speaker: String? = nil, explanation: String, citations: [Int], support: Double? = nil) {
        self.question = question
        self.speaker = speaker
        self.explanation = explanation
        self.citations = citations
        self.support = support
    }
}
