/// Deterministic repairs tried before a repair call: they only add citations of sentences that really hold what
/// the item states, and the item is verified again afterwards like any repaired item.
///
/// A small model often states a number or a role correctly but cites a neighbouring sentence. Finding the sentence
/// in the same chunk that has it costs nothing, where a repair call costs a model call.
struct CitationCompletion: Sendable {
    let verifier: GroundingVerifier
    let chunk: TranscriptChunk

    /// The citations plus, for each number the failures name, the first chunk sentence of `speaker` that has it.
    ///
    /// Only the speaker's own sentences are searched: a number someone else said (for instance in an instruction
    /// planted in the transcript) is never pulled into an item this way.
    ///
    /// - Parameters:
    ///   - citations: The item's citations.
    ///   - failures: Its failures; only number failures can be completed.
    ///   - speaker: The speaker the item is attributed to.
    /// - Returns: The completed citations, or `nil` when a failure is of another kind or a number is not theirs.
    func completingNumbers(_ citations: [Int], failures: [GroundingFailure], speaker: String) -> [Int]? {
        var added = Set(citations)
        for failure in failures {
            guard case .numberNotCited(let number) = failure.kind else { return nil }
            let holder = chunk.sentences.first { sentence in
                sentence.speaker == speaker && NumberMatcher.supportedNumbers(in: sentence.text).contains(number)
            }
            guard let holder else { return nil }
            added.insert(holder.id)
        }
        return added.sorted()
    }

    /// The first chunk sentence that states `role` for `speaker` (their own, or naming them).
    ///
    /// - Parameters:
    ///   - role: The role.
    ///   - speaker: The speaker.
    /// - Returns: That sentence's ID as citations, or `nil` when no sentence states it.
    func roleCitation(_ role: String, speaker: String) -> [Int]? {
        chunk.sentences.first { verifier.checkRole(role, speaker: speaker, citations: [$0.id]).isEmpty }.map { [$0.id] }
    }
}
