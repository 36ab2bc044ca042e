public import RapporteurKit

extension Evaluation {
    /// Scores, for each reference query about one speaker, the report's arguments of that speaker against the answer.
    ///
    /// The speaker's text is every argument's claim, explanation and evidence, in order, joined by spaces; the score is
    /// its ROUGE-L (stemmed) against the reference answer. The query's speaker is found with ``SpeakerNameMatcher``
    /// over the report's speakers (names and roles). An unmatched speaker, or one without arguments, scores 0.
    /// - Parameters:
    ///   - report: The report.
    ///   - reference: The reference with ``MeetingReference/speakerQueries``.
    /// - Returns: One score per query and the unmatched speakers.
    public static func speakerPositions(report: Report, reference: MeetingReference) -> SpeakerPositions {
        let matcher = SpeakerNameMatcher(speakers: report.speakers)
        var unmatched: [String] = []
        let scores = reference.speakerQueries.map { query in
            guard let name = matcher.match(query.speaker), let section = report.speakers.first(where: { $0.name == name }) else {
                if !unmatched.contains(query.speaker) { unmatched.append(query.speaker) }
                return SpeakerPositions.QueryScore(speaker: query.speaker, query: query.query, reportSpeaker: nil, rougeL: .zero)
            }
            let text = section.arguments.map(argumentText).joined(separator: " ")
            let score = Rouge.rougeL(candidate: text, reference: query.answer, stem: true)
            return SpeakerPositions.QueryScore(speaker: query.speaker, query: query.query, reportSpeaker: name, rougeL: score)
        }
        return SpeakerPositions(queries: scores, unmatchedSpeakers: unmatched)
    }

    /// An argument's claim, explanation and evidence as one text.
    static func argumentText(_ argument: Argument) -> String {
        [argument.claim, argument.explanation.text, argument.evidence?.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
