/// Turns a raw transcript into a ``Transcript``: sentences with stable IDs, turn indices, the speaker list.
public enum TranscriptBuilder {
    /// Builds a transcript from raw turns whose speakers are already canonical.
    ///
    /// Splits every ``RawTurn`` into sentences with ``SentenceSplitter``, numbers the sentences 1, 2, … in order and
    /// gives every turn its 0-based index. Every raw turn becomes a turn, empty ones included (with no sentences), so
    /// turn indices match the input's. No roster is applied here: the roster step has already renamed speakers.
    /// The raw transcript's diagnostics are kept.
    ///
    /// - Parameters:
    ///   - raw: The raw transcript, speakers already renamed.
    ///   - source: The name of the input (usually its file name), for messages.
    ///   - speakers: The speaker list, used as is when given; when `nil`, one ``SpeakerInfo`` per distinct speaker
    ///     name in order of first appearance, with the name as its only label.
    /// - Returns: The transcript.
    public static func build(_ raw: RawTranscript, source: String, speakers: [SpeakerInfo]? = nil) -> Transcript {
        var turns: [Turn] = []
        turns.reserveCapacity(raw.turns.count)
        var nextID = 1
        for (index, rawTurn) in raw.turns.enumerated() {
            let sentences = SentenceSplitter.split(rawTurn.text).map { text in
                defer { nextID += 1 }
                return Sentence(id: nextID, speaker: rawTurn.speaker, text: text, turn: index, start: rawTurn.start, end: rawTurn.end)
            }
            turns.append(
                Turn(
                    index: index,
                    speaker: rawTurn.speaker,
                    text: rawTurn.text,
                    start: rawTurn.start,
                    end: rawTurn.end,
                    line: rawTurn.line,
                    sentences: sentences
                )
            )
        }
        return Transcript(
            source: source,
            format: raw.format,
            turns: turns,
            speakers: speakers ?? derivedSpeakers(raw.turns),
            diagnostics: raw.diagnostics
        )
    }

    /// One speaker per distinct name, in order of first appearance.
    private static func derivedSpeakers(_ turns: [RawTurn]) -> [SpeakerInfo] {
        var seen: Set<String> = []
        var speakers: [SpeakerInfo] = []
        for turn in turns where seen.insert(turn.speaker).inserted {
            speakers.append(SpeakerInfo(name: turn.speaker, labels: [turn.speaker]))
        }
        return speakers
    }
}
