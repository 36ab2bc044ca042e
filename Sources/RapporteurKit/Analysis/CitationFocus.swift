import Foundation

/// Narrows the citations of a written text to the cited sentences that bear on it.
///
/// A synthesised text cites notes, and a note stands for every sentence its argument rests on, so one key
/// takeaway that cited six arguments cited 49 sentences, and one agreement 42 (measured on AMI ES2002b): more
/// than a reader checks. Synthesised texts, discussion points and agreements (per speaker) are narrowed. The
/// text keeps the ``limit`` sentences that share the most with it, scored like ``PointAssigner``: the sum, over
/// the stemmed words a sentence shares with the text, of each word's inverse frequency across the cited sentences,
/// so a word every sentence has counts for nothing. For each number in the text, a sentence that supports it is
/// kept as well, so the verifier's number check sees the same support as before. Every kept sentence is one the
/// notes rested on: nothing new is cited, only fewer.
enum CitationFocus {
    /// The most sentences kept for the words of a text (sentences kept for its numbers come on top).
    static let limit = 8

    /// The citations to keep.
    ///
    /// - Parameters:
    ///   - text: The written text.
    ///   - citations: The sentence IDs its notes rest on, sorted.
    ///   - sentence: Looks up a sentence by ID.
    ///   - limit: The most sentences kept for the words.
    /// - Returns: At most `limit` IDs plus those needed for numbers, sorted; `citations` itself when it has at
    ///   most `limit` IDs or when no cited sentence shares a word with the text.
    static func focus(_ text: String, citations: [Int], sentence: (Int) -> Sentence?, limit: Int = limit) -> [Int] {
        guard citations.count > limit else { return citations }
        let candidates = citations.compactMap { id in sentence(id).map { (id: id, text: $0.text) } }
        let textWords = Set(Rouge.tokenize(text, stem: true))
        let sentenceWords = candidates.map { Set(Rouge.tokenize($0.text, stem: true)).intersection(textWords) }
        var frequency: [String: Int] = [:]
        for words in sentenceWords { for word in words { frequency[word, default: 0] += 1 } }
        let count = Double(candidates.count + 1)
        let scores = sentenceWords.map { words in words.reduce(0.0) { $0 + log(count / Double(frequency[$1] ?? 1)) } }
        let ranked = candidates.indices.filter { scores[$0] > 0 }.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        guard !ranked.isEmpty else { return citations }
        var kept = Set(ranked.prefix(limit).map { candidates[$0].id })
        var supported = Set(candidates.filter { kept.contains($0.id) }.flatMap { NumberMatcher.supportedNumbers(in: $0.text) })
        for number in NumberMatcher.numbers(in: text) where !supported.contains(number) {
            guard let source = candidates.first(where: { NumberMatcher.supportedNumbers(in: $0.text).contains(number) }) else { continue }
            kept.insert(source.id)
            supported.formUnion(NumberMatcher.supportedNumbers(in: source.text))
        }
        return kept.sorted()
    }
}
