/// Step 4 of the pipeline: each speaker's chunk arguments merged into at most `maxArgumentsPerSpeaker`
/// arguments with taxonomy topics. A speaker with a single chunk argument needs no merge; their argument gets its
/// topics from one batched call for all such speakers.
struct ReduceStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "merging"
    /// Arguments per topic call.
    static let topicBatch = 15

    let context: RunContext

    private var topicNames: [String] { context.taxonomy.baskets.flatMap(\.topics) }

    /// Merges the notes into the report's arguments, in speaker order, with IDs `a1`, `a2`, ….
    ///
    /// - Parameters:
    ///   - notes: Every chunk's notes.
    ///   - speakers: The speakers in report order.
    /// - Returns: The arguments of all speakers, verified.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ notes: [ChunkNotes], speakers: [String]) async throws -> [Argument] {
        let bySpeaker = speakers.map { speaker in (speaker, notes.flatMap(\.arguments).filter { $0.speaker == speaker }) }
        let merging = bySpeaker.filter { $0.1.count > 1 }
        let single = bySpeaker.filter { $0.1.count == 1 }.map { $0.1[0] }
        let batches = stride(from: 0, to: single.count, by: Self.topicBatch).map { Array(single[$0..<min($0 + Self.topicBatch, single.count)]) }
        let context = context
        let topicNames = topicNames
        let (merged, topics) = try await context.stage(Self.name, total: merging.count + batches.count) { step in
            let merged = try await OrderedConcurrency.map(merging, concurrency: context.options.concurrency) { speaker, notes in
                defer { step() }
                return try await SpeakerMerger(context: context, speaker: speaker, notes: notes, topicNames: topicNames).run()
            }
            var topics: [[TopicRef]] = []
            for batch in batches {
                topics += try await self.topics(for: batch)
                step()
            }
            return (Dictionary(uniqueKeysWithValues: zip(merging.map(\.0), merged)), topics)
        }
        var singles = Dictionary(uniqueKeysWithValues: single.map(\.speaker).enumerated().map { ($1, $0) })
        var arguments: [Argument] = []
        for speaker in speakers {
            if let own = merged[speaker] {
                arguments += own
            } else if let index = singles.removeValue(forKey: speaker) {
                var argument = SpeakerMerger.argument(from: [single[index]], verifier: context.verifier)
                argument.topics = index < topics.count ? topics[index] : []
                arguments += try await context.verifyAsIs([argument], section: "arguments", stage: Self.name)
            }
        }
        return arguments.enumerated().map { offset, argument in
            var numbered = argument
            numbered.id = "a\(offset + 1)"
            return numbered
        }
    }

    /// Topics for arguments that needed no merging, in the order of `notes`; `[]` for any the model skipped.
    private func topics(for notes: [ArgumentNote]) async throws -> [[TopicRef]] {
        let ids = notes.indices.map { "x\($0 + 1)" }
        let lines = zip(ids, notes).map { id, note in "\(id) \(DataFence.escape(note.speaker)): \(DataFence.escape(note.claim))" }
        let request = context.request(
            data: DataFence.notes(lines),
            question: PromptText.topics(topicNames),
            schemaName: "argument_topics",
            schema: ReduceReplies.Topics.schema(argumentIDs: ids, topics: topicNames),
            maxTokens: 40 * notes.count + 60
        )
        let unit = "topics of \(notes.count) arguments"
        let reply = try await context.ask(request, as: ReduceReplies.Topics.self, stage: Self.name, unit: unit)
        return ids.map { id in (reply?.topicsOf[id] ?? []).compactMap(context.taxonomy.reference(for:)) }
    }
}
