import RapporteurKit

/// A reference query about one speaker ("What did Bains say about business loans?") with its reference answer.
public struct SpeakerQuery: Sendable, Hashable, Codable {
    /// The speaker the query names, as written there without a leading "the" (`Bains`, `Prime Minister`, `Marketing`).
    public var speaker: String
    /// The query.
    public var query: String
    /// The annotators' answer.
    public var answer: String

    /// Creates a speaker query.
    /// - Parameters:
    ///   - speaker: The speaker the query names.
    ///   - query: The query.
    ///   - answer: The reference answer.
    public init(speaker: String, query: String, answer: String) {
        self.speaker = speaker
        self.query = query
        self.answer = answer
    }
}
