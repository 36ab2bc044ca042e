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
            notes.positions += try await positions(of: speaker)
            step()
        }
        if !plan.commitmentIDs.isEmpty {
            notes.commitments = try await commitments()
            step()
        }
        if !plan.quoteIDs.isEmpty {
            notes.quotes = try await quotes()
            step()
        }
        return notes
    }

    /// The sentences that state a speaker's positions, chosen among the speaker's own, each with a gist that its
    /// sentence and the sentences next to it in the turn must support; a gist they do not support gives way to
    /// the sentence itself when that is short, and the position is dropped otherwise.
    private func positions(of speaker: String) async throws -> [PositionNote] {
        typealias Reply = MapReplies.Positions
        let ids = plan.positionIDs[speaker, default: []]
        guard !ids.isEmpty else { return [] }
        let request = context.request(
            data: data,
            question: PromptText.positions(of: speaker),
            schemaName: "chunk_positions",
            schema: Reply.schema(ids: ids),
            maxTokens: 120
        )
        let unit = "positions of \(speaker) in \(chunk.label)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: stage, unit: unit) else { return [] }
        var seen = Set<Int>()
        return reply.positions.filter { ids.contains($0.id) && seen.insert($0.id).inserted }.compactMap { item in
            guard let (text, citations) = gist(written(item.text), of: item.id, section: "positions") else { return nil }
            return PositionNote(speaker: speaker, sentence: citations.first ?? item.id, gist: text, citations: citations)
        }
    }

    /// The candidate sentences labelled as decisions, actions or proposals; the owner is the speaker when the
    /// sentence commits them, or a speaker the sentence names.
    private func commitments() async throws -> [CommitmentNote] {
        typealias Reply = MapReplies.Commitments
        let ids = plan.commitmentIDs
        let request = context.request(
            data: data,
            question: PromptText.commitments(ids),
            schemaName: "chunk_commitments",
            schema: Reply.schema(ids: ids),
            maxTokens: 320
        )
        let unit = "decisions and action items in \(chunk.label)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: stage, unit: unit) else { return [] }
        var seen = Set<Int>()
        return reply.items.filter { ids.contains($0.id) && seen.insert($0.id).inserted }.compactMap { item in
            // An action's or decision's words must say that something is to be done ("A return to normal is not
            // imminent" was labelled an action on education_1): otherwise it is none.
            let said = written(item.text)
            guard item.kind == .proposal || CommitmentDetector.statesAction(said) else {
                context.log.count(section: "commitments", kept: false, repaired: false)
                context.log.add(
                    .note,
                    stage: stage,
                    "sentence \(item.id) was labelled \(item.kind.rawValue), but \"\(said)\" says nothing is to be done"
                )
                return nil
            }
            guard let sentence = context.verifier.sentence(item.id),
                let (text, citations) = gist(said, of: item.id, section: "commitments")
            else { return nil }
            return CommitmentNote(
                kind: item.kind,
                sentence: item.id,
                speaker: sentence.speaker,
                text: text,
                owner: Self.owner(of: sentence, speakers: context.transcript.speakers.map(\.name)),
                citations: citations
            )
        }
    }

    /// A written gist and the sentences that support it, among the chosen sentence and its speaker's sentences
    /// next to it in the chunk; the sentence itself when they do not support the gist and it is short enough to
    /// stand for it; `nil` otherwise. Counted under `section`.
    private func gist(_ text: String, of id: Int, section: String) -> (String, [Int])? {
        guard let sentence = context.verifier.sentence(id) else { return nil }
        let pool = chunk.sentences.filter { $0.speaker == sentence.speaker && abs($0.id - id) <= Self.gistNeighbours }.map(\.id)
        let cover = context.support.bestCover(for: text, pool: pool, preferred: [id])
        // A gist that stops on "the", "to", "and" was cut, by the model or its length limit.
        let cut = text.split(separator: " ").last.map { HeadingPhrase.danglingWords.contains($0.lowercased()) } ?? false
        if !text.isEmpty, !cut, cover.isSupported {
            context.log.count(section: section, kept: true, repaired: false)
            // The sentence the gist comes from first: the model may name a neighbour of it.
            let lead =
                cover.citations.contains(id)
                ? id
                : cover.citations.max { context.support.score(text, citations: [$0]).score < context.support.score(text, citations: [$1]).score }
                    ?? id
            return (text, [lead] + cover.citations.filter { $0 != lead })
        }
        let reason = text.isEmpty ? "it is empty" : cover.problems.joined(separator: "; ")
        if WordCounter.count(sentence.text) <= Self.maxVerbatimWords {
            context.log.count(section: section, kept: true, repaired: true)
            context.log.add(
                .note,
                stage: stage,
                "the \(section) gist \"\(text)\" of sentence \(id) is not supported (\(reason)): the sentence stands"
            )
            return (sentence.text, [id])
        }
        context.log.count(section: section, kept: false, repaired: false)
        context.log.add(.warning, stage: stage, "dropped the \(section) gist \"\(text)\" of sentence \(id): \(reason)")
        return nil
    }

    /// A gist as the report shows it: without a trailing ellipsis (the model marks its own cuts), with a capital.
    static func asGist(_ text: String) -> String {
        var gist = text.trimmingWhitespace()
        while let last = gist.last, "….".contains(last) || last == "," { gist.removeLast() }
        gist = gist.trimmingWhitespace()
        return gist.prefix(1).uppercased() + gist.dropFirst()
    }

    /// How far from the chosen sentence a gist's other supporting sentences may be.
    static let gistNeighbours = 3
    /// The longest sentence that stands for its own gist.
    static let maxVerbatimWords = 30

    /// Who is to act on a commitment: its speaker for "I will …", "we'll …"; a speaker whose name it holds
    /// otherwise ("Fenella will look into it"); `nil` when neither.
    static func owner(of sentence: Sentence, speakers: [String]) -> String? {
        if CommitmentDetector.commitsSpeaker(sentence.text) { return sentence.speaker }
        let words = Set(ContentWords.words(sentence.text))
        let named = speakers.filter { name in
            name != sentence.speaker && name.split(separator: " ").map { $0.lowercased() }.contains { $0.count > 2 && words.contains($0) }
        }
        return named.count == 1 ? named[0] : nil
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

    /// A text of the reply as a gist (``asGist(_:)``), without references to sentences by number
    /// (``SentenceReference``).
    private func written(_ text: String) -> String {
        Self.asGist(SentenceReference.removed(from: text.trimmingWhitespace()) { context.verifier.sentence($0) != nil })
    }
}
