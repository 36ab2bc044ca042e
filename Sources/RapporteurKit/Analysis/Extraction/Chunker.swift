/// Splits a transcript into chunks of whole turns within a token budget.
///
/// A turn that alone exceeds the budget is split at sentence boundaries; a single sentence longer than the budget
/// becomes a chunk of its own (a sentence is never split, so such a chunk may exceed the budget and the budget
/// check of the call then fails loudly).
struct Chunker: Sendable {
    /// The most tokens of rendered transcript lines per chunk.
    let budget: Int

    /// Splits `transcript`, counting tokens with `count`.
    ///
    /// - Parameters:
    ///   - transcript: The transcript.
    ///   - count: Counts the tokens of a text (the model's tokenizer).
    /// - Returns: The chunks in order; none for a transcript without sentences.
    /// - Throws: What `count` throws.
    func chunks(of transcript: Transcript, count: (String) async throws -> Int) async throws -> [TranscriptChunk] {
        var groups: [[Sentence]] = []
        var current: [Sentence] = []
        var used = 0
        for turn in transcript.turns where !turn.sentences.isEmpty {
            let cost = try await count(Self.text(turn.sentences))
            if cost <= budget {
                if used + cost > budget, !current.isEmpty {
                    groups.append(current)
                    current = []
                    used = 0
                }
                current += turn.sentences
                used += cost
                continue
            }
            if !current.isEmpty { groups.append(current) }
            current = []
            used = 0
            for sentence in turn.sentences {
                let sentenceCost = try await count(Self.text([sentence]))
                if used + sentenceCost > budget, !current.isEmpty {
                    groups.append(current)
                    current = []
                    used = 0
                }
                current.append(sentence)
                used += sentenceCost
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.enumerated().map { TranscriptChunk(index: $0.offset, sentences: $0.element) }
    }

    /// The rendered lines of sentences, each with its line break, as they appear in the fence.
    private static func text(_ sentences: [Sentence]) -> String {
        sentences.map { DataFence.line($0) + "\n" }.joined()
    }
}
