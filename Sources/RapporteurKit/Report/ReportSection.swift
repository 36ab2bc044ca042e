/// The sections of a report that hold generated, cited items: the key by which the verifier, the evaluation and
/// the counts in ``RunMetadata/verification`` name them.
public enum ReportSection: String, Sendable, Hashable, Codable, CaseIterable {
    case summary
    case purpose
    case tone
    case discussionPoints
    case arguments
    case narrative
    case agreements
    case similarViewpoints
    case unexpectedConsensus
    case consensusAssessment
    case differences
    case partialAgreements
    case unexpectedDifferences
    case disagreementAssessment
    case keyTakeaways
    case actionItems
    case unresolvedIssues
    case compromises
    case thoughtProvoking
    case thoughtProvokingAssessment
    case followUpQuestions

    /// Whether the section reports agreement or difference between speakers, which rests on their arguments
    /// (the pairs the pipeline compared), not on a sentence that records it.
    public var restsOnArguments: Bool {
        switch self {
        case .agreements, .similarViewpoints, .unexpectedConsensus, .consensusAssessment, .differences, .partialAgreements,
            .unexpectedDifferences, .disagreementAssessment:
            true
        default: false
        }
    }

    /// The section's name as a reader sees it, e.g. "key takeaways".
    public var title: String {
        switch self {
        case .summary: "summary"
        case .purpose: "purpose"
        case .tone: "tone"
        case .discussionPoints: "discussion points"
        case .arguments: "arguments"
        case .narrative: "narrative"
        case .agreements: "agreements"
        case .similarViewpoints: "similar viewpoints"
        case .unexpectedConsensus: "unexpected consensus"
        case .consensusAssessment: "consensus assessment"
        case .differences: "differences"
        case .partialAgreements: "partial agreements"
        case .unexpectedDifferences: "unexpected differences"
        case .disagreementAssessment: "disagreement assessment"
        case .keyTakeaways: "key takeaways"
        case .actionItems: "action items"
        case .unresolvedIssues: "unresolved issues"
        case .compromises: "suggested compromises"
        case .thoughtProvoking: "thought-provoking comments"
        case .thoughtProvokingAssessment: "thought-provoking assessment"
        case .followUpQuestions: "follow-up questions"
        }
    }
}

/// One generated text of a report with what it cites, as the walk over a report (``Report/citedItems``) yields it.
public struct CitedItem: Sendable, Hashable {
    /// What the text is.
    public enum Kind: Sendable, Hashable {
        /// A statement in the report's words, checked for support.
        case statement
        /// A verbatim quote of its cited sentences.
        case quote
        /// A decision or action item: its cited sentences must record a decision or a commitment.
        case action
    }

    /// The section it belongs to.
    public var section: ReportSection
    /// Where it is, for messages: "summary[0]", "arguments[a3].claim".
    public var location: String
    /// What it is.
    public var kind: Kind
    /// The generated text.
    public var text: String
    /// The cited sentence IDs.
    public var citations: [Int]
    /// The speaker it is attributed to, whose sentences alone it may cite.
    public var speaker: String?
    /// Speakers each of whom must have a cited sentence (an agreement's parties).
    public var parties: [String]
    /// Whether the verifier may rewrite the text (leave out its unsupported sentences): true for a text that is a
    /// field of its own, false for one joined from several fields (a title and its explanation).
    public var isEditable: Bool
    /// The support score, when checked.
    public var support: Double?

    /// Creates an item.
    public init(
        section: ReportSection,
        location: String,
        kind: Kind = .statement,
        text: String,
        citations: [Int],
        speaker: String? = nil,
        parties: [String] = [],
        isEditable: Bool = true,
        support: Double? = nil
    ) {
        self.section = section
        self.location = location
        self.kind = kind
        self.text = text
        self.citations = citations
        self.speaker = speaker
        self.parties = parties
        self.isEditable = isEditable
        self.support = support
    }
}
