/// A deterministic repair tried before a repair call: the citation of the sentence that really states a role, and the
/// role is verified again afterwards like any repaired item.
///
/// A small model often states a role correctly but cites a neighbouring sentence. Finding the sentence in the same
/// chunk that has it costs nothing, where a repair call costs a model call.
struct CitationCompletion: Sendable {
    let verifier: GroundingVerifier
    let chunk: TranscriptChunk

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
