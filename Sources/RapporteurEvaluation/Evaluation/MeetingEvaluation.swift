import RapporteurKit

/// Every metric of one report against one corpus meeting; `nil` where the reference has nothing to compare with.
public struct MeetingEvaluation: Sendable, Hashable, Codable {
    /// The meeting's name (the corpus folder).
    public var meeting: String
    /// The report summary against ``MeetingReference/generalSummary`` (AMI/ICSI abstract or QMSum summary).
    public var summary: SummaryOverlap?
    /// The report summary against QMSum's general summary.
    public var qmsumSummary: SummaryOverlap?
    /// Per-speaker positions against the speaker queries; `nil` when the reference has none.
    public var speakerPositions: SpeakerPositions?
    /// Report action items against the reference decisions.
    public var decisions: ItemMatch?
    /// Report action items against the reference action items.
    public var actions: ItemMatch?
    /// Report unresolved issues against the reference problems.
    public var problems: ItemMatch?
    /// Talk statistics errors per reference speaker; empty without reference statistics.
    public var talkStatistics: [SpeakerError]
    /// Speakers with at least 100 words who have an argument.
    public var speakerCoverage: SpeakerCoverage
    /// Citations, quotes and numbers.
    public var grounding: GroundingCheck

    /// Creates a meeting evaluation.
    /// - Parameters:
    ///   - meeting: The meeting's name.
    ///   - summary: Summary overlap with the general summary.
    ///   - qmsumSummary: Summary overlap with QMSum's summary.
    ///   - speakerPositions: Speaker-position scores.
    ///   - decisions: Action items against decisions.
    ///   - actions: Action items against reference actions.
    ///   - problems: Unresolved issues against problems.
    ///   - talkStatistics: Talk statistics errors.
    ///   - speakerCoverage: Speaker coverage.
    ///   - grounding: The grounding check.
    public init(
        meeting: String,
        summary: SummaryOverlap? = nil,
        qmsumSummary: SummaryOverlap? = nil,
        speakerPositions: SpeakerPositions? = nil,
        decisions: ItemMatch? = nil,
        actions: ItemMatch? = nil,
        problems: ItemMatch? = nil,
        talkStatistics: [SpeakerError] = [],
        speakerCoverage: SpeakerCoverage,
        grounding: GroundingCheck
    ) {
        self.meeting = meeting
        self.summary = summary
        self.qmsumSummary = qmsumSummary
        self.speakerPositions = speakerPositions
        self.decisions = decisions
        self.actions = actions
        self.problems = problems
        self.talkStatistics = talkStatistics
        self.speakerCoverage = speakerCoverage
        self.grounding = grounding
    }

    /// The mean absolute relative error of one talk statistic over the matched speakers, or `nil` when none has it.
    /// - Parameter error: The statistic, e.g. `\.wordsRelError`.
    /// - Returns: The mean of the absolute errors.
    public func meanAbsoluteError(_ error: KeyPath<SpeakerError, Double?>) -> Double? {
        let values = talkStatistics.compactMap { $0[keyPath: error] }.map(abs)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
