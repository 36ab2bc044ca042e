/// Merges one speaker's chunk arguments with one call that answers with note IDs and topics only, and falls back to
/// the unmerged notes (recorded as an error diagnostic) when the call fails. A note goes into one argument at most.
struct SpeakerMerger: Sendable {
    /// Evidence sentences shown per argument.
    static let maxEvidence = 3

    let context: RunContext
    let speaker: String
    let notes: [ArgumentNote]
    let topicNames: [String]

    private var noteIDs: [String] { notes.indices.map { "c\($0 + 1)" } }

    private var data: String {
        DataFence.notes(
            zip(noteIDs, notes).map { id, note in
                let claim = note.claim.last.map { ".!?".contains($0) } == true ? note.claim : note.claim + "."
                return "\(id) \(DataFence.escape(speaker)): \(DataFence.escape(claim)) \(DataFence.escape(note.explanation))"
            }
        )
    }

    /// Merges and verifies.
    ///
    /// - Returns: The speaker's arguments (IDs are assigned later).
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run() async throws -> [Argument] {
        typealias Reply = ReduceReplies.Merge
        let maxArguments = context.options.maxArgumentsPerSpeaker
        let request = context.request(
            data: data,
            question: PromptText.merge(speaker: speaker, maxArguments: maxArguments, topics: topicNames),
            schemaName: "merge_arguments",
            schema: Reply.schema(noteIDs: noteIDs, topics: topicNames, maxArguments: maxArguments),
            maxTokens: 50 * maxArguments + 50
        )
        let unit = "merging the arguments of \(speaker) (kept unmerged, without topics)"
        guard let reply = try await context.ask(request, as: Reply.self, stage: ReduceStage.name, unit: unit) else {
            let unmerged = notes.prefix(maxArguments).map { Self.argument(from: [$0], verifier: context.verifier) }
            return try await context.verifyAsIs(unmerged, section: "arguments", stage: ReduceStage.name)
        }
        var used = Set<String>()
        let merged = reply.arguments.prefix(maxArguments).compactMap { item -> Argument? in
            let fresh = members(of: item).filter { used.insert($0.id).inserted }
            guard !fresh.isEmpty else { return nil }
            var argument = Self.argument(from: fresh.map(\.note), verifier: context.verifier)
            argument.topics = item.topics.compactMap(context.taxonomy.reference(for:))
            return argument
        }
        return try await context.verifyAsIs(merged, section: "arguments", stage: ReduceStage.name)
    }

    /// The item's notes with their IDs, in the order given, without repeats or unknown IDs.
    private func members(of item: ReduceReplies.Merge.Item) -> [(id: String, note: ArgumentNote)] {
        var seen = Set<String>()
        return item.basedOn.filter { seen.insert($0).inserted }.compactMap { id in noteIDs.firstIndex(of: id).map { (id, notes[$0]) } }
    }

    /// An argument made of notes: the first note's wording, the union of their citations, and their evidence
    /// sentences quoted verbatim from the transcript.
    ///
    /// - Parameters:
    ///   - notes: The notes, all of one speaker, at least one.
    ///   - verifier: Looks up evidence sentences.
    /// - Returns: The argument, without ID or topics.
    static func argument(from notes: [ArgumentNote], verifier: GroundingVerifier) -> Argument {
        let citations = Set(notes.flatMap(\.citations)).sorted()
        let evidenceIDs = Array(Set(notes.flatMap(\.evidence)).sorted().prefix(maxEvidence))
        let evidence = evidenceIDs.compactMap { verifier.sentence($0)?.text }.joined(separator: " ")
        return Argument(
            id: "",
            speaker: notes.first?.speaker ?? "",
            claim: notes.first?.claim ?? "",
            explanation: CitedText(notes.first?.explanation ?? "", citations: citations),
            evidence: evidenceIDs.isEmpty ? nil : CitedText(evidence, citations: evidenceIDs),
            citations: citations
        )
    }
}
