/// A normalised transcript: turns of canonical speakers, split into sentences with stable IDs.
public struct Transcript: Sendable, Hashable, Codable {
    /// The name of the input (usually its file name), for messages.
    public var source: String
    /// The format it was read from.
    public var format: TranscriptFormat
    /// The turns, in order.
    public var turns: [Turn]
    /// The speakers in order of first appearance.
    public var speakers: [SpeakerInfo]
    /// Problems the input survived (overlapping cues, empty turns, unnamed speakers).
    public var diagnostics: [Diagnostic]

    /// Creates a transcript from already split turns.
    public init(source: String, format: TranscriptFormat, turns: [Turn], speakers: [SpeakerInfo], diagnostics: [Diagnostic] = []) {
        self.source = source
        self.format = format
        self.turns = turns
        self.speakers = speakers
        self.diagnostics = diagnostics
    }

    /// All sentences in order. O(n) in the number of sentences.
    public var sentences: [Sentence] { turns.flatMap(\.sentences) }

    /// Whether every turn carries a start and an end time.
    public var hasTimestamps: Bool { !turns.isEmpty && turns.allSatisfy { $0.start != nil && $0.end != nil } }
}
