/// What the map stage extracted from one chunk, each item already verified against the transcript.
struct ChunkNotes: Sendable, Hashable {
    /// The chunk's position.
    var chunk: Int
    /// Arguments, per speaker, as the chunk shows them.
    var arguments: [ArgumentNote] = []
    /// Decisions and action items.
    var actions: [Takeaways.ActionItem] = []
    /// Questions raised and left open.
    var questions: [QuestionNote] = []
    /// IDs of the chunk's most thought-provoking sentences, quoted verbatim later.
    var quotes: [Int] = []
    /// Roles stated in the chunk.
    var roles: [RoleNote] = []
}

/// An argument of one speaker found in one chunk.
struct ArgumentNote: Sendable, Hashable {
    var speaker: String
    var claim: String
    var explanation: String
    /// Sentences with supporting facts (the speaker's own).
    var evidence: [Int]
    /// Sentences that state the argument (the speaker's own).
    var citations: [Int]

    /// The note as a report argument, so the verifier's argument check applies to it.
    ///
    /// - Parameter id: The ID to give it.
    /// - Returns: The argument.
    func asArgument(id: String) -> Argument {
        Argument(
            id: id,
            speaker: speaker,
            claim: claim,
            explanation: CitedText(explanation, citations: citations),
            evidence: evidence.isEmpty ? nil : CitedText("", citations: evidence),
            citations: citations
        )
    }
}

/// A question raised in a chunk.
struct QuestionNote: Sendable, Hashable {
    var question: String
    /// The speaker who raised it, when all its sentences are one speaker's.
    var speaker: String?
    var citations: [Int]
}

/// A role stated in the transcript for a speaker without a roster role.
struct RoleNote: Sendable, Hashable {
    var speaker: String
    var role: String
    var citations: [Int]
}
