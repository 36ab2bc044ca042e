import RapporteurKit

extension OneCallBaseline {
    /// Builds a report from the one-call answer: every text as written, no citations.
    ///
    /// Decisions and action items both become action items ("Resolutions and action items"), as in the pipeline's
    /// reports. Arguments of a speaker the transcript does not have are left out and noted in the diagnostics.
    func report(
        from answer: OneCallAnswer,
        transcript: Transcript,
        speakers: [SpeakerSection],
        session: SessionInfo,
        metadata: RunMetadata
    ) -> Report {
        let names = Set(speakers.map(\.name))
        let arguments = answer.arguments.filter { names.contains($0.speaker) }.enumerated().map { index, argument in
            Argument(
                id: "a\(index + 1)",
                speaker: argument.speaker,
                claim: argument.claim,
                explanation: CitedText(argument.explanation),
                citations: []
            )
        }
        var diagnostics = transcript.diagnostics
        let strangers = Set(answer.arguments.map(\.speaker)).subtracting(names).sorted()
        if !strangers.isEmpty {
            diagnostics.append(
                Diagnostic(
                    severity: .warning,
                    message: "arguments of speakers not in the transcript left out: \(strangers.joined(separator: ", "))",
                    stage: "one-call baseline"
                )
            )
        }
        return Report(
            session: session,
            summary: answer.summary.map { CitedText($0) },
            keyPoints: KeyPoints(discussionPoints: answer.keyPoints.map { .init(title: $0.title, description: CitedText($0.description)) }),
            speakers: speakers.map { section in
                var section = section
                section.arguments = arguments.filter { $0.speaker == section.name }
                return section
            },
            takeaways: Takeaways(
                actionItems: answer.decisions.map { .init(text: $0, citations: []) }
                    + answer.actionItems.map { .init(text: $0.text, owner: $0.owner, citations: []) },
                unresolvedIssues: answer.unresolved.map { CitedText($0) }
            ),
            disclaimer: "One-call baseline of \(generator): the whole report asked of the model \(metadata.model ?? "?") in a single "
                + "call on the whole transcript. Nothing in it cites the transcript or was verified.",
            transcript: transcript.sentences,
            metadata: metadata,
            diagnostics: diagnostics
        )
    }
}
