/// The "Takeaways" section of the reference layout.
public struct Takeaways: Sendable, Hashable, Codable {
    /// A resolution or action item.
    public struct ActionItem: Sendable, Hashable, Codable {
        /// What was decided or is to be done.
        public var text: String
        /// Who is to do it, when the transcript says.
        public var owner: String?
        /// Sentences it rests on.
        public var citations: [Int]
        /// The support check's score: the share of its content words that its cited sentences contain
        /// (``SupportCheck``), the lowest over its sentences; `nil` when it was not checked.
        public var support: Double?

        /// Creates an action item.
        public init(text: String, owner: String? = nil, citations: [Int], support: Double? = nil) {
            self.text = text
            self.owner = owner
            self.citations = citations
            self.support = support
        }
    }

    /// Key takeaways.
    public var keyTakeaways: [CitedText]
    /// Resolutions and action items.
    public var actionItems: [ActionItem]
    /// Unresolved issues.
    public var unresolvedIssues: [CitedText]
    /// Suggested compromises.
    public var compromises: [CitedText]

    /// Creates the takeaways section.
    public init(keyTakeaways: [CitedText] = [], actionItems: [ActionItem] = [], unresolvedIssues: [CitedText] = [], compromises: [CitedText] = []) {
        self.keyTakeaways = keyTakeaways
        self.actionItems = actionItems
        self.unresolvedIssues = unresolvedIssues
        self.compromises = compromises
    }
}
