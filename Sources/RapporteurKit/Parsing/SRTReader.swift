/// Reads SubRip (SRT): cues of a number line, a timing line `HH:MM:SS,mmm --> HH:MM:SS,mmm` and text.
///
/// The speaker comes from a `[Name]` or `Name:` prefix (see ``SpeakerLabel``). Subtitles name a speaker when the
/// speaker changes, so a cue without a prefix keeps the previous cue's speaker; cues before any named one are
/// attributed to ``TranscriptReader/unidentifiedSpeaker`` with a warning. Tags (`<i>`, `<font …>`, `{\an8}`) are
/// stripped and the lines of a cue joined; one cue is one turn.
enum SRTReader {
    static let expectedTiming = "HH:MM:SS,mmm --> HH:MM:SS,mmm"

    /// Reads an SRT file.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - file: The input name, for diagnostics and errors.
    /// - Returns: The turns and warnings.
    /// - Throws: ``InputError`` naming the line for a cue without its number line, a missing or broken timing line, or a
    ///   cue that ends before it starts.
    static func read(_ text: String, file: String) throws(InputError) -> RawTranscript {
        var collector = TurnCollector(file: file)
        var speaker: String?
        for block in NumberedLine.blocks(of: NumberedLine.lines(of: text)) {
            let number = block[0]
            if number.text.contains("-->") {
                throw InputError(file: file, line: number.number, reason: "the cue has no number line before its timing line")
            }
            guard number.trimmed.allSatisfy(\.isASCIIDigit) else {
                throw InputError(file: file, line: number.number, reason: "expected a cue number, found \(number.trimmed.excerpt())")
            }
            guard block.count > 1 else {
                throw InputError(file: file, line: number.number, reason: "cue \(number.trimmed) has no timing line `\(expectedTiming)`")
            }
            let times = try TimingRule.parse(block[1], file: file, expected: expectedTiming)
            let cueText = block.dropFirst(2).map { CueMarkup.plainText($0.text) }.joined(separator: " ")
            let (label, body) = speakerPrefix(of: cueText.trimmingWhiteSpace())
            speaker = label ?? speaker
            collector.begin(
                speaker: speaker,
                text: body,
                start: times.start,
                end: times.end,
                line: block.count > 2 ? block[2].number : block[1].number
            )
        }
        return collector.finish(format: .srt)
    }

    /// Splits a `[Name] text` or `Name: text` prefix off a cue's text.
    private static func speakerPrefix(of text: Substring) -> (label: String?, text: Substring) {
        if text.first == "[", let close = text.firstIndex(of: "]") {
            let label = text[text.index(after: text.startIndex)..<close].trimmingWhiteSpace()
            if SpeakerLabel.isLabel(label) {
                let rest = text[text.index(after: close)...].trimmingWhiteSpace()
                return (String(label), rest.first == ":" ? rest.dropFirst() : rest)
            }
        }
        if let (label, rest) = SpeakerLabel.split(text) { return (label, rest) }
        return (nil, text)
    }
}
