/// A generated statement and the sentence IDs it rests on.
public struct CitedText: Sendable, Hashable, Codable {
    /// The statement.
    public var text: String
    /// IDs of the transcript sentences that support it.
    public var citations: [Int]
    /// The support check's score: the share of its content words that its cited sentences contain
    /// (``SupportCheck``), the lowest over its sentences; `nil` when it was not checked.
    public var support: Double?

    /// Creates a cited statement.
    public init(_ text: String, citations: [Int] = [], support: Double? = nil) {
        self.text = text
        self.citations = citations
        self.support = support
    }
}
