import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingWhiteSpace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return self[endIndex..<endIndex]
        }
        return self[first...last]
    }

    /// The text with every run of white space (including line breaks and no-break spaces) turned into one space, trimmed.
    func collapsingWhiteSpace() -> String {
        UTF8WhiteSpace.collapse(self)
    }

    /// Whether the whole text is one bracketed note such as `(Applause)` or `[inaudible]`.
    var isBracketedNote: Bool {
        let text = trimmingWhiteSpace()
        guard let first = text.first, let last = text.last, text.count >= 2 else { return false }
        return (first == "(" && last == ")") || (first == "[" && last == "]")
    }

    /// The text quoted and shortened to `limit` characters, for error messages.
    func excerpt(limit: Int = 60) -> String {
        let text = String(trimmingWhiteSpace())
        guard text.count > limit else { return "\"\(text)\"" }
        return "\"\(text.prefix(limit))…\""
    }
}

extension Character {
    /// Whether the character is one of `0`…`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }

    /// Whether the character is one of `a`…`z`, `A`…`Z`.
    var isASCIILetter: Bool { isASCII && isLetter }
}
