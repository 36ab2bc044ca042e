public import RapporteurKit

/// A full, grounded report built from a transcript without a model, so benchmarks can verify and render a report
/// of realistic size.
///
/// Every section of ``Report`` is filled, and every generated text is cut from the sentences it cites: each speaker
/// gets one argument per 15 of their sentences (at least one), citing three of them, with evidence from a later
/// sentence of theirs with a number. The transcript is cut into parts of 100 sentences; each part gives a discussion
/// point, a narrative section, an agreement and a difference between its first two speakers, a quote from its longest
/// sentence, a takeaway, and a question and an action item when it has a sentence that fits. So the report grows in
/// proportion to the transcript, as the growth benchmark needs. The content means nothing; its size and its
/// citations are what a model's report would have, and ``GroundingVerifier`` finds no failure in it.
public enum BenchmarkReport {
    /// Builds the report.
    ///
    /// - Parameters:
    ///   - transcript: The transcript.
    ///   - statistics: Its statistics, from ``TalkStatistics/measure(_:)``.
    /// - Returns: A report whose every item is grounded in `transcript`; deterministic for equal inputs.
    public static func make(transcript: Transcript, statistics: TalkStatistics) -> Report {
        let material = BenchmarkReportMaterial(transcript: transcript)
        let info = Dictionary(transcript.speakers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let speakers = statistics.speakers.map { entry in
            SpeakerSection(
                name: entry.speaker,
                role: info[entry.speaker]?.role,
                roleSource: info[entry.speaker]?.roleSource ?? .none,
                statistics: entry.statistics,
                arguments: material.arguments(of: entry.speaker)
            )
        }
        return Report(
            session: SessionInfo(title: "Benchmark report of \(transcript.source)"),
            summary: material.summary(),
            keyPoints: material.keyPoints(),
            speakers: speakers,
            narrative: material.narrative(),
            agreements: material.agreements(),
            differences: material.differences(),
            takeaways: material.takeaways(),
            thoughtProvoking: material.thoughtProvoking(),
            thoughtProvokingAssessment: material.cited(material.parts.first?.last, words: 20),
            followUpQuestions: material.followUpQuestions(),
            disclaimer: "Benchmark output: built mechanically from the transcript to time verification and rendering; not a report.",
            transcript: material.sentences,
            metadata: RunMetadata(generator: "Rapporteur bench", createdAt: "2000-01-01T00:00:00Z"),
            diagnostics: transcript.diagnostics
        )
    }
}
