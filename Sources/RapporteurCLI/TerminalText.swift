import Foundation

/// Text on its way to a terminal (standard output and standard error), with control characters made visible.
///
/// Speaker names, transcript text and file names come from input, and an ANSI or OSC escape sequence in them would
/// otherwise reach the terminal and act there (recolour, retitle, move the cursor, hide text). Every C0 control but
/// the line feed and the tab, DEL, every C1 control, and the bidirectional embedding, override and isolate controls
/// are written as `\u{1B}`, so a reader sees what the input holds. Files written with `-o` and JSON keep the text
/// exactly as it is (JSON escapes C0 controls itself).
enum TerminalText {
    /// The text with its control characters escaped; line feeds and tabs stay.
    ///
    /// - Parameter text: The text.
    /// - Returns: The text, every control character as `\u{XX}`.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isEscaped(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a scalar is written escaped.
    ///
    /// - Parameter scalar: The scalar.
    /// - Returns: `true` for controls (but `\n` and `\t`) and bidirectional formatting controls.
    static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Writes text to standard output, escaped.
    ///
    /// - Parameter text: The text, with its own line ends.
    static func write(_ text: String) {
        print(escape(text), terminator: "")
    }

    /// Writes one line to standard error, escaped.
    ///
    /// - Parameter line: The line, without its newline.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((escape(line) + "\n").utf8))
    }
}
