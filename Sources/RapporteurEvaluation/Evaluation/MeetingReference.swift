import RapporteurKit

/// The reference material of one corpus meeting (`reference.json`): summaries, speaker queries, decisions,
/// actions, problems and measured talk statistics, whatever the source (QMSum, AMI, ICSI) provides.
public struct MeetingReference: Sendable, Hashable, Codable {
    /// The whole-meeting reference summary: the AMI/ICSI abstract (sentences joined) when there is one,
    /// otherwise QMSum's general summary.
    public var generalSummary: String?
    /// QMSum's answer to its general query ("Summarize the whole meeting."), kept apart from the abstract.
    public var qmsumGeneralSummary: String?
    /// The specific queries that name one speaker, with the speaker extracted.
    public var speakerQueries: [SpeakerQuery]
    /// Decisions (AMI/ICSI abstractive summary), "NA." placeholders dropped.
    public var decisions: [String]
    /// Action items (AMI), "NA." placeholders dropped.
    public var actions: [String]
    /// Open problems (AMI/ICSI), "NA." placeholders dropped.
    public var problems: [String]
    /// Measured talk statistics by speaker label (AMI role, ICSI participant code).
    public var talkStatistics: [String: ReferenceTalkStats]

    /// Creates a reference.
    /// - Parameters:
    ///   - generalSummary: The whole-meeting reference summary.
    ///   - qmsumGeneralSummary: QMSum's general summary.
    ///   - speakerQueries: Queries about one speaker.
    ///   - decisions: Reference decisions.
    ///   - actions: Reference action items.
    ///   - problems: Reference open problems.
    ///   - talkStatistics: Measured talk statistics by speaker.
    public init(
        generalSummary: String? = nil,
        qmsumGeneralSummary: String? = nil,
        speakerQueries: [SpeakerQuery] = [],
        decisions: [String] = [],
        actions: [String] = [],
        problems: [String] = [],
        talkStatistics: [String: ReferenceTalkStats] = [:]
    ) {
        self.generalSummary = generalSummary
        self.qmsumGeneralSummary = qmsumGeneralSummary
        self.speakerQueries = speakerQueries
        self.decisions = decisions
        self.actions = actions
        self.problems = problems
        self.talkStatistics = talkStatistics
    }
}
