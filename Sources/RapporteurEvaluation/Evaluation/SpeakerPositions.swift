public import RapporteurKit

/// How well the report's arguments of each queried speaker match the reference answers about that speaker.
public struct SpeakerPositions: Sendable, Hashable, Codable {
    /// The score of one speaker query.
    public struct QueryScore: Sendable, Hashable, Codable {
        /// The speaker the query names.
        public var speaker: String
        /// The query.
        public var query: String
        /// The report speaker matched to it, or `nil` when none was (the score is then 0).
        public var reportSpeaker: String?
        /// ROUGE-L of the speaker's argument text against the reference answer (stemmed).
        public var rougeL: RougeScore

        /// Creates a query score.
        /// - Parameters:
        ///   - speaker: The speaker the query names.
        ///   - query: The query.
        ///   - reportSpeaker: The matched report speaker.
        ///   - rougeL: The ROUGE-L score.
        public init(speaker: String, query: String, reportSpeaker: String?, rougeL: RougeScore) {
            self.speaker = speaker
            self.query = query
            self.reportSpeaker = reportSpeaker
            self.rougeL = rougeL
        }
    }

    /// One score per speaker query, in reference order.
    public var queries: [QueryScore]
    /// Query speakers no report speaker matched, each once.
    public var unmatchedSpeakers: [String]

    /// Creates speaker-position scores.
    /// - Parameters:
    ///   - queries: One score per query.
    ///   - unmatchedSpeakers: Query speakers without a report speaker.
    public init(queries: [QueryScore], unmatchedSpeakers: [String]) {
        self.queries = queries
        self.unmatchedSpeakers = unmatchedSpeakers
    }

    /// The mean ROUGE-L F1 over all queries (unmatched count as 0), or `nil` when there are no queries.
    public var meanF1: Double? {
        queries.isEmpty ? nil : queries.map(\.rougeL.f1).reduce(0, +) / Double(queries.count)
    }

    /// The number of queries whose speaker was matched.
    public var matchedQueries: Int { queries.filter { $0.reportSpeaker != nil }.count }
}
