import Foundation

extension ReportPipeline {
    /// The results of all stages, gathered for assembly.
    /// What the stages produced, for ``assemble(_:transcript:session:context:started:)``.
    struct Parts: Sendable {
        var speakers: [SpeakerSection]
        var notes: [ChunkNotes]
        var arguments: [Argument]
        var points: [DiscussionStage.Point]
        var relations: RelationStage.Outcome
        var written: WritingStage.Outcome
        var sections: StructuredSections
    }

    /// The report from the stages' values.
    func assemble(_ parts: Parts, transcript: Transcript, session: SessionInfo, context: RunContext, started: Date) -> Report {
        let sections = parts.sections
        let discussionPoints = parts.points.map { point in
            KeyPoints.DiscussionPoint(
                title: point.title,
                description: CitedText(SentenceSplitter.split(point.paragraph.text).first ?? "", citations: point.paragraph.citations)
            )
        }
        return Report(
            session: session,
            summary: parts.written.summary,
            keyPoints: KeyPoints(discussionPoints: discussionPoints, purpose: parts.written.purpose, tone: parts.written.tone),
            speakers: speakerSections(parts),
            narrative: Narrative(
                sections: parts.points.filter { !$0.paragraph.text.isEmpty }.map { Narrative.Section(heading: $0.title, paragraphs: [$0.paragraph]) }
            ),
            agreements: Agreements(points: parts.relations.agreements, assessment: sections.consensus),
            differences: Differences(
                viewpoints: parts.relations.differences,
                assessment: sections.disagreement,
                partialAgreements: parts.relations.partial
            ),
            takeaways: Takeaways(
                keyTakeaways: sections.keyTakeaways,
                actionItems: sections.actionItems,
                unresolvedIssues: sections.unresolvedIssues,
                compromises: sections.compromises
            ),
            thoughtProvoking: parts.written.thoughtProvoking,
            followUpQuestions: sections.followUpQuestions,
            disclaimer: disclaimer,
            transcript: transcript.sentences,
            metadata: metadata(context: context, started: started),
            diagnostics: transcript.diagnostics + context.log.diagnostics
        )
    }

    private func metadata(context: RunContext, started: Date) -> RunMetadata {
        RunMetadata(
            generator: options.generator,
            model: model.name,
            engine: model.engine,
            createdAt: ISO8601DateFormatter().string(from: started),
            wallSeconds: options.now().timeIntervalSince(started),
            usage: context.call.meter.usage,
            verification: context.log.verification
        )
    }

    /// The disclaimer, naming the tool, the model and the engine.
    var disclaimer: String {
        """
        This report was generated automatically by \(options.generator) with the model \(model.name) (engine: \(model.engine)). \
        It is not an official record of the session and may contain errors. Every statement cites the transcript \
        sentences it rests on, and quotes are copied from the transcript; check the cited sentences before relying on it.
        """
    }

    /// The input sections with arguments and roles found in the transcript filled in.
    private func speakerSections(_ parts: Parts) -> [SpeakerSection] {
        var roles: [String: String] = [:]
        for role in parts.notes.flatMap(\.roles) where roles[role.speaker] == nil { roles[role.speaker] = role.role }
        return parts.speakers.map { section in
            var section = section
            section.arguments = parts.arguments.filter { $0.speaker == section.name }
            if section.role == nil, let role = roles[section.name] {
                section.role = role
                section.roleSource = .transcript
            }
            return section
        }
    }

    /// The quotes: each chunk's first choice, then each chunk's second, until the limit, in transcript order.
    static func selectQuotes(_ notes: [ChunkNotes], limit: Int) -> [Int] {
        var selected: [Int] = []
        var round = 0
        while selected.count < limit, notes.contains(where: { $0.quotes.count > round }) {
            for chunk in notes where chunk.quotes.count > round && selected.count < limit { selected.append(chunk.quotes[round]) }
            round += 1
        }
        return selected.sorted()
    }
}
