import Foundation

/// Makes a heading a phrase of at most ``maxWords`` words, never a cut-off sentence: the small model names points
/// with sentences ("The smooth operation of the hubs, with regard to health and safety, is,…", seen on the Senedd
/// excerpt), which the reply's length cap then cut.
enum HeadingPhrase {
    /// The most words a heading keeps.
    static let maxWords = 8

    /// Words a phrase does not end with.
    static let danglingWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "by", "from", "as", "is",
        "are", "was", "were", "be", "that", "which", "who", "our", "their", "its", "his", "her", "this", "these",
        "since", "about", "around", "into", "over", "after", "before", "when", "while", "if", "so", "than", "not",
        "will", "can", "has", "have", "had", "we", "they", "it", "i", "you", "there", "such", "very",
    ]

    /// The heading as a phrase: the part before its first clause break (comma, semicolon, colon, dash) when that
    /// leaves two or more words, at most ``maxWords`` words, without a trailing ellipsis, full stop or function
    /// word.
    ///
    /// - Parameter raw: The heading as written.
    /// - Returns: The phrase; the text unchanged when it already is one.
    static func make(_ raw: String) -> String {
        var text = raw.trimmingWhitespace()
        while let last = text.last, "….".contains(last) { text.removeLast() }
        if let cut = text.firstIndex(where: { ",;:—–".contains($0) }), text[..<cut].split(separator: " ").count >= 2 {
            text = String(text[..<cut])
        }
        var words = text.split(separator: " ").map(String.init)
        if words.count > maxWords { words = Array(words.prefix(maxWords)) }
        while words.count > 1, let last = words.last, danglingWords.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;:—– "))
    }
}
