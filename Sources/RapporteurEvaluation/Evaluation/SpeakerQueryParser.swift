import RapporteurKit

/// Finds the speaker a reference query asks about.
///
/// Two shapes are recognised, as they occur in QMSum:
/// - an interrogative, an auxiliary, then a name: "What did *Bains* say about …", "Why did *Industrial Designer*
///   think …", "How did *Kirsty Williams AM* plan …", "What did the *Minister of Seniors* say …";
/// - a possessive name: "What was *X*'s opinion …", "What was included in *Kirsty Williams AM*'s explanation …".
///
/// A name is a run of capitalised words (or ICSI participant codes such as `me010`), which may contain
/// "of"/"for"/"the" between capitalised words; a leading "the" is dropped. Phrases that name the meeting rather than
/// a person ("the meeting", "the group", "the team", "the committee") are not speakers.
enum SpeakerQueryParser {
    private static let interrogatives: Set<String> = ["what", "how", "why", "when", "where", "which", "who", "whom", "whose"]
    private static let auxiliaries: Set<String> = [
        "did", "does", "do", "was", "were", "is", "are", "would", "will", "has", "have", "had", "could", "should", "can", "might",
    ]
    private static let imperatives: Set<String> = ["summarize", "summarise", "describe", "explain", "list", "give", "tell"]
    private static let connectors: Set<String> = ["of", "for", "the"]
    private static let notSpeakers: Set<String> = [
        "meeting", "group", "team", "committee", "participants", "participant", "members", "everyone", "everybody",
        "people", "speakers", "panel", "government", "they", "he", "she", "we", "you", "i", "it",
    ]

    /// The speaker named by a query, or `nil` when it names none.
    /// - Parameter query: A reference query.
    /// - Returns: The speaker as written, without a leading "the" or a possessive "'s".
    static func speaker(in query: String) -> String? {
        let words = query.split(whereSeparator: \.isWhitespace).map { String($0).trimmingTrailingPunctuation() }
        if words.count > 2, interrogatives.contains(words[0].lowercased()), auxiliaries.contains(words[1].lowercased()),
            let name = forwardName(words, from: 2)
        {
            return name
        }
        for index in words.indices.dropFirst() {
            guard let base = words[index].withoutPossessive, isNameWord(base) else { continue }
            if let name = backwardName(words, endingAt: index, base: base) { return name }
        }
        return nil
    }

    private static func forwardName(_ words: [String], from start: Int) -> String? {
        var index = start
        if words[index].lowercased() == "the" { index += 1 }
        var name: [String] = []
        while index < words.count {
            let word = words[index]
            if let base = word.withoutPossessive, isNameWord(base) {
                name.append(base)
                break
            }
            if isNameWord(word) {
                name.append(word)
            } else if !name.isEmpty, connectors.contains(word.lowercased()), index + 1 < words.count, isNameWord(words[index + 1]) {
                name.append(word)
            } else {
                break
            }
            index += 1
        }
        return validated(name)
    }

    private static func backwardName(_ words: [String], endingAt end: Int, base: String) -> String? {
        var name = [base]
        var index = end - 1
        while index >= 0 {
            let word = words[index]
            if isNameWord(word) {
                name.insert(word, at: 0)
            } else if connectors.contains(word.lowercased()), index > 0, isNameWord(words[index - 1]) {
                name.insert(word, at: 0)
            } else {
                break
            }
            index -= 1
        }
        return validated(name)
    }

    private static func validated(_ name: [String]) -> String? {
        guard !name.isEmpty, !name.contains(where: { notSpeakers.contains($0.lowercased()) }) else { return nil }
        return name.joined(separator: " ")
    }

    /// A capitalised word that is not a question word, or an ICSI participant code (`me010`, `fn002`).
    private static func isNameWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        if interrogatives.contains(lower) || auxiliaries.contains(lower) || imperatives.contains(lower) { return false }
        if word.first?.isUppercase == true { return true }
        return word.wholeMatch(of: /[mf][en][0-9]{3}/) != nil
    }
}

extension String {
    fileprivate func trimmingTrailingPunctuation() -> String {
        var result = Substring(self)
        while let last = result.last, "?!.,;:\"”“)(".contains(last) { result = result.dropLast() }
        return String(result)
    }

    /// The word without a possessive `'s` or `’s`, or `nil` when it has none.
    fileprivate var withoutPossessive: String? {
        for suffix in ["'s", "’s"] where hasSuffix(suffix) && count > suffix.count {
            return String(dropLast(suffix.count))
        }
        return nil
    }
}
