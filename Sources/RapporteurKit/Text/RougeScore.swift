/// Precision, recall and F1 of one ROUGE measure, each in 0…1.
public struct RougeScore: Sendable, Hashable, Codable {
    /// Overlap divided by the candidate's size.
    public var precision: Double
    /// Overlap divided by the reference's size.
    public var recall: Double
    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double

    /// A score of zero, for an empty candidate or reference.
    public static let zero = RougeScore(precision: 0, recall: 0, f1: 0)

    /// Creates a score from its three parts.
    /// - Parameters:
    ///   - precision: Overlap divided by the candidate's size.
    ///   - recall: Overlap divided by the reference's size.
    ///   - f1: The harmonic mean of the two.
    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// Creates a score from precision and recall, computing F1 as `rouge_score.scoring.fmeasure` does.
    /// - Parameters:
    ///   - precision: Overlap divided by the candidate's size.
    ///   - recall: Overlap divided by the reference's size.
    public init(precision: Double, recall: Double) {
        let sum = precision + recall
        self.init(precision: precision, recall: recall, f1: sum > 0 ? 2 * precision * recall / sum : 0)
    }
}
