import RapporteurKit

/// The metrics of several meetings combined, for the last column of the evaluation table.
///
/// ROUGE F1 values are means over the meetings that have the metric; speaker positions are the mean over all
/// queries pooled; talk-statistics errors are the mean absolute relative error over all matched speakers pooled;
/// counts are summed.
public struct EvaluationAverage: Sendable, Hashable, Codable {
    /// Combined item matching of one kind (decisions, actions or problems).
    public struct Items: Sendable, Hashable, Codable {
        /// Mean ROUGE-L F1 of the joined items over the meetings that have reference items.
        public var rougeLF1: Double?
        /// Reference items matched (best match at least the threshold).
        public var matched: Int
        /// Reference items matched one to one.
        public var matchedOneToOne: Int
        /// Reference items.
        public var total: Int
        /// Report items that match a reference item.
        public var matchedReportItems: Int
        /// Report items compared.
        public var reportItems: Int

        /// Creates combined item counts.
        /// - Parameters:
        ///   - rougeLF1: Mean ROUGE-L F1.
        ///   - matched: Reference items matched.
        ///   - matchedOneToOne: Reference items matched one to one.
        ///   - total: Reference items.
        ///   - matchedReportItems: Report items that match a reference item.
        ///   - reportItems: Report items compared.
        public init(rougeLF1: Double?, matched: Int, matchedOneToOne: Int, total: Int, matchedReportItems: Int, reportItems: Int) {
            self.rougeLF1 = rougeLF1
            self.matched = matched
            self.matchedOneToOne = matchedOneToOne
            self.total = total
            self.matchedReportItems = matchedReportItems
            self.reportItems = reportItems
        }
    }

    /// Number of meetings combined.
    public var meetings: Int
    /// Mean F1 of ROUGE-1, ROUGE-2, ROUGE-L against the general summary.
    public var summaryF1: [Double?]
    /// Mean F1 of ROUGE-1, ROUGE-2, ROUGE-L against QMSum's summary.
    public var qmsumSummaryF1: [Double?]
    /// Mean ROUGE-L F1 over all speaker queries.
    public var speakerPositionF1: Double?
    /// Speaker queries whose speaker was matched.
    public var speakerQueriesMatched: Int
    /// Speaker queries.
    public var speakerQueries: Int
    /// Decisions.
    public var decisions: Items
    /// Action items.
    public var actions: Items
    /// Problems.
    public var problems: Items
    /// Mean absolute relative error of speaking time, words and words per minute.
    public var talkStatisticsError: [Double?]
    /// Speaker coverage, summed.
    public var speakerCoverage: SpeakerCoverage
    /// Grounding counts, summed (failures left out).
    public var grounding: GroundingCheck

    /// Creates a combined evaluation.
    /// - Parameters:
    ///   - meetings: Number of meetings.
    ///   - summaryF1: Mean ROUGE-1/2/L F1 against the general summary.
    ///   - qmsumSummaryF1: Mean ROUGE-1/2/L F1 against QMSum's summary.
    ///   - speakerPositionF1: Mean ROUGE-L F1 over speaker queries.
    ///   - speakerQueriesMatched: Matched speaker queries.
    ///   - speakerQueries: Speaker queries.
    ///   - decisions: Decisions.
    ///   - actions: Action items.
    ///   - problems: Problems.
    ///   - talkStatisticsError: Mean absolute relative errors of time, words, words per minute.
    ///   - speakerCoverage: Summed speaker coverage.
    ///   - grounding: Summed grounding counts.
    public init(
        meetings: Int,
        summaryF1: [Double?],
        qmsumSummaryF1: [Double?],
        speakerPositionF1: Double?,
        speakerQueriesMatched: Int,
        speakerQueries: Int,
        decisions: Items,
        actions: Items,
        problems: Items,
        talkStatisticsError: [Double?],
        speakerCoverage: SpeakerCoverage,
        grounding: GroundingCheck
    ) {
        self.meetings = meetings
        self.summaryF1 = summaryF1
        self.qmsumSummaryF1 = qmsumSummaryF1
        self.speakerPositionF1 = speakerPositionF1
        self.speakerQueriesMatched = speakerQueriesMatched
        self.speakerQueries = speakerQueries
        self.decisions = decisions
        self.actions = actions
        self.problems = problems
        self.talkStatisticsError = talkStatisticsError
        self.speakerCoverage = speakerCoverage
        self.grounding = grounding
    }
}
