public import RapporteurKit

/// How well a list of report items (action items, unresolved issues) covers a list of reference items
/// (decisions, actions, problems).
public struct ItemMatch: Sendable, Hashable, Codable {
    /// ROUGE-1 of the report items joined against the reference items joined.
    public var rouge1: RougeScore
    /// ROUGE-2 of the joined items.
    public var rouge2: RougeScore
    /// ROUGE-L of the joined items.
    public var rougeL: RougeScore
    /// Number of reference items.
    public var referenceItems: Int
    /// Number of report items.
    public var reportItems: Int
    /// Reference items whose best-matching report item reaches the threshold.
    public var matchedReferenceItems: Int
    /// Reference items matched when each report item may cover only one reference item (greedy, best pairs first).
    public var matchedOneToOne: Int
    /// Report items whose best-matching reference item reaches the threshold: the share of the report's list that
    /// says something the reference lists, where the other counts say how much of the reference the report covers.
    public var matchedReportItems: Int
    /// The ROUGE-L F1 threshold used.
    public var threshold: Double

    /// Creates an item match.
    /// - Parameters:
    ///   - rouge1: ROUGE-1 of the joined items.
    ///   - rouge2: ROUGE-2 of the joined items.
    ///   - rougeL: ROUGE-L of the joined items.
    ///   - referenceItems: Number of reference items.
    ///   - reportItems: Number of report items.
    ///   - matchedReferenceItems: Reference items whose best report item reaches the threshold.
    ///   - matchedOneToOne: Reference items matched one to one.
    ///   - matchedReportItems: Report items whose best reference item reaches the threshold.
    ///   - threshold: The ROUGE-L F1 threshold used.
    public init(
        rouge1: RougeScore,
        rouge2: RougeScore,
        rougeL: RougeScore,
        referenceItems: Int,
        reportItems: Int,
        matchedReferenceItems: Int,
        matchedOneToOne: Int,
        matchedReportItems: Int,
        threshold: Double
    ) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
        self.referenceItems = referenceItems
        self.reportItems = reportItems
        self.matchedReferenceItems = matchedReferenceItems
        self.matchedOneToOne = matchedOneToOne
        self.matchedReportItems = matchedReportItems
        self.threshold = threshold
    }
}
