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
        // "\r\n" is a single Character in Swift, so it must be normalised before splitting on "\n".
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        // Foundation's splitter is much faster than the generic `split` in unoptimised builds.
        var parts = unified.components(separatedBy: "\n")
        if parts.last?.isEmpty == true { parts.removeLast() }
        return parts.enumerated().map { NumberedLine(number: $0.offset + 1, text: Substring($0.element)) }
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
