/// Normalises text for verbatim comparison: white space collapsed, typographic quote marks, apostrophes and the
/// ellipsis character mapped to their ASCII forms. Nothing else changes, so case and words must match exactly.
enum QuoteNormalizer {
    /// The normalised form of `text`.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text with white space collapsed to single spaces, trimmed, and quote marks made ASCII.
    static func normalise(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result += replacement(for: character)
        }
        return result
    }

    /// The quote without the quote marks or white space that wrap it, normalised.
    ///
    /// - Parameter quote: A quote as an item carries it, possibly wrapped in quote marks.
    /// - Returns: The normalised quote.
    static func normaliseQuote(_ quote: String) -> String {
        var text = normalise(quote)
        while let first = text.first, first == "\"" || first == "'" { text.removeFirst() }
        while let last = text.last, last == "\"" || last == "'" { text.removeLast() }
        return text.trimmingWhitespace()
    }

    private static func replacement(for character: Character) -> String {
        switch character {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": "\""
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}": "'"
        case "\u{2026}": "..."
        default: String(character)
        }
    }
}

extension String {
    /// The string without leading and trailing white space (Foundation-free).
    func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return String(self[start..<end])
    }
}
