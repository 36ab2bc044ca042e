/// Counts words by the single definition documented on ``SpeakerStatistics``.
///
/// A word is a maximal run of letters and digits (with their combining marks). Inside a run these characters stay
/// when they join: an apostrophe (`'` or `’`) after a letter or digit and before a letter (don't, Cara's, 80's);
/// a period or comma between two digits (1.5, 1,429,100); an underscore between two letters or digits (T_V_, file_name).
/// Everything else separates words, hyphens and dashes included (well-known is two words), so "U.S." is two words.
/// Text without spaces between words (Chinese, Japanese) counts as one word per run; the corpus is English.
public enum WordCounter {
    /// Counts the words of a text. O(n) in the length of the text.
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
        let scalars = text.unicodeScalars
        var wordStart: String.Index?
        var previous: Unicode.Scalar = " "
        // A joiner seen inside a word, kept only if the next scalar qualifies.
        var pendingJoiner: (index: String.Index, scalar: Unicode.Scalar, before: Unicode.Scalar)?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let joiner = pendingJoiner, let start = wordStart {
                pendingJoiner = nil
                if !joins(joiner.scalar, between: joiner.before, and: scalar) {
                    body(start..<joiner.index)
                    wordStart = nil
                }
            }
            if ScalarClass.isWordScalar(scalar) {
                if wordStart == nil { wordStart = index }
                previous = scalar
            } else if wordStart != nil, ScalarClass.isMark(scalar) {
                // A combining mark continues the word and leaves `previous` on its base letter.
            } else if wordStart != nil, isJoiner(scalar) {
                pendingJoiner = (index, scalar, previous)
            } else if let start = wordStart {
                body(start..<index)
                wordStart = nil
            }
            scalars.formIndex(after: &index)
        }
        if let start = wordStart { body(start..<(pendingJoiner?.index ?? scalars.endIndex)) }
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", ".", ",", "_": true
        default: false
        }
    }

    private static func joins(_ joiner: Unicode.Scalar, between left: Unicode.Scalar, and right: Unicode.Scalar) -> Bool {
        switch joiner {
        case "'", "\u{2019}": ScalarClass.isWordScalar(left) && ScalarClass.isLetter(right)
        case ".", ",": ScalarClass.isNumber(left) && ScalarClass.isNumber(right)
        case "_": ScalarClass.isWordScalar(left) && ScalarClass.isWordScalar(right)
        default: false
        }
    }
}
