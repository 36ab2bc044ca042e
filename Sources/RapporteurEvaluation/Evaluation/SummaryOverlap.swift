public import RapporteurKit

/// ROUGE-1, ROUGE-2 and ROUGE-L of a report's summary against a reference summary.
public struct SummaryOverlap: Sendable, Hashable, Codable {
    /// ROUGE-1.
    public var r1: RougeScore
    /// ROUGE-2.
    public var r2: RougeScore
    /// ROUGE-L (whole text, `rougeL`).
    public var rL: RougeScore

    /// Creates a summary overlap.
    /// - Parameters:
    ///   - r1: ROUGE-1.
    ///   - r2: ROUGE-2.
    ///   - rL: ROUGE-L.
    public init(r1: RougeScore, r2: RougeScore, rL: RougeScore) {
        self.r1 = r1
        self.r2 = r2
        self.rL = rL
    }
}
