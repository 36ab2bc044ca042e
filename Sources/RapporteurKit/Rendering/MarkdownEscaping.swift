/// Escapes text from a report so that Markdown shows it literally and it cannot change the document's structure.
enum MarkdownEscaping {
    /// Characters that start a heading, list, quote or rule at the start of a line.
    private static let lineStartSpecials: Set<Unicode.Scalar> = ["#", "-", "+", "=", ">"]

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
        let escaped = escapeInline(atLineStart ? text.drop(while: \.isWhitespace) : Substring(text))
        return atLineStart ? neutraliseLineStart(escaped) : escaped
    }

    /// Backslashes before inline specials, one space per line break (`\r\n` is one), scanned as UTF-8 bytes so that a
    /// special followed by a combining mark is escaped too.
    private static func escapeInline(_ text: Substring) -> String {
        guard text.utf8.contains(where: mayNeedEscaping) else { return String(text) }
        return Array(text.utf8).withUnsafeBufferPointer { bytes in
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            var index = 0
            while index < bytes.count {
                let newline = UTF8WhiteSpace.newlineLength(in: bytes, at: index)
                if newline > 0 {
                    escaped.append(0x20)
                    index += newline
                    continue
                }
                if isInlineSpecial(bytes[index]) { escaped.append(UInt8(ascii: "\\")) }
                escaped.append(bytes[index])
                index += 1
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    /// Inline specials and the first bytes of line breaks.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        isInlineSpecial(byte) || (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2
    }

    /// Characters that start emphasis, code, links, HTML or strike-through anywhere in a line.
    private static func isInlineSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "<"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static func neutraliseLineStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
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
