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

        /// Creates an action item.
        public init(text: String, owner: String? = nil, citations: [Int]) {
            self.text = text
            self.owner = owner
            self.citations = citations
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
