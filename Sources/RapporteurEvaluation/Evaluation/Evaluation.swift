public import RapporteurKit

/// Metrics that compare a ``Report`` with a corpus ``MeetingReference``, and checks of the report's grounding that
/// need no reference. Everything here is pure: reports and references come in as values.
///
/// Text overlap is ROUGE with stemming (``Rouge``, matching `rouge_score` 0.1.2 with `use_stemmer=True`).
public enum Evaluation {
    /// The best ROUGE-L F1 (stemmed) a report item needs with a reference item to count as covering it in
    /// ``itemMatching(reportItems:referenceItems:threshold:)``.
    ///
    /// 0.2 is lenient, a topic-level match. Measured with rouge_score 0.1.2 on the AMI ES2002b and ICSI Bed009
    /// references: two *different* items of one section (87 pairs of decisions, problems, actions, progress) have a
    /// median ROUGE-L F1 of 0.15 and 32 % of them reach 0.2, because such items share templates ("The remote will
    /// use …"); used as a control, the reference *problems* "match" 6 of 8 AMI decisions (4 one to one) and 2 of 7
    /// ICSI decisions at 0.2, but 1 of 8 and 0 of 7 at 0.3. Hand-written paraphrases of one decision score 0.18–0.53.
    /// Read the matched counts as an upper bound, prefer the one-to-one count (``ItemMatch/matchedOneToOne``), and
    /// pass 0.3 for a stricter reading.
    public static let defaultItemThreshold = 0.2

    /// Speakers need at least this many words to be expected to have an argument in ``speakerCoverage(report:minimumWords:)``.
    public static let defaultCoverageMinimumWords = 100

    /// The report's summary as one text: the summary paragraphs joined by a space.
    static func summaryText(of report: Report) -> String {
        report.summary.map(\.text).joined(separator: " ")
    }

    /// Whether two speaker names are the same apart from case, punctuation and diacritics.
    static func sameSpeaker(_ lhs: String, _ rhs: String) -> Bool {
        lhs == rhs || SpeakerNameMatcher.words(lhs) == SpeakerNameMatcher.words(rhs)
    }

    /// Checks every generated item of a report against its transcript: citations exist and belong to the item's
    /// speaker, quotes are verbatim, numbers occur in the cited sentences, and per section how many items their
    /// cited sentences support (``SupportShare``). See ``GroundingCheck`` for what is counted.
    ///
    /// This is independent of the pipeline's own verifier, so it also catches what that verifier lets through.
    /// - Parameter report: The report, with its transcript appendix.
    /// - Returns: The counts and the failures.
    public static func groundingCheck(report: Report) -> GroundingCheck {
        var check = GroundingChecker(transcript: report.transcript).check(GroundedItem.items(of: report))
        check.support = SupportShare.check(report)
        return check
    }
}
