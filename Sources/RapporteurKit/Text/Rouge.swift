/// ROUGE (Lin 2004) computed as Google's reference package `rouge_score` 0.1.2 computes it (`rouge_scorer.py`),
/// the implementation most summarisation papers report.
///
/// - Tokens: lowercase, every run of characters other than `a`–`z` and `0`–`9` becomes a space, split on spaces;
///   with stemming, tokens longer than three characters are reduced by the Porter stemmer in NLTK's default mode.
/// - ROUGE-N: clipped n-gram overlap (each n-gram counts at most as often as it occurs in the other text);
///   precision = overlap / candidate n-grams, recall = overlap / reference n-grams.
/// - ROUGE-L: the longest common subsequence of the two token sequences over the whole text
///   (`rougeL`, not the sentence-split `rougeLsum`).
public enum Rouge {
    /// Splits text into ROUGE tokens, exactly as `rouge_score.tokenize.tokenize` does.
    /// - Parameters:
    ///   - text: Any text.
    ///   - stem: Whether to stem tokens longer than three characters with the Porter stemmer.
    /// - Returns: The tokens, lowercase ASCII letters and digits only.
    public static func tokenize(_ text: String, stem: Bool) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        guard stem else { return tokens }
        return tokens.map { $0.unicodeScalars.count > 3 ? PorterStemmer.stem($0) : $0 }.filter { !$0.isEmpty }
    }

    /// ROUGE-N of a candidate against a reference.
    /// - Parameters:
    ///   - n: The n-gram length, at least 1.
    ///   - candidate: The generated text (`prediction` in `rouge_score`).
    ///   - reference: The reference text (`target` in `rouge_score`).
    ///   - stem: Whether to stem tokens.
    /// - Returns: Precision, recall and F1; all 0 when either text has no n-gram.
    public static func rougeN(_ n: Int, candidate: String, reference: String, stem: Bool) -> RougeScore {
        rougeN(n, candidateTokens: tokenize(candidate, stem: stem), referenceTokens: tokenize(reference, stem: stem))
    }

    /// ROUGE-L of a candidate against a reference, from the longest common subsequence of their tokens.
    /// - Parameters:
    ///   - candidate: The generated text.
    ///   - reference: The reference text.
    ///   - stem: Whether to stem tokens.
    /// - Returns: Precision = LCS / candidate tokens, recall = LCS / reference tokens, and F1; all 0 when either is empty.
    public static func rougeL(candidate: String, reference: String, stem: Bool) -> RougeScore {
        rougeL(candidateTokens: tokenize(candidate, stem: stem), referenceTokens: tokenize(reference, stem: stem))
    }

    /// ROUGE-N of already tokenised texts (``tokenize(_:stem:)``), for callers that compare the same tokens often.
    /// - Parameters:
    ///   - n: The n-gram length, at least 1.
    ///   - candidateTokens: The generated text's tokens.
    ///   - referenceTokens: The reference text's tokens.
    /// - Returns: Precision, recall and F1; all 0 when either has no n-gram.
    public static func rougeN(_ n: Int, candidateTokens: [String], referenceTokens: [String]) -> RougeScore {
        let candidate = ngrams(candidateTokens, n: n)
        let reference = ngrams(referenceTokens, n: n)
        let overlap = reference.reduce(0) { $0 + min($1.value, candidate[$1.key] ?? 0) }
        let candidateCount = candidate.values.reduce(0, +)
        let referenceCount = reference.values.reduce(0, +)
        return RougeScore(
            precision: Double(overlap) / Double(max(candidateCount, 1)),
            recall: Double(overlap) / Double(max(referenceCount, 1))
        )
    }

    /// ROUGE-L of already tokenised texts (``tokenize(_:stem:)``).
    /// - Parameters:
    ///   - candidateTokens: The generated text's tokens.
    ///   - referenceTokens: The reference text's tokens.
    /// - Returns: Precision = LCS / candidate tokens, recall = LCS / reference tokens, and F1; all 0 when either is empty.
    public static func rougeL(candidateTokens: [String], referenceTokens: [String]) -> RougeScore {
        guard !candidateTokens.isEmpty, !referenceTokens.isEmpty else { return .zero }
        let common = Double(lcsLength(candidateTokens, referenceTokens))
        return RougeScore(precision: common / Double(candidateTokens.count), recall: common / Double(referenceTokens.count))
    }

    /// The n-grams of a token sequence with their counts (`_create_ngrams`).
    static func ngrams(_ tokens: [String], n: Int) -> [[String]: Int] {
        guard n > 0, tokens.count >= n else { return [:] }
        var counts: [[String]: Int] = [:]
        for start in 0...(tokens.count - n) {
            counts[Array(tokens[start..<(start + n)]), default: 0] += 1
        }
        return counts
    }

    /// The length of the longest common subsequence; O(|a|·|b|) time, O(|b|) memory.
    static func lcsLength(_ first: [String], _ second: [String]) -> Int {
        var ids: [String: Int] = [:]
        for token in first where ids[token] == nil { ids[token] = ids.count }
        let lhs = first.map { ids[$0] ?? -1 }
        let rhs = second.map { ids[$0] ?? -2 }
        var previous = [Int](repeating: 0, count: rhs.count + 1)
        var current = previous
        for left in lhs {
            for (index, right) in rhs.enumerated() {
                current[index + 1] = left == right ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
