/// Metrics that compare a ``Report`` with a corpus ``MeetingReference``, and checks of the report's grounding that
/// need no reference. Everything here is pure: reports and references come in as values.
///
/// Text overlap is ROUGE with stemming (``Rouge``, matching `rouge_score` 0.1.2 with `use_stemmer=True`).
public enum Evaluation {
    /// The best ROUGE-L F1 (stemmed) a report item needs with a reference item to count as covering it in
    /// ``itemMatching(reportItems:referenceItems:threshold:)``.
    ///
    /// 0.2 is lenient, a topic-level match: measured with rouge_score on the AMI ES2002b and ICSI Bed009 references,
    /// two *different* items of one section (decisions, problems, actions, progress; 87 pairs) have a median ROUGE-L
    /// F1 of 0.15, and 32 % of them reach 0.2, because such items share templates ("The remote will use …"). Hand-written
    /// paraphrases of one decision score 0.18–0.53. Read the matched counts as an upper bound; the one-to-one count
    /// (``ItemMatch/matchedOneToOne``) keeps one generic report item from covering many reference items.
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
}
