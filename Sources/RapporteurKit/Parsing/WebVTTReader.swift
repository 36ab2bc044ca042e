/// Reads WebVTT: a `WEBVTT` header, then cues of an optional identifier, a timing line
/// `HH:MM:SS.mmm --> HH:MM:SS.mmm` (hours optional, settings after it ignored) and text.
///
/// `NOTE`, `STYLE` and `REGION` blocks are skipped. The speaker comes from a `<v Name>` (or `<v.class Name>`) voice tag;
/// a cue with several voice tags gives one turn per voice, each with the cue's times. Without a voice tag a `Name:`
/// prefix (see ``SpeakerLabel``) names the speaker; a cue naming nobody is attributed to
/// ``TranscriptReader/unidentifiedSpeaker`` with a warning. Other tags are stripped, character references decoded
/// and the lines of a cue joined. Cues of different speakers may overlap (real meetings do); one cue is one turn.
enum WebVTTReader {
    static let expectedTiming = "HH:MM:SS.mmm --> HH:MM:SS.mmm"

    /// Reads a WebVTT file.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - file: The input name, for diagnostics and errors.
    /// - Returns: The turns and warnings.
    /// - Throws: ``InputError`` naming the line for a missing header, a block without a timing line, a timing line that
    ///   does not parse, or a cue that ends before it starts.
    static func read(_ text: String, file: String) throws(InputError) -> RawTranscript {
        let lines = NumberedLine.lines(of: text)
        guard let header = lines.first(where: { !$0.isBlank }), isHeader(header.trimmed) else {
            throw InputError(file: file, line: lines.first { !$0.isBlank }?.number, reason: "missing the `WEBVTT` header line")
        }
        var collector = TurnCollector(file: file)
        for block in cueBlocks(of: lines) where !isSkipped(block[0].trimmed) {
            let timingIndex = try timingLineIndex(of: block, file: file)
            let times = try TimingRule.parse(block[timingIndex], file: file, expected: expectedTiming)
            let cueTurns = turns(of: Array(block[(timingIndex + 1)...]))
            guard !cueTurns.isEmpty else {
                collector.warn("skipped a cue without text", line: block[timingIndex].number)
                continue
            }
            for turn in cueTurns {
                collector.begin(speaker: turn.speaker, text: turn.text, start: times.start, end: times.end, line: turn.line)
            }
        }
        return collector.finish(format: .webvtt)
    }

    // MARK: - Blocks

    /// The blocks after the header; a cue that follows the header without a blank line is kept.
    private static func cueBlocks(of lines: [NumberedLine]) -> [[NumberedLine]] {
        var blocks = NumberedLine.blocks(of: lines)
        guard let header = blocks.first else { return [] }
        blocks.removeFirst()
        if let timing = header.firstIndex(where: { $0.text.contains("-->") }) {
            blocks.insert(Array(header[max(1, timing - 1)...]), at: 0)
        }
        return blocks
    }

    private static func isHeader(_ line: Substring) -> Bool {
        line.hasPrefix("WEBVTT") && (line.count == 6 || line.dropFirst(6).first?.isWhitespace == true)
    }

    private static func isSkipped(_ first: Substring) -> Bool {
        ["NOTE", "STYLE", "REGION"].contains { keyword in
            first.hasPrefix(keyword) && (first.count == keyword.count || first.dropFirst(keyword.count).first?.isWhitespace == true)
        }
    }

    /// The index of the timing line: the first line, or the second after a cue identifier.
    private static func timingLineIndex(of block: [NumberedLine], file: String) throws(InputError) -> Int {
        if block[0].text.contains("-->") { return 0 }
        if block.count > 1, block[1].text.contains("-->") { return 1 }
        // A first line that starts with a digit and has a colon was meant as a timing line; otherwise it is an identifier.
        let first = block[0].trimmed
        let culprit = first.first?.isASCIIDigit == true && first.contains(":") || block.count == 1 ? block[0] : block[1]
        throw InputError(file: file, line: culprit.number, reason: "broken cue timing \(culprit.trimmed.excerpt()): expected `\(expectedTiming)`")
    }

    // MARK: - Cue text

    /// One turn found in a cue's text.
    private struct CueTurn {
        var speaker: String?
        var text: String
        var line: Int
        var isVoiced: Bool
    }

    /// The turns of one cue's text, in order: one per `<v>` voice; without voice tags, a line starting with a `Name:`
    /// label starts a turn and other lines continue the current one.
    private static func turns(of lines: [NumberedLine]) -> [CueTurn] {
        var turns: [CueTurn] = []
        for line in lines {
            for span in CueMarkup.voiceSpans(in: line.text) {
                let text = CueMarkup.plainText(span.text)
                if let voice = span.voice {
                    if let last = turns.last, last.isVoiced, last.speaker == voice {
                        turns[turns.count - 1].text += " " + text
                    } else {
                        turns.append(CueTurn(speaker: voice, text: text, line: line.number, isVoiced: true))
                    }
                } else if text.allSatisfy(\.isWhitespace) {
                    continue
                } else if turns.last?.isVoiced != true, let (label, rest) = SpeakerLabel.split(text) {
                    turns.append(CueTurn(speaker: label, text: String(rest), line: line.number, isVoiced: false))
                } else if turns.isEmpty {
                    turns.append(CueTurn(speaker: nil, text: text, line: line.number, isVoiced: false))
                } else {
                    turns[turns.count - 1].text += " " + text
                }
            }
        }
        return turns
    }
}
