/// The parts of one transcript sentence as every format shows it: `[12] 00:01:02 Speaker: text`.
enum TranscriptLine {
    /// The time code of a sentence, when its turn has a start time.
    ///
    /// - Parameter sentence: The sentence.
    /// - Returns: `HH:MM:SS`, or `nil` for an untimed sentence.
    static func time(_ sentence: Sentence) -> String? {
        sentence.start.map(ReportNumbers.timecode)
    }

    /// The whole line in plain text.
    ///
    /// - Parameter sentence: The sentence.
    /// - Returns: `[12] 00:01:02 Speaker: text`, without the time when there is none.
    static func plain(_ sentence: Sentence) -> String {
        let time = time(sentence).map { "\($0) " } ?? ""
        return "[\(sentence.id)] \(time)\(sentence.speaker): \(sentence.text)"
    }
}
