public import RapporteurKit

extension Evaluation {
    /// ROUGE of the report's summary (its ``Report/summary`` paragraphs joined) against the reference's general summary.
    /// - Parameters:
    ///   - report: The report.
    ///   - reference: The reference; its ``MeetingReference/generalSummary`` is used.
    ///   - stem: Whether to stem tokens (`use_stemmer`).
    /// - Returns: The three scores, or `nil` when the reference has no general summary.
    public static func summaryOverlap(report: Report, reference: MeetingReference, stem: Bool = true) -> SummaryOverlap? {
        reference.generalSummary.map { summaryOverlap(summary: summaryText(of: report), referenceSummary: $0, stem: stem) }
    }

    /// ROUGE-1, ROUGE-2 and ROUGE-L of one summary against a reference summary.
    /// - Parameters:
    ///   - summary: The generated summary.
    ///   - referenceSummary: The reference summary.
    ///   - stem: Whether to stem tokens.
    /// - Returns: The three scores.
    public static func summaryOverlap(summary: String, referenceSummary: String, stem: Bool = true) -> SummaryOverlap {
        let candidate = Rouge.tokenize(summary, stem: stem)
        let reference = Rouge.tokenize(referenceSummary, stem: stem)
        return SummaryOverlap(
            r1: Rouge.rougeN(1, candidateTokens: candidate, referenceTokens: reference),
            r2: Rouge.rougeN(2, candidateTokens: candidate, referenceTokens: reference),
            rL: Rouge.rougeL(candidateTokens: candidate, referenceTokens: reference)
        )
    }
}
