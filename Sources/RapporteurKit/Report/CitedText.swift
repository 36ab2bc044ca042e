/// A generated statement and the sentence IDs it rests on.
public struct CitedText: Sendable, Hashable, Codable {
    /// The statement.
    public var text: String
    /// IDs of the transcript sentences that support it.
    public var citations: [Int]

    /// Creates a cited statement.
    public init(_ text: String, citations: [Int] = []) {
        self.text = text
        self.citations = citations
    }
}
