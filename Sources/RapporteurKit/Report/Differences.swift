/// The "Differences" section of the reference layout.
public struct Differences: Sendable, Hashable, Codable {
    /// One speaker's stance within a difference.
    public struct Stance: Sendable, Hashable, Codable {
        /// The speaker.
        public var speaker: String
        /// The stance, in one sentence.
        public var stance: String
        /// The speaker's sentences that show it.
        public var citations: [Int]
        /// The support check's score: the share of its content words that its cited sentences contain
        /// (``SupportCheck``), the lowest over its sentences; `nil` when it was not checked.
        public var support: Double?

        /// Creates a stance.
        public init(speaker: String, stance: String, citations: [Int], support: Double? = nil) {
            self.speaker = speaker
            self.stance = stance
            self.citations = citations
            self.support = support
        }
    }

    /// A point on which speakers differed.
    public struct Viewpoint: Sendable, Hashable, Codable {
        /// What they differed on.
        public var title: String
        /// Each side's stance.
        public var stances: [Stance]
        /// A one-line explanation.
        public var explanation: String
        /// Topics from the taxonomy.
        public var topics: [TopicRef]
        /// The support score of title and explanation against the stances' sentences (``SupportCheck``); `nil`
        /// when it was not checked.
        public var support: Double?

        /// Creates a viewpoint.
        public init(title: String, stances: [Stance], explanation: String, topics: [TopicRef] = [], support: Double? = nil) {
            self.title = title
            self.stances = stances
            self.explanation = explanation
            self.topics = topics
            self.support = support
        }
    }

    /// The different viewpoints.
    public var viewpoints: [Viewpoint]
    /// Differences a reader would not have expected.
    public var unexpectedDifferences: [CitedText]
    /// Overall assessment: summary and disagreement level.
    public var assessment: Assessment?
    /// Partial agreements: agreement on a goal with a difference on the means.
    public var partialAgreements: [CitedText]

    /// Creates the differences section.
    public init(
        viewpoints: [Viewpoint] = [],
        unexpectedDifferences: [CitedText] = [],
        assessment: Assessment? = nil,
        partialAgreements: [CitedText] = []
    ) {
        self.viewpoints = viewpoints
        self.unexpectedDifferences = unexpectedDifferences
        self.assessment = assessment
        self.partialAgreements = partialAgreements
    }
}
