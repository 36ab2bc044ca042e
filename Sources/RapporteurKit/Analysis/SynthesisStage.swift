/// Step 7 of the pipeline: the report's prose written from the structured notes, not from the transcript.
///
/// Six calls open with the same fenced notes, so a prompt cache processes them once; the summary's paragraphs on
/// single discussion points each read that point's arguments only (``PointBrief``), and the unresolved issues the
/// notes on what was discussed, disputed, decided and asked. Every text cites note IDs;
/// they are mapped to the sentence IDs the notes rest on and verified like any other item.
struct SynthesisStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "synthesis"

    /// The synthesised sections.
    struct Outcome: Sendable, Hashable {
        var summary: [CitedText] = []
        var purpose: CitedText?
        var tone: CitedText?
        var keyTakeaways: [CitedText] = []
        var unresolvedIssues: [CitedText] = []
        var compromises: [CitedText] = []
        var similarViewpoints: [CitedText] = []
        var unexpectedConsensus: [CitedText] = []
        var unexpectedDifferences: [CitedText] = []
        var consensus: Assessment?
        var disagreement: Assessment?
        var followUpQuestions: [FollowUpQuestion] = []
        var thoughtProvoking: [ThoughtProvokingComment] = []
        var commentsAssessment: CitedText?
        var narrative = Narrative()
    }

    let context: RunContext
    let document: NotesDocument
    let speakers: [String]
    /// The selected thought-provoking sentences, in the order of their notes `t1`, `t2`, ….
    let quotes: [Sentence]
    /// The discussion points the summary gives a paragraph each, after its overview.
    let briefs: [PointBrief]

    private var ids: [String] { document.ids }
    private var writer: CitedWriter { CitedWriter(context: context, document: document) }

    /// Makes the calls (seven, one more when there are quotes, and one per brief) and verifies their answers.
    ///
    /// - Returns: The sections; a failed call leaves its sections empty (its error is in the diagnostics).
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run() async throws -> Outcome {
        var outcome = Outcome()
        guard !document.isEmpty else {
            context.log.add(
                .warning,
                stage: Self.name,
                "no notes were extracted, so there is nothing to summarise; the synthesised sections are empty"
            )
            return outcome
        }
        try await context.stage(Self.name, total: (quotes.isEmpty ? 7 : 8) + briefs.count) { step in
            // The calls that read the whole notes come first, one after the other, so the server's prompt cache
            // reads the notes once; the calls on parts of them come last.
            try await overview(into: &outcome)
            step()
            let takeaways: SynthesisReplies.Takeaways? = try await ask(
                PromptText.takeaways,
                "takeaways",
                SynthesisReplies.Takeaways.schema(ids),
                maxTokens: 500,
                unit: "key takeaways and compromises"
            )
            step()
            try await assessment(into: &outcome)
            step()
            if !quotes.isEmpty {
                try await thoughtProvoking(into: &outcome)
                step()
            }
            try await followUps(into: &outcome)
            step()
            try await narrativeSections(into: &outcome)
            step()
            try await narrativeFrame(into: &outcome)
            step()
            for brief in briefs {
                try await pointSummary(brief, into: &outcome)
                step()
            }
            let issues = try await unresolvedIssues()
            step()
            try await lists(takeaways, issues: issues, into: &outcome)
        }
        return outcome
    }

    private func ask<Answer: Decodable>(_ question: String, _ name: String, _ schema: JSONValue, maxTokens: Int, unit: String) async throws -> Answer?
    {
        let request = context.request(data: document.text, question: question, schemaName: name, schema: schema, maxTokens: maxTokens)
        return try await context.ask(request, as: Answer.self, stage: Self.name, unit: unit)
    }

    private func overview(into outcome: inout Outcome) async throws {
        typealias Reply = SynthesisReplies.Overview
        let unit = "summary, purpose and tone"
        guard let reply: Reply = try await ask(PromptText.overview, "overview", Reply.schema(ids), maxTokens: 700, unit: unit) else { return }
        outcome.summary = try await writer.verified(reply.summary, section: "summary", kind: "summary paragraph")
        outcome.purpose = try await writer.verified([reply.purpose], section: "keyPoints", kind: "purpose").first
        outcome.tone = try await writer.verified([reply.tone], section: "keyPoints", kind: "tone").first
    }

    private func pointSummary(_ brief: PointBrief, into outcome: inout Outcome) async throws {
        typealias Reply = SynthesisReplies.Cited
        let request = context.request(
            data: brief.document.text,
            question: PromptText.pointSummary(title: brief.title, description: brief.description),
            schemaName: "point_summary",
            schema: SynthesisReplies.cited(brief.document.ids, text: Schema.paragraph),
            maxTokens: 350
        )
        let unit = "summary paragraph on \"\(brief.title)\""
        guard let reply = try await context.ask(request, as: Reply.self, stage: Self.name, unit: unit) else { return }
        guard !CitedWriter.isRepeat(reply.text, of: outcome.summary.map(\.text)) else {
            context.log.add(.note, stage: Self.name, "left out the \(unit): it repeats an earlier paragraph")
            return
        }
        outcome.summary += try await CitedWriter(context: context, document: brief.document).verified([reply], section: "summary", kind: unit)
    }

    /// The takeaways and compromises, and the unresolved issues asked on their own; a text in more than one list is
    /// kept in the first.
    private func lists(_ reply: SynthesisReplies.Takeaways?, issues: [SynthesisReplies.Cited], into outcome: inout Outcome) async throws {
        let unmarked = [reply?.takeaways ?? [], issues, reply?.compromises ?? []].map { list in
            list.map { SynthesisReplies.Cited(notes: $0.notes, text: NotesDocument.withoutOwnerMark($0.text)) }
        }
        let lists = distinctAcross(
            unmarked,
            unit: "key takeaways, unresolved issues and compromises"
        )
        outcome.keyTakeaways = try await writer.verified(lists[0], section: "keyTakeaways", kind: "key takeaway")
        outcome.unresolvedIssues = try await writer.verified(lists[1], section: "unresolvedIssues", kind: "unresolved issue")
        outcome.compromises = try await writer.verified(lists[2], section: "compromises", kind: "suggested compromise")
    }

    /// The unresolved issues, asked of the notes on what was discussed, disputed, decided and asked
    /// (``NotesHeading/openIssues``) only; their IDs are the same as in the whole document.
    private func unresolvedIssues() async throws -> [SynthesisReplies.Cited] {
        typealias Reply = SynthesisReplies.UnresolvedIssues
        let notes = document.keeping(NotesHeading.openIssues)
        guard !notes.isEmpty else {
            context.log.add(.note, stage: Self.name, "no discussion points, differences, decisions or questions: no unresolved issues asked for")
            return []
        }
        let request = context.request(
            data: notes.text,
            question: PromptText.unresolvedIssues,
            schemaName: "unresolved_issues",
            schema: Reply.schema(notes.ids),
            maxTokens: 450
        )
        return try await context.ask(request, as: Reply.self, stage: Self.name, unit: "unresolved issues")?.issues ?? []
    }

    private func assessment(into outcome: inout Outcome) async throws {
        typealias Reply = SynthesisReplies.Assessment
        let unit = "consensus and disagreement assessment"
        guard let reply: Reply = try await ask(PromptText.assessment, "assessment", Reply.schema(ids), maxTokens: 700, unit: unit) else { return }
        let lists = distinctAcross([reply.similar, reply.unexpectedConsensus, reply.unexpectedDifferences], unit: unit)
        outcome.similarViewpoints = try await writer.verified(lists[0], section: "similarViewpoints", kind: "similar viewpoint")
        outcome.unexpectedConsensus = try await writer.verified(lists[1], section: "unexpectedConsensus", kind: "unexpected consensus")
        outcome.unexpectedDifferences = try await writer.verified(lists[2], section: "unexpectedDifferences", kind: "unexpected difference")
        outcome.consensus = try await level(reply.consensus, noun: "consensus")
        outcome.disagreement = try await level(reply.disagreement, noun: "disagreement")
    }

    private func distinctAcross(_ lists: [[SynthesisReplies.Cited]], unit: String) -> [[SynthesisReplies.Cited]] {
        let distinct = CitedWriter.distinctAcross(lists)
        let left = lists.map(\.count).reduce(0, +) - distinct.map(\.count).reduce(0, +)
        if left > 0 { context.log.add(.note, stage: Self.name, "\(unit): left out \(left) text(s) that repeat a text of another section") }
        return distinct
    }

    private func level(_ level: SynthesisReplies.Level, noun: String) async throws -> Assessment? {
        let cited = SynthesisReplies.Cited(notes: level.notes, text: level.text)
        guard let summary = try await writer.verified([cited], section: "assessments", kind: "\(noun) assessment").first else { return nil }
        let name = SynthesisReplies.Level.levels.contains(level.level) ? level.level : "Unstated"
        return Assessment(summary: summary, level: "\(name) \(noun)")
    }

    private func thoughtProvoking(into outcome: inout Outcome) async throws {
        typealias Reply = SynthesisReplies.ThoughtProvoking
        let quoteIDs = quotes.indices.map { "t\($0 + 1)" }
        let schema = Reply.schema(ids, quoteIDs: quoteIDs)
        let question = PromptText.thoughtProvoking(quoteIDs)
        let maxTokens = Self.thoughtProvokingAnswer(quotes: quotes.count)
        guard let reply: Reply = try await ask(question, "thought_provoking", schema, maxTokens: maxTokens, unit: "thought-provoking comments")
        else { return }
        let comments = zip(quoteIDs, quotes).compactMap { id, sentence in reply.commentsOf[id].map { (id: id, sentence: sentence, comment: $0) } }
        outcome.thoughtProvoking = try await writer.verified(comments)
        outcome.commentsAssessment = try await writer.verified(
            [reply.overall],
            section: "thoughtProvokingAssessment",
            kind: "assessment of the quotes"
        )
        .first
    }

    private func followUps(into outcome: inout Outcome) async throws {
        typealias Reply = SynthesisReplies.FollowUps
        let schema = Reply.schema(ids, speakers: speakers)
        let unit = "follow-up questions"
        guard let reply: Reply = try await ask(PromptText.followUps, "follow_ups", schema, maxTokens: 600, unit: unit) else { return }
        outcome.followUpQuestions = try await writer.verified(reply.questions, speakers: speakers)
    }

    private func narrativeSections(into outcome: inout Outcome) async throws {
        typealias Reply = SynthesisReplies.NarrativeSections
        let unit = "narrative report sections"
        guard
            let reply: Reply = try await ask(
                PromptText.narrativeSections,
                "narrative_sections",
                Reply.schema(ids),
                maxTokens: Self.narrativeSectionsAnswer,
                unit: unit
            )
        else { return }
        // Measured on IGF: one paragraph written under all five headings.
        let distinct = distinctAcross(reply.sections.map(\.paragraphs), unit: unit)
        for (section, paragraphs) in zip(reply.sections, distinct) {
            let heading = HeadingPhrase.make(section.heading)
            let kind = "paragraph of the section \"\(heading)\""
            let written = paragraphs.filter { !CitedWriter.restates(heading, $0.text) }
            if written.count < paragraphs.count {
                context.log.add(.note, stage: Self.name, "left out \(paragraphs.count - written.count) \(kind)(s) that only restate the heading")
            }
            let paragraphs = try await writer.verified(written, section: "narrative", kind: kind)
            if !paragraphs.isEmpty { outcome.narrative.sections.append(Narrative.Section(heading: heading, paragraphs: paragraphs)) }
        }
    }

    private func narrativeFrame(into outcome: inout Outcome) async throws {
        typealias Reply = SynthesisReplies.NarrativeFrame
        let unit = "executive summary and conclusion"
        guard let reply: Reply = try await ask(PromptText.narrativeFrame, "narrative_frame", Reply.schema(ids), maxTokens: 500, unit: unit) else {
            return
        }
        outcome.narrative.executiveSummary = try await writer.verified(
            reply.executiveSummary,
            section: "narrative",
            kind: "executive summary paragraph"
        )
        outcome.narrative.conclusion = try await writer.verified([reply.conclusion], section: "narrative", kind: "conclusion")
    }
}
