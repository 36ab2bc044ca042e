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
        let groups = reply.arguments.flatMap { item -> [(notes: [ArgumentNote], topics: [String])] in
            let fresh = members(of: item).filter { used.insert($0.id).inserted }.map(\.note)
            return Self.splitUnrelated(fresh).map { ($0, item.topics) }
        }
        let merged = groups.prefix(maxArguments).map { group in
            var argument = Self.argument(from: group.notes, verifier: context.verifier)
            argument.topics = group.topics.compactMap(context.taxonomy.reference(for:))
            return argument
        }
        return try await context.verifyAsIs(merged, section: "arguments", stage: ReduceStage.name)
    }

    /// Keeps a group the model formed together only where its notes make the same point in words: a note whose claim
    /// shares too few words with the group's first claim (stemmed ROUGE-1 F1 below ``minimumClaimOverlap``) becomes
    /// an argument of its own. A small model otherwise folds a speaker's whole contribution into one argument.
    ///
    /// - Parameter notes: The group's notes, the one that states it best first.
    /// - Returns: The groups to keep, the model's group first.
    static func splitUnrelated(_ notes: [ArgumentNote]) -> [[ArgumentNote]] {
        guard let lead = notes.first else { return [] }
        var together = [lead]
        var apart: [[ArgumentNote]] = []
        for note in notes.dropFirst() {
            let overlap = Rouge.rougeN(1, candidate: note.claim, reference: lead.claim, stem: true).f1
            if overlap >= minimumClaimOverlap { together.append(note) } else { apart.append([note]) }
        }
        return [together] + apart
    }

    /// The stemmed ROUGE-1 F1 between two claims above which they count as the same point.
    static let minimumClaimOverlap = 0.3

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
