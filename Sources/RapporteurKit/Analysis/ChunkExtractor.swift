/// Asks the map stage's questions about one chunk, one at a time, and verifies every answer.
///
/// Every request opens with the same system prompt and the same fenced chunk text, so a server with a prompt
/// cache processes the chunk once; only the question after it changes.
struct ChunkExtractor: Sendable {
    let context: RunContext
    let chunk: TranscriptChunk
    let plan: MapStage.Plan
    let step: @Sendable () -> Void

    private var stage: String { MapStage.name }
    private var data: String { chunk.fencedText }
    private var completion: CitationCompletion { CitationCompletion(verifier: context.verifier, chunk: chunk) }

    /// Runs the chunk's calls in a fixed order.
    ///
    /// - Returns: The verified notes.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run() async throws -> ChunkNotes {
        var notes = ChunkNotes(chunk: chunk.index)
        if !plan.roleSpeakers.isEmpty {
            notes.roles = try await roles()
            step()
        }
        for speaker in plan.argumentSpeakers {
            notes.arguments += try await arguments(of: speaker)
            step()
        }
        notes.actions = try await actions()
        step()
        notes.questions = try await questions()
        step()
        if !plan.quoteIDs.isEmpty {
            notes.quotes = try await quotes()
            step()
        }
        return notes
    }

    private func arguments(of speaker: String) async throws -> [ArgumentNote] {
        typealias Reply = MapReplies.Arguments
        let ids = chunk.sentences.filter { $0.speaker == speaker }.map(\.id)
        let request = context.request(
            data: data,
            question: PromptText.arguments(of: speaker),
            schemaName: "chunk_arguments",
            schema: Reply.schema(ids: ids),
            maxTokens: 600
        )
        let unit = "arguments of \(speaker) in \(chunk.label)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: stage, unit: unit) else { return [] }
        let note = { (item: Reply.Item) in
            ArgumentNote(
                speaker: speaker,
                claim: written(item.claim),
                explanation: written(item.explanation),
                evidence: Self.sorted(item.evidence),
                citations: Self.sorted(item.citations)
            )
        }
        let verified = try await context.verify(
            reply.arguments.filter { !$0.claim.trimmingWhitespace().isEmpty },
            section: "chunkArguments",
            stage: stage,
            check: { context.verifier.check(note($0).asArgument(id: "in \(chunk.label)")) },
            repair: { item, failures in
                if let citations = completion.completingNumbers(item.citations, failures: failures, speaker: speaker) {
                    var completed = item
                    completed.citations = citations
                    if context.verifier.check(note(completed).asArgument(id: "")).isEmpty { return completed }
                }
                return try await repair(
                    item,
                    kind: "argument of \(speaker)",
                    failures,
                    schema: Reply.itemSchema(ids: ids),
                    name: "chunk_argument_repair"
                )
            }
        )
        return verified.map(note)
    }

    private func actions() async throws -> [Takeaways.ActionItem] {
        typealias Reply = MapReplies.Actions
        let schema = Reply.schema(ids: chunk.sentenceIDs, speakers: chunk.speakers)
        let request = context.request(data: data, question: PromptText.actions, schemaName: "chunk_actions", schema: schema, maxTokens: 400)
        let unit = "decisions and action items in \(chunk.label)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: stage, unit: unit) else { return [] }
        let item = { (item: Reply.Item) in
            Takeaways.ActionItem(text: written(item.text), owner: item.owner, citations: Self.sorted(item.citations))
        }
        let itemSchema = Reply.itemSchema(ids: chunk.sentenceIDs, speakers: chunk.speakers)
        let verified = try await context.verify(
            reply.items.filter { !$0.text.trimmingWhitespace().isEmpty },
            section: "actionItems",
            stage: stage,
            check: { context.verifier.check(item($0)) },
            repair: { try await repair($0, kind: "decision or action item", $1, schema: itemSchema, name: "chunk_action_repair") }
        )
        return verified.map(item)
    }

    private func questions() async throws -> [QuestionNote] {
        typealias Reply = MapReplies.Questions
        let schema = Reply.schema(ids: chunk.sentenceIDs)
        let request = context.request(data: data, question: PromptText.questions, schemaName: "chunk_questions", schema: schema, maxTokens: 300)
        let unit = "open questions in \(chunk.label)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: stage, unit: unit) else { return [] }
        let note = { (item: Reply.Item) in
            let citations = Self.sorted(item.citations)
            let speakers = Set(citations.compactMap { context.verifier.sentence($0)?.speaker })
            return QuestionNote(
                question: item.question.trimmingWhitespace(),
                speaker: speakers.count == 1 ? speakers.first : nil,
                citations: citations
            )
        }
        let verified = try await context.verify(
            reply.questions.filter { !$0.question.trimmingWhitespace().isEmpty },
            section: "openQuestions",
            stage: stage,
            check: { context.verifier.check(CitedText($0.question, citations: $0.citations), item: "open question") },
            repair: {
                try await repair($0, kind: "open question", $1, schema: Reply.itemSchema(ids: chunk.sentenceIDs), name: "chunk_question_repair")
            }
        )
        return verified.map(note)
    }

    /// Sentence IDs only: the quote is the transcript sentence itself, and its reason and impact are written in
    /// the synthesis for the few quotes the report keeps.
    private func quotes() async throws -> [Int] {
        typealias Reply = MapReplies.Quotes
        let schema = Reply.schema(ids: plan.quoteIDs)
        let request = context.request(data: data, question: PromptText.quotes, schemaName: "chunk_quotes", schema: schema, maxTokens: 60)
        let unit = "thought-provoking sentences in \(chunk.label)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: stage, unit: unit) else { return [] }
        var seen = Set<Int>()
        return reply.ids.filter { plan.quoteIDs.contains($0) && seen.insert($0).inserted }
    }

    private func roles() async throws -> [RoleNote] {
        typealias Reply = MapReplies.Roles
        let speakers = plan.roleSpeakers
        let schema = Reply.schema(ids: chunk.sentenceIDs, speakers: speakers)
        let request = context.request(data: data, question: PromptText.roles(of: speakers), schemaName: "chunk_roles", schema: schema, maxTokens: 300)
        let unit = "roles stated in \(chunk.label)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: stage, unit: unit) else { return [] }
        let note = { (item: Reply.Item) in RoleNote(speaker: item.name, role: item.role.trimmingWhitespace(), citations: Self.sorted(item.citations))
        }
        let verified = try await context.verify(
            reply.roles.filter { speakers.contains($0.name) && !$0.role.trimmingWhitespace().isEmpty },
            section: "roles",
            stage: stage,
            check: { context.verifier.checkRole($0.role, speaker: $0.name, citations: $0.citations) },
            repair: { item, failures in
                if let citations = completion.roleCitation(item.role, speaker: item.name) {
                    return Reply.Item(citations: citations, name: item.name, role: item.role)
                }
                return try await repair(
                    item,
                    kind: "role",
                    failures,
                    schema: Reply.itemSchema(ids: chunk.sentenceIDs, speakers: speakers),
                    name: "chunk_role_repair"
                )
            }
        )
        return verified.map(note)
    }

    private func repair<Item: Codable>(
        _ item: Item,
        kind: String,
        _ failures: [GroundingFailure],
        schema: JSONValue,
        name: String
    ) async throws -> Item? {
        try await context.repair(
            item,
            kind: kind,
            problems: failures.map(\.instruction),
            data: data,
            schemaName: name,
            schema: schema,
            maxTokens: 300,
            stage: stage
        )
    }

    private static func sorted(_ ids: [Int]) -> [Int] { Set(ids).sorted() }

    /// A text of the reply, trimmed and without references to sentences by number (``SentenceReference``).
    private func written(_ text: String) -> String {
        SentenceReference.removed(from: text.trimmingWhitespace()) { context.verifier.sentence($0) != nil }
    }
}
