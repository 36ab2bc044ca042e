/// One argument a speaker made, with its grounds, in the layout of the reference report.
public struct Argument: Sendable, Hashable, Codable, Identifiable {
    /// A reference from one argument to another speaker's, for "Agreed with" and "Disagreed with".
    public struct Relation: Sendable, Hashable, Codable {
        /// The other speaker.
        public var speaker: String
        /// What they agree or disagree on.
        public var on: String
        /// The other speaker's argument, when one is identified.
        public var argumentID: String?

        /// Creates a relation.
        public init(speaker: String, on: String, argumentID: String? = nil) {
            self.speaker = speaker
            self.on = on
            self.argumentID = argumentID
        }
    }

    /// A stable ID within the report, e.g. `a3`.
    public var id: String
    /// The speaker's canonical name.
    public var speaker: String
    /// The argument in one line (the heading in the reference layout).
    public var claim: String
    /// Why the speaker holds it.
    public var explanation: CitedText
    /// What the speaker offered in support, if anything.
    public var evidence: CitedText?
    /// The major discussion point it belongs to.
    public var discussionPoint: String?
    /// Topics from the taxonomy.
    public var topics: [TopicRef]
    /// Other speakers who agreed, and on what.
    public var agreedWith: [Relation]
    /// Other speakers who disagreed, and on what.
    public var disagreedWith: [Relation]
    /// Sentences of this speaker the argument rests on.
    public var citations: [Int]
    /// The support check's score: the share of its content words that its cited sentences contain
    /// (``SupportCheck``), the lowest over its sentences; `nil` when it was not checked.
    public var support: Double?

    /// Creates an argument.
    public init(
        id: String,
        speaker: String,
        claim: String,
        explanation: CitedText,
        evidence: CitedText? = nil,
        discussionPoint: String? = nil,
        topics: [TopicRef] = [],
        agreedWith: [Relation] = [],
        disagreedWith: [Relation] = [],
        citations: [Int],
        support: Double? = nil
    ) {
        self.id = id
        self.speaker = speaker
        self.claim = claim
        self.explanation = explanation
        self.evidence = evidence
        self.discussionPoint = discussionPoint
        self.topics = topics
        self.agreedWith = agreedWith
        self.disagreedWith = disagreedWith
        self.citations = citations
        self.support = support
    }
}
