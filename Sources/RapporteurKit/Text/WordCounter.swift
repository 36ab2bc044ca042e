/// Counts words by the single definition documented on ``SpeakerStatistics``.
///
/// A word is a maximal run of letters and digits. Inside a run these characters stay when they join:
/// an apostrophe (`'` or `’`) after a letter or digit and before a letter (don't, Cara's, 80's);
/// a period or comma between two digits (1.5, 1,429,100); an underscore between two letters or digits (T_V_, file_name).
/// Everything else separates words, hyphens and dashes included (well-known is two words), so "U.S." is two words.
public enum WordCounter {
    /// Counts the words of a text.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The number of words; 0 for empty or punctuation-only text.
    public static func count(_ text: String) -> Int {
        var total = 0
        scan(text) { _ in total += 1 }
        return total
    }

    /// Finds the words of a text.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The words in order, as slices of `text` (a trailing joiner such as the `_` of `T_V_` is not part of the word).
    public static func words(_ text: String) -> [Substring] {
        var result: [Substring] = []
        scan(text) { result.append(text[$0]) }
        return result
    }

    /// Calls `body` with the range of every word, in order.
    private static func scan(_ text: String, _ body: (Range<String.Index>) -> Void) {
        var wordStart: String.Index?
        var previous: Character = " "
        // A joiner seen inside a word, kept only if the next character qualifies.
        var pendingJoiner: (index: String.Index, character: Character, before: Character)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let joiner = pendingJoiner, let start = wordStart {
                pendingJoiner = nil
                if !joins(joiner.character, between: joiner.before, and: character) {
                    body(start..<joiner.index)
                    wordStart = nil
                }
            }
            if isWordCharacter(character) {
                if wordStart == nil { wordStart = index }
            } else if wordStart != nil, isJoiner(character) {
                pendingJoiner = (index, character, previous)
            } else if let start = wordStart {
                body(start..<index)
                wordStart = nil
            }
            previous = character
            index = text.index(after: index)
        }
        if let start = wordStart { body(start..<(pendingJoiner?.index ?? text.endIndex)) }
    }

    /// Whether a character belongs to a word by itself.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func isJoiner(_ character: Character) -> Bool {
        switch character {
        case "'", "\u{2019}", ".", ",", "_": true
        default: false
        }
    }

    private static func joins(_ joiner: Character, between left: Character, and right: Character) -> Bool {
        switch joiner {
        case "'", "\u{2019}": isWordCharacter(left) && right.isLetter
        case ".", ",": left.isNumber && right.isNumber
        case "_": isWordCharacter(left) && isWordCharacter(right)
        default: false
        }
    }
}
