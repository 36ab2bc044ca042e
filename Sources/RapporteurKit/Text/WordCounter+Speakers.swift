extension WordCounter {
    /// Words per speaker in sentences, by the one word definition of ``WordCounter``.
    ///
    /// - Parameter sentences: The sentences.
    /// - Returns: Words by speaker name.
    static func bySpeaker(_ sentences: [Sentence]) -> [String: Int] {
        sentences.reduce(into: [:]) { $0[$1.speaker, default: 0] += count($1.text) }
    }
}
