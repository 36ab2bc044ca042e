/// The "Full session report": an executive summary, headed sections, a conclusion.
public struct Narrative: Sendable, Hashable, Codable {
    /// A headed section of cited paragraphs.
    public struct Section: Sendable, Hashable, Codable {
        /// The heading.
        public var heading: String
        /// The paragraphs.
        public var paragraphs: [CitedText]

        /// Creates a section.
        public init(heading: String, paragraphs: [CitedText]) {
            self.heading = heading
            self.paragraphs = paragraphs
        }
    }

    /// The executive summary paragraphs.
    public var executiveSummary: [CitedText]
    /// The headed body sections, in order.
    public var sections: [Section]
    /// The conclusion paragraphs.
    public var conclusion: [CitedText]

    /// Creates a narrative.
    public init(executiveSummary: [CitedText] = [], sections: [Section] = [], conclusion: [CitedText] = []) {
        self.executiveSummary = executiveSummary
        self.sections = sections
        self.conclusion = conclusion
    }
}
