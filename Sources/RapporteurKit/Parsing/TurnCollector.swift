/// Builds the turns of a transcript as a reader finds them: opens a turn, appends continuation text, and closes it
/// with the shared clean-up (white space collapsed, empty turns skipped with a warning, unnamed speakers labelled
/// ``TranscriptReader/unidentifiedSpeaker`` with a warning).
struct TurnCollector {
    /// The input name, for diagnostics.
    let file: String
    /// The closed turns so far.
    private(set) var turns: [RawTurn] = []
    /// The warnings so far.
    private(set) var diagnostics: [Diagnostic] = []
    private var open: OpenTurn?
    private var unnamedLines: [Int?] = []

    /// Up to this many turns without a speaker get a warning each; more get one warning for all.
    static let unnamedWarningLimit = 5

    private struct OpenTurn {
        var speaker: String?
        var parts: [String]
        var start: Double?
        var end: Double?
        var line: Int?
    }

    /// Creates an empty collector.
    ///
    /// - Parameter file: The input name, for diagnostics.
    init(file: String) {
        self.file = file
    }

    /// Whether a turn is open, so a line without a speaker can continue it.
    var hasOpenTurn: Bool { open != nil }

    /// The speaker of the open turn (`nil` when none is open or it has no speaker).
    var openSpeaker: String? { open?.speaker }

    /// Closes the open turn and opens a new one.
    ///
    /// - Parameters:
    ///   - speaker: The raw label, or `nil` when the input names nobody.
    ///   - text: The turn's first text (may be empty).
    ///   - start: The start time in seconds, when known.
    ///   - end: The end time in seconds, when known.
    ///   - line: The 1-based input line where the turn begins.
    mutating func begin(speaker: String?, text: some StringProtocol, start: Double? = nil, end: Double? = nil, line: Int?) {
        close()
        open = OpenTurn(speaker: speaker, parts: [String(text)], start: start, end: end, line: line)
    }

    /// Appends text to the open turn.
    ///
    /// - Parameter text: The continuation text.
    mutating func append(_ text: some StringProtocol) {
        open?.parts.append(String(text))
    }

    /// Records a warning about the input.
    ///
    /// - Parameters:
    ///   - message: What happened.
    ///   - line: The 1-based input line, when there is one.
    mutating func warn(_ message: String, line: Int?) {
        diagnostics.append(Diagnostic(severity: .warning, message: message, file: file, line: line))
    }

    /// Closes the open turn and returns the transcript.
    ///
    /// - Parameter format: The format that was read.
    /// - Returns: The turns and diagnostics.
    mutating func finish(format: TranscriptFormat) -> RawTranscript {
        close()
        let label = "\"\(TranscriptReader.unidentifiedSpeaker)\""
        if unnamedLines.count > Self.unnamedWarningLimit {
            warn("\(unnamedLines.count) turns name no speaker; they are attributed to \(label)", line: unnamedLines[0])
        } else {
            for line in unnamedLines { warn("a turn names no speaker; it is attributed to \(label)", line: line) }
        }
        let ordered = diagnostics.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
        return RawTranscript(format: format, turns: turns, diagnostics: ordered.map(\.element))
    }

    private mutating func close() {
        guard let turn = open else { return }
        open = nil
        let text = turn.parts.joined(separator: " ").collapsingWhiteSpace()
        let speaker = turn.speaker.map { $0.collapsingWhiteSpace() }.flatMap { $0.isEmpty ? nil : $0 }
        guard !text.isEmpty else {
            warn("skipped an empty turn of \(speaker ?? TranscriptReader.unidentifiedSpeaker)", line: turn.line)
            return
        }
        if speaker == nil { unnamedLines.append(turn.line) }
        let label = speaker ?? TranscriptReader.unidentifiedSpeaker
        turns.append(RawTurn(speaker: label, text: text, start: turn.start, end: turn.end, line: turn.line))
    }
}
