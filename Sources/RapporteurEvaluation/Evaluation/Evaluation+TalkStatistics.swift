public import RapporteurKit

extension Evaluation {
    /// Compares the report's measured talk statistics with the reference's, speaker by speaker.
    ///
    /// A reference speaker is matched to the report speaker with the same name, else to the one whose name is equal
    /// apart from case, punctuation and diacritics; unmatched reference speakers are listed with no errors.
    /// - Parameters:
    ///   - report: The report.
    ///   - reference: The reference with ``MeetingReference/talkStatistics``.
    /// - Returns: One entry per reference speaker, sorted by the reference name.
    public static func talkStatisticsErrors(report: Report, reference: MeetingReference) -> [SpeakerError] {
        reference.talkStatistics.sorted { $0.key < $1.key }.map { name, expected in
            let section =
                report.speakers.first { $0.name == name }
                ?? report.speakers.first { SpeakerNameMatcher.words($0.name) == SpeakerNameMatcher.words(name) }
            guard let statistics = section?.statistics else {
                return SpeakerError(speaker: name, reportSpeaker: nil, speechTimeRelError: nil, wordsRelError: nil, wpmRelError: nil)
            }
            return SpeakerError(
                speaker: name,
                reportSpeaker: section?.name,
                speechTimeRelError: relativeError(statistics.speechSeconds, expected.speechSeconds),
                wordsRelError: relativeError(Double(statistics.words), expected.words.map(Double.init)),
                wpmRelError: relativeError(statistics.wordsPerMinute, expected.wordsPerMinute)
            )
        }
    }

    /// Counts the speakers with at least `minimumWords` words and those of them with at least one argument.
    /// - Parameters:
    ///   - report: The report.
    ///   - minimumWords: The word count from which a speaker is expected to have a position.
    /// - Returns: The eligible and covered counts and the uncovered speakers.
    public static func speakerCoverage(report: Report, minimumWords: Int = defaultCoverageMinimumWords) -> SpeakerCoverage {
        let eligible = report.speakers.filter { $0.statistics.words >= minimumWords }
        let uncovered = eligible.filter(\.arguments.isEmpty).map(\.name)
        return SpeakerCoverage(eligible: eligible.count, covered: eligible.count - uncovered.count, uncovered: uncovered)
    }

    /// (measured − expected) / expected, or `nil` when either is missing or expected is 0.
    static func relativeError(_ measured: Double?, _ expected: Double?) -> Double? {
        guard let measured, let expected, expected != 0 else { return nil }
        return (measured - expected) / expected
    }
}
