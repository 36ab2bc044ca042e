/// Counts words for the pipeline's thresholds: white-space separated tokens that contain a letter or digit.
///
/// The report's statistics use the text-statistics module's definition; this count only decides whether a
/// transcript is long enough and whether a speaker said enough in a chunk to have arguments.
enum WordCounter {
    /// The number of words in `text`.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The count.
    static func count(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    /// Words per speaker in sentences.
    ///
    /// - Parameter sentences: The sentences.
    /// - Returns: Words by speaker name.
    static func bySpeaker(_ sentences: [Sentence]) -> [String: Int] {
        sentences.reduce(into: [:]) { $0[$1.speaker, default: 0] += count($1.text) }
    }
}
