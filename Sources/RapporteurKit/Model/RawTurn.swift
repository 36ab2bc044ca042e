/// One turn as a format reader found it, before the roster and sentence splitting are applied.
public struct RawTurn: Sendable, Hashable, Codable {
    /// The speaker label exactly as the input wrote it (trimmed); ``TranscriptReader/unidentifiedSpeaker`` when the input
    /// names nobody.
    public var speaker: String
    /// The turn's text, with caption notes removed and white space collapsed.
    public var text: String
    /// Start time in seconds from the start of the recording, when the input has one.
    public var start: Double?
    /// End time in seconds from the start of the recording, when the input has one.
    public var end: Double?
    /// The 1-based line of the input where the turn begins, when the format has lines.
    public var line: Int?

    /// Creates a raw turn.
    public init(speaker: String, text: String, start: Double? = nil, end: Double? = nil, line: Int? = nil) {
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
        self.line = line
    }
}
