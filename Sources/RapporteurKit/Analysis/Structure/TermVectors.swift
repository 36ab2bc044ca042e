import Foundation

/// TF-IDF vectors of texts over their content stems (``ContentWords``: stop words, reporting words and speakers'
/// names left out), with the inverse document frequency taken over the transcript's sentences, and their cosine
/// similarity. Each text counts a stem once, so a repeated word weighs no more than a word said once.
struct TermVectors: Sendable, Hashable {
    /// One text's vector, unit length; empty for a text without content words.
    typealias Vector = [String: Double]

    /// The vectors, in the order of the texts.
    let vectors: [Vector]

    /// Builds the vectors.
    ///
    /// - Parameters:
    ///   - texts: The texts to compare.
    ///   - corpus: The sentences that weigh the words: a word said in many of them weighs little.
    ///   - words: How content stems are found.
    init(_ texts: [String], corpus: [String], words: ContentWords) {
        var frequency: [String: Int] = [:]
        for sentence in corpus {
            for stem in words.stems(sentence) { frequency[stem, default: 0] += 1 }
        }
        let documents = Double(max(corpus.count, 1))
        vectors = texts.map { text in
            var vector: Vector = [:]
            for stem in words.stems(text) { vector[stem] = log((documents + 1) / Double(frequency[stem, default: 0] + 1)) + 1 }
            let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? vector.mapValues { $0 / norm } : [:]
        }
    }

    /// The cosine similarity of two texts' vectors, 0 to 1.
    func similarity(_ first: Int, _ second: Int) -> Double {
        let (small, large) = vectors[first].count <= vectors[second].count ? (vectors[first], vectors[second]) : (vectors[second], vectors[first])
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }

    /// How central each of `members` is among them: its mean similarity to the others (0 for a lone member).
    func centrality(of members: [Int]) -> [Int: Double] {
        guard members.count > 1 else { return Dictionary(uniqueKeysWithValues: members.map { ($0, 0) }) }
        return Dictionary(
            uniqueKeysWithValues: members.map { member in
                (member, members.filter { $0 != member }.reduce(0) { $0 + similarity(member, $1) } / Double(members.count - 1))
            }
        )
    }

    /// The stems of the highest total weight over `members`, for a fallback heading.
    func topTerms(of members: [Int], count: Int) -> [String] {
        var weights: [String: Double] = [:]
        for member in members {
            for (stem, weight) in vectors[member] { weights[stem, default: 0] += weight }
        }
        return weights.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(count).map(\.key)
    }
}
