/// Reads the real-time caption layout of UN and IGF sessions.
///
/// `>> NAME: text` starts a turn; a bare `>>` (or `>>` followed by text without a label) starts a turn of an unnamed
/// speaker, attributed to ``TranscriptReader/unidentifiedSpeaker`` with a warning; lines without `>>` continue the
/// turn. Lines that are only a caption note, `(Captioner standing by)` or `[inaudible]`, are dropped, and inline
/// event notes such as `(Applause)` or `[Laughter]` are removed (see ``CaptionNotes``).
enum CaptionReader {
    /// Reads a caption transcript.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - file: The input name, for diagnostics.
    /// - Returns: The turns and warnings.
    static func read(_ text: String, file: String) -> RawTranscript {
        var collector = TurnCollector(file: file)
        for line in NumberedLine.lines(of: text) where !line.isBlank {
            let body = line.trimmed
            if body.isBracketedNote { continue }
            guard body.hasPrefix(">>") else {
                if collector.hasOpenTurn {
                    collector.append(CaptionNotes.removingInlineNotes(body))
                } else {
                    collector.begin(speaker: nil, text: CaptionNotes.removingInlineNotes(body), line: line.number)
                }
                continue
            }
            let rest = body.dropFirst(2).trimmingWhiteSpace()
            if let (label, text) = SpeakerLabel.split(rest) {
                collector.begin(speaker: label, text: CaptionNotes.removingInlineNotes(text), line: line.number)
            } else {
                collector.begin(speaker: nil, text: CaptionNotes.removingInlineNotes(rest), line: line.number)
            }
        }
        return collector.finish(format: .captions)
    }
}
