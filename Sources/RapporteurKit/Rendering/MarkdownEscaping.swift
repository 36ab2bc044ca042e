/// Escapes text from a report so that Markdown shows it literally and it cannot change the document's structure.
enum MarkdownEscaping {
    /// Characters that start emphasis, code, links, HTML, tables or strike-through anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]
    /// Characters that start a heading, list, quote or rule at the start of a line.
    private static let lineStartSpecials: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Escapes inline text: Markdown punctuation gets a backslash and line breaks become spaces.
    ///
    /// - Parameters:
    ///   - text: Text from the report.
    ///   - atLineStart: Whether the text starts a line (or follows a list or quote marker); then leading white
    ///     space is dropped and what would start a block (a heading, a list item, a quote) is neutralised.
    /// - Returns: Text to put into Markdown.
    static func escape(_ text: String, atLineStart: Bool = true) -> String {
        var escaped = ""
        for character in atLineStart ? text.drop(while: \.isWhitespace) : Substring(text) {
            if character.isNewline {
                escaped.append(" ")
            } else {
                if inlineSpecials.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return atLineStart ? neutraliseLineStart(escaped) : escaped
    }

    private static func neutraliseLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if lineStartSpecials.contains(first) { return "\\" + text }
        // "12. text" or "12) text" would start an ordered list.
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" else { return text }
        let following = rest.dropFirst().first
        guard following == nil || following?.isWhitespace == true else { return text }
        return digits + "\\" + rest
    }
}
