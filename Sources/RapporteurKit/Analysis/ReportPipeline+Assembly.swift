import Foundation

extension ReportPipeline {
    /// The results of all stages, gathered for assembly.
    struct Parts: Sendable {
        var speakers: [SpeakerSection]
        var notes: [ChunkNotes]
        var arguments: [Argument]
        var points: [DiscussionStage.Outcome]
        var relations: RelationStage.Outcome
        var synthesis: SynthesisStage.Outcome
    }

    /// Builds the report from the stages' results.
    func assemble(_ parts: Parts, transcript: Transcript, session: SessionInfo, context: RunContext, started: Date) -> Report {
        let synthesis = parts.synthesis
        return Report(
            session: session,
            summary: synthesis.summary,
            keyPoints: KeyPoints(discussionPoints: parts.points.map(\.point), purpose: synthesis.purpose, tone: synthesis.tone),
            speakers: speakerSections(parts),
            narrative: synthesis.narrative,
            agreements: Agreements(
                points: parts.relations.agreements,
                similarViewpoints: synthesis.similarViewpoints,
                unexpectedConsensus: synthesis.unexpectedConsensus,
                assessment: synthesis.consensus
            ),
            differences: Differences(
                viewpoints: parts.relations.differences.map(\.viewpoint),
                unexpectedDifferences: synthesis.unexpectedDifferences,
                assessment: synthesis.disagreement,
                partialAgreements: parts.relations.partial
            ),
            takeaways: Takeaways(
                keyTakeaways: synthesis.keyTakeaways,
                actionItems: Self.actionItems(parts.notes),
                unresolvedIssues: synthesis.unresolvedIssues,
                compromises: synthesis.compromises
            ),
            thoughtProvoking: parts.synthesis.thoughtProvoking,
            thoughtProvokingAssessment: synthesis.commentsAssessment,
            followUpQuestions: synthesis.followUpQuestions,
            disclaimer: disclaimer,
            transcript: transcript.sentences,
            metadata: metadata(context: context, started: started),
            diagnostics: transcript.diagnostics + context.log.diagnostics
        )
    }

    /// The run metadata: tool, model, engine, start time, wall time, usage and verification counts.
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

    /// Action items of all chunks, without repeats of the same text.
    static func actionItems(_ notes: [ChunkNotes]) -> [Takeaways.ActionItem] {
        var seen = Set<String>()
        return notes.flatMap(\.actions).filter { seen.insert(QuoteNormalizer.normalise($0.text).lowercased()).inserted }
    }

    /// Up to `limit` quote sentence IDs, taken from the chunks in turn so that a long session's quotes are spread
    /// over it, in transcript order.
    static func selectQuotes(_ notes: [ChunkNotes], limit: Int) -> [Int] {
        var selected: [Int] = []
        var round = 0
        while selected.count < limit, notes.contains(where: { $0.quotes.count > round }) {
            for chunk in notes where chunk.quotes.count > round && selected.count < limit { selected.append(chunk.quotes[round]) }
            round += 1
        }
        return selected.sorted()
    }

    /// The notes the synthesis reads: arguments first (the same lines as in the earlier stages), then points,
    /// agreements, differences, partial agreements, decisions, open questions and quotes.
    static func synthesisNotes(
        arguments: [Argument],
        points: [DiscussionStage.Outcome],
        relations: RelationStage.Outcome,
        notes: [ChunkNotes],
        quotes: [Sentence]
    ) -> NotesDocument {
        typealias Note = NotesDocument.Note
        var document = NotesDocument.arguments(arguments)
        document.add(
            NotesHeading.points,
            numbered("p", points) { Note(id: $0, text: "\($1.point.title): \($1.point.description.text)", citations: $1.point.description.citations) }
        )
        document.add(
            NotesHeading.agreements,
            numbered("g", relations.agreements) {
                Note(id: $0, text: "\($1.title) (\($1.speakers.joined(separator: ", "))): \($1.explanation)", citations: $1.citations)
            }
        )
        document.add(
            NotesHeading.differences,
            numbered("d", relations.differences.map(\.viewpoint)) { id, viewpoint in
                let stances = viewpoint.stances.map { "\($0.speaker): \($0.stance)" }.joined(separator: "; ")
                return Note(
                    id: id,
                    text: "\(viewpoint.title) (\(stances)): \(viewpoint.explanation)",
                    citations: viewpoint.stances.flatMap(\.citations)
                )
            }
        )
        document.add(NotesHeading.partial, numbered("m", relations.partial) { Note(id: $0, text: $1.text, citations: $1.citations) })
        document.add(
            NotesHeading.decisions,
            numbered("r", actionItems(notes)) { id, item in
                Note(id: id, text: NotesDocument.decision(item.text, owner: item.owner), citations: item.citations)
            }
        )
        document.add(
            NotesHeading.questions,
            numbered("q", notes.flatMap(\.questions)) { Note(id: $0, speaker: $1.speaker, text: $1.question, citations: $1.citations) }
        )
        document.add(NotesHeading.quotes, numbered("t", quotes) { Note(id: $0, speaker: $1.speaker, text: "\"\($1.text)\"", citations: [$1.id]) })
        return document
    }

    private static func numbered<Item>(_ prefix: String, _ items: [Item], _ note: (String, Item) -> NotesDocument.Note) -> [NotesDocument.Note] {
        items.enumerated().map { note("\(prefix)\($0.offset + 1)", $0.element) }
    }
}
