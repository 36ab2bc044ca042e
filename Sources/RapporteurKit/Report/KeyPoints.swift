/// "Keypoints" of the reference layout: major discussion points, overall purpose, overall tone.
public struct KeyPoints: Sendable, Hashable, Codable {
    /// A major discussion point: a short title and a cited description.
    public struct DiscussionPoint: Sendable, Hashable, Codable {
        /// The title, e.g. "Digital divide and connectivity gaps".
        public var title: String
        /// What was said about it.
        public var description: CitedText

        /// Creates a discussion point.
        public init(title: String, description: CitedText) {
            self.title = title
            self.description = description
        }
    }

    /// The major discussion points.
    public var discussionPoints: [DiscussionPoint]
    /// The overall purpose of the session.
    public var purpose: CitedText?
    /// The overall tone and how it changed.
    public var tone: CitedText?

    /// Creates key points.
    public init(discussionPoints: [DiscussionPoint] = [], purpose: CitedText? = nil, tone: CitedText? = nil) {
        self.discussionPoints = discussionPoints
        self.purpose = purpose
        self.tone = tone
    }
}
