/// A grounded session report: every section of the reference layout, citations on every generated item,
/// the transcript with sentence IDs, run metadata and diagnostics. Every renderer reads only this.
public struct Report: Sendable, Hashable, Codable {
    /// The version of this model; bumped on any change to its JSON shape.
    public static let currentSchemaVersion = "1.1"

    /// The schema version the report was written with.
    public var schemaVersion: String
    /// Header: session name, date, time.
    public var session: SessionInfo
    /// "Summary" paragraphs.
    public var summary: [CitedText]
    /// "Keypoints".
    public var keyPoints: KeyPoints
    /// Speakers with roles, statistics and arguments, in order of first appearance.
    public var speakers: [SpeakerSection]
    /// "Full session report".
    public var narrative: Narrative
    /// "Agreements".
    public var agreements: Agreements
    /// "Differences".
    public var differences: Differences
    /// "Takeaways".
    public var takeaways: Takeaways
    /// "Thought provoking comments".
    public var thoughtProvoking: [ThoughtProvokingComment]
    /// The overall assessment of the thought-provoking comments.
    public var thoughtProvokingAssessment: CitedText?
    /// "Follow-up questions".
    public var followUpQuestions: [FollowUpQuestion]
    /// The disclaimer, naming the model.
    public var disclaimer: String
    /// The transcript appendix: every sentence with its ID, speaker and times.
    public var transcript: [Sentence]
    /// How the report was made.
    public var metadata: RunMetadata
    /// Input warnings and failed stages.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(
        schemaVersion: String = Report.currentSchemaVersion,
        session: SessionInfo,
        summary: [CitedText] = [],
        keyPoints: KeyPoints = KeyPoints(),
        speakers: [SpeakerSection],
        narrative: Narrative = Narrative(),
        agreements: Agreements = Agreements(),
        differences: Differences = Differences(),
        takeaways: Takeaways = Takeaways(),
        thoughtProvoking: [ThoughtProvokingComment] = [],
        thoughtProvokingAssessment: CitedText? = nil,
        followUpQuestions: [FollowUpQuestion] = [],
        disclaimer: String,
        transcript: [Sentence],
        metadata: RunMetadata,
        diagnostics: [Diagnostic] = []
    ) {
        self.schemaVersion = schemaVersion
        self.session = session
        self.summary = summary
        self.keyPoints = keyPoints
        self.speakers = speakers
        self.narrative = narrative
        self.agreements = agreements
        self.differences = differences
        self.takeaways = takeaways
        self.thoughtProvoking = thoughtProvoking
        self.thoughtProvokingAssessment = thoughtProvokingAssessment
        self.followUpQuestions = followUpQuestions
        self.disclaimer = disclaimer
        self.transcript = transcript
        self.metadata = metadata
        self.diagnostics = diagnostics
    }
}
