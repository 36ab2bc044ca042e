/// An overall assessment: a cited summary and a level (consensus or disagreement).
public struct Assessment: Sendable, Hashable, Codable {
    /// The summary.
    public var summary: CitedText
    /// The level, e.g. "High consensus" or "Moderate disagreement", with its implications.
    public var level: String

    /// Creates an assessment.
    public init(summary: CitedText, level: String) {
        self.summary = summary
        self.level = level
    }
}
