/// Escapes text from a report so that Markdown shows it literally and it cannot change the document's structure.
enum MarkdownEscaping {
    /// Characters that start emphasis, code, links, HTML or strike-through anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "~"]
    /// Characters that start a heading, list, quote or rule at the start of a line.
    private static let lineStartSpecials: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Escapes inline text: Markdown punctuation gets a backslash and line breaks become spaces.
    ///
    /// `|` is left alone (every block is separated by a blank line, so it cannot start a table) except in table
    /// cells, see ``escapeTableCell(_:)``; `>` only matters at the start of a line.
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

    /// Escapes the text of a table cell: as ``escape(_:atLineStart:)``, and `|` too.
    ///
    /// - Parameter text: Text from the report.
    /// - Returns: Text to put between `|` delimiters.
    static func escapeTableCell(_ text: String) -> String {
        escape(text, atLineStart: false).reduce(into: "") { escaped, character in
            if character == "|" { escaped.append("\\") }
            escaped.append(character)
        }
    }
}
