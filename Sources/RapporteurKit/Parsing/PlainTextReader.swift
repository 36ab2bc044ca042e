/// Reads plain text: `Speaker: text` per line, optionally after a time prefix `[HH:MM:SS(.mmm)]` or
/// `[HH:MM:SS.mmm - HH:MM:SS.mmm]` (`MM:SS` and a `,` decimal mark work too).
///
/// A line that starts with a speaker label (see ``SpeakerLabel``) starts a turn; one line is one turn, even when the
/// same speaker continues, so turns stay as the input has them. A line without a label continues the previous turn,
/// unless it has its own time prefix: then it starts a new turn of the same speaker, keeping its times. Text before
/// any label becomes a turn of ``TranscriptReader/unidentifiedSpeaker`` (with a warning). A label with invisible
/// characters or escape sequences in it is read without them; a line that would start with a label but for emoji or
/// symbols in it continues the previous turn with a warning.
enum PlainTextReader {
    /// Reads the lines of a plain-text transcript.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - file: The input name, for diagnostics and errors.
    /// - Returns: The turns and warnings.
    /// - Throws: ``InputError`` when a time range ends before it starts, or when no line has a speaker label or a time
    ///   prefix, so the text is not a transcript.
    static func read(_ text: String, file: String) throws(InputError) -> RawTranscript {
        var collector = TurnCollector(file: file)
        var recognised = 0
        for line in NumberedLine.lines(of: text) where !line.isBlank {
            var body = line.trimmed
            let times = timePrefix(of: &body)
            if let times, let end = times.end, end < times.start {
                throw InputError(file: file, line: line.number, reason: TimingRule.invertedReason(start: times.start, end: end))
            }
            if let (label, rest) = SpeakerLabel.split(body) {
                collector.begin(speaker: label, text: rest, start: times?.start, end: times?.end, line: line.number)
                recognised += 1
            } else if let times {
                collector.begin(speaker: collector.openSpeaker, text: body, start: times.start, end: times.end, line: line.number)
                recognised += 1
            } else if collector.hasOpenTurn {
                if let label = SpeakerLabel.refusedForSymbols(body) {
                    let speaker = collector.openSpeaker ?? TranscriptReader.unidentifiedSpeaker
                    collector.warn(
                        "\"\(label.prefix(60))\" looks like a speaker label but holds emoji or symbols, which a label cannot; "
                            + "the line is read as more of \(speaker)'s turn",
                        line: line.number
                    )
                }
                collector.append(body)
            } else {
                collector.begin(speaker: nil, text: body, line: line.number)
            }
        }
        guard recognised > 0 else {
            throw InputError(file: file, reason: "no line has the form `Speaker: text` (or starts with a [HH:MM:SS] time)")
        }
        return collector.finish(format: .plain)
    }

    /// Removes a leading `[time]` or `[start - end]` from the line and returns the times.
    private static func timePrefix(of body: inout Substring) -> (start: Double, end: Double?)? {
        guard body.first == "[", let close = body.firstIndex(of: "]") else { return nil }
        guard let times = Timestamp.range(body[body.index(after: body.startIndex)..<close]) else { return nil }
        body = body[body.index(after: close)...].trimmingWhiteSpace()
        return times
    }
}
