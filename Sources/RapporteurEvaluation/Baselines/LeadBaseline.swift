public import RapporteurKit

/// The lead baseline: the first sentences of the transcript, taken as the summary, with no model involved.
///
/// The number of sentences is chosen so that their word count (``WordCounter``) is closest to the reference
/// summary's, or to ``defaultWords`` when the meeting has no reference summary; on a tie the shorter lead wins, and
/// the lead always has at least one sentence. The report has nothing else generated: speakers keep their measured
/// statistics and no arguments, and the summary cites the sentences it copies.
public enum LeadBaseline {
    /// The summary length aimed at when there is no reference summary.
    public static let defaultWords = 150

    /// The word count the lead aims at for a meeting.
    ///
    /// - Parameter reference: The meeting's reference, or `nil`.
    /// - Returns: The words of its general summary, or ``defaultWords`` when it has none (or an empty one).
    public static func targetWords(reference: MeetingReference?) -> Int {
        let words = reference?.generalSummary.map(WordCounter.count) ?? 0
        return words > 0 ? words : defaultWords
    }

    /// The leading sentences whose word count is closest to `targetWords`.
    ///
    /// - Parameters:
    ///   - sentences: The transcript's sentences, in order.
    ///   - targetWords: The word count aimed at.
    /// - Returns: The first N sentences, N ≥ 1 (unless `sentences` is empty); ties go to the smaller N.
    public static func leadingSentences(_ sentences: [Sentence], targetWords: Int) -> [Sentence] {
        var best = 0
        var bestDistance = Int.max
        var total = 0
        for (index, sentence) in sentences.enumerated() {
            total += WordCounter.count(sentence.text)
            let distance = abs(total - targetWords)
            if distance < bestDistance {
                best = index + 1
                bestDistance = distance
            }
            // Past the target every further sentence only moves the count away from it.
            if total >= targetWords { break }
        }
        return Array(sentences.prefix(best))
    }

    /// The lead baseline's report: the leading sentences as a one-paragraph summary citing them.
    ///
    /// - Parameters:
    ///   - transcript: The transcript.
    ///   - speakers: One section per speaker with measured statistics; kept without arguments.
    ///   - session: The report header.
    ///   - targetWords: The word count aimed at, e.g. ``targetWords(reference:)``.
    ///   - generator: The tool name for the metadata.
    ///   - createdAt: When the report was made, ISO 8601.
    /// - Returns: The report.
    public static func report(
        transcript: Transcript,
        speakers: [SpeakerSection],
        session: SessionInfo,
        targetWords: Int,
        generator: String,
        createdAt: String
    ) -> Report {
        let lead = leadingSentences(transcript.sentences, targetWords: targetWords)
        let summary = lead.isEmpty ? [] : [CitedText(lead.map(\.text).joined(separator: " "), citations: lead.map(\.id))]
        return Report(
            session: session,
            summary: summary,
            speakers: speakers,
            disclaimer: "Lead baseline of \(generator): the first \(lead.count) sentence(s) of the transcript as the summary; "
                + "no model was involved and nothing else was generated.",
            transcript: transcript.sentences,
            metadata: RunMetadata(generator: "\(generator) (lead baseline)", createdAt: createdAt, wallSeconds: 0),
            diagnostics: transcript.diagnostics
        )
    }
}
