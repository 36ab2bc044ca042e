import Foundation

/// One line of an input text with its 1-based line number.
struct NumberedLine: Sendable, Hashable {
    /// The 1-based line number.
    var number: Int
    /// The line's text without its line break.
    var text: Substring

    /// The line without surrounding white space.
    var trimmed: Substring { text.trimmingWhiteSpace() }

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// Splits a text into numbered lines; `\r\n`, `\n` and `\r` all end a line.
    ///
    /// - Parameter text: The decoded input.
    /// - Returns: The lines, numbered from 1; a final line break does not add an empty line.
    static func lines(of text: String) -> [NumberedLine] {
        var lines: [NumberedLine] = []
        var lineStart = text.utf8.startIndex
        var index = lineStart
        while index < text.utf8.endIndex {
            let byte = text.utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                text.utf8.formIndex(after: &index)
                continue
            }
            lines.append(NumberedLine(number: lines.count + 1, text: text[lineStart..<index]))
            text.utf8.formIndex(after: &index)
            if byte == 0x0D, index < text.utf8.endIndex, text.utf8[index] == 0x0A { text.utf8.formIndex(after: &index) }
            lineStart = index
        }
        if lineStart < text.utf8.endIndex { lines.append(NumberedLine(number: lines.count + 1, text: text[lineStart...])) }
        return lines
    }

    /// Groups lines into blocks separated by blank lines, as WebVTT and SRT lay out their cues.
    ///
    /// - Parameter lines: The input's lines.
    /// - Returns: The non-empty blocks in order.
    static func blocks(of lines: [NumberedLine]) -> [[NumberedLine]] {
        var blocks: [[NumberedLine]] = []
        var current: [NumberedLine] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }
}
