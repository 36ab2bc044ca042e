/// What the extraction stage chose in one chunk: sentence IDs with a label or a short gist, each gist already
/// checked for support against its sentence.
struct ChunkNotes: Sendable, Hashable {
    /// The chunk's position.
    var chunk: Int
    /// Sentences that state a speaker's position, with their gists.
    var positions: [PositionNote] = []
    /// Sentences that record a decision, commit someone to act, or propose a course of action.
    var commitments: [CommitmentNote] = []
    /// IDs of the chunk's most thought-provoking sentences, quoted verbatim later.
    var quotes: [Int] = []
    /// Roles stated in the chunk.
    var roles: [RoleNote] = []
}

/// A sentence in which a speaker states a position, with its gist of at most 15 words.
struct PositionNote: Sendable, Hashable {
    /// The speaker, the sentence's own.
    var speaker: String
    /// The sentence the model chose.
    var sentence: Int
    /// The position in a few words: the model's gist when the sentences cover it, else the sentence itself.
    var gist: String
    /// The sentences that support the gist (the chosen one first among them).
    var citations: [Int]
}

/// What a commitment sentence records, as the model labels it.
enum CommitmentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The meeting settled something.
    case decision
    /// Someone is to do something.
    case action
    /// Someone suggests a course of action.
    case proposal
}

/// A sentence that records a decision, an action or a proposal.
struct CommitmentNote: Sendable, Hashable {
    /// What it records.
    var kind: CommitmentKind
    /// The sentence.
    var sentence: Int
    /// Its speaker.
    var speaker: String
    /// What was decided or is to be done, in a few words.
    var text: String
    /// Who is to act: the speaker when the sentence commits them, a speaker it names, or `nil`.
    var owner: String?
    /// The sentences that support the text.
    var citations: [Int]
}

/// A role of a speaker stated in a chunk.
struct RoleNote: Sendable, Hashable {
    var speaker: String
    var role: String
    var citations: [Int]
}
