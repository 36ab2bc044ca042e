/// What a format reader produced: turns with raw speaker labels, before the roster and sentence splitting.
public struct RawTranscript: Sendable, Hashable, Codable {
    /// The format the input was read as.
    public var format: TranscriptFormat
    /// The turns, in input order.
    public var turns: [RawTurn]
    /// Problems the input survived.
    public var diagnostics: [Diagnostic]

    /// Creates a raw transcript.
    public init(format: TranscriptFormat, turns: [RawTurn], diagnostics: [Diagnostic] = []) {
        self.format = format
        self.turns = turns
        self.diagnostics = diagnostics
    }
}
