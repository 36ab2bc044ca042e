/// The "Agreements" section of the reference layout.
public struct Agreements: Sendable, Hashable, Codable {
    /// A point several speakers agreed on.
    public struct Point: Sendable, Hashable, Codable {
        /// What they agreed on.
        public var title: String
        /// The speakers who agreed.
        public var speakers: [String]
        /// The member arguments (IDs of ``Argument``).
        public var argumentIDs: [String]
        /// A one-line explanation.
        public var explanation: String
        /// Topics from the taxonomy.
        public var topics: [TopicRef]
        /// Sentences it rests on (from each member speaker).
        public var citations: [Int]
        /// The support check's score: the share of its content words that its cited sentences contain
        /// (``SupportCheck``), the lowest over its sentences; `nil` when it was not checked.
        public var support: Double?

        /// Creates an agreement point.
        public init(
            title: String,
            speakers: [String],
            argumentIDs: [String] = [],
            explanation: String,
            topics: [TopicRef] = [],
            citations: [Int],
            support: Double? = nil
        ) {
            self.title = title
            self.speakers = speakers
            self.argumentIDs = argumentIDs
            self.explanation = explanation
            self.topics = topics
            self.citations = citations
            self.support = support
        }
    }

    /// The agreement points.
    public var points: [Point]
    /// Similar viewpoints (statements of shared perspective that fall short of a single agreed point).
    public var similarViewpoints: [CitedText]
    /// Consensus that a reader would not have expected.
    public var unexpectedConsensus: [CitedText]
    /// Overall assessment: summary and consensus level.
    public var assessment: Assessment?

    /// Creates the agreements section.
    public init(points: [Point] = [], similarViewpoints: [CitedText] = [], unexpectedConsensus: [CitedText] = [], assessment: Assessment? = nil) {
        self.points = points
        self.similarViewpoints = similarViewpoints
        self.unexpectedConsensus = unexpectedConsensus
        self.assessment = assessment
    }
}
