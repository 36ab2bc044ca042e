/// Guesses a transcript's format from its content and its file name.
///
/// Strong content signals win over the name: a `WEBVTT` header, an SRT cue (a number, then a `-->` timing line), or
/// text that starts like JSON (`{`, or `[` followed by `{`, `[`, `]` or `"`). Then the
/// extension decides (`.vtt`, `.srt`, `.json`), so such a file gets that format's precise error. Then lines starting
/// with `>>` mean captions; anything else is plain text.
enum FormatDetector {
    /// Detects the format.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - name: The file name; only its extension is used.
    /// - Returns: The most likely format.
    static func detect(_ text: String, name: String) -> TranscriptFormat {
        let lines = NumberedLine.lines(of: String(text.prefix(20_000))).filter { !$0.isBlank }.prefix(200).map(\.trimmed)
        if let format = strongSignal(lines) { return format }
        if let format = extensionHint(name) { return format }
        let captionLines = lines.filter { $0.hasPrefix(">>") }.count
        if lines.first?.hasPrefix(">>") == true || captionLines >= 2 { return .captions }
        return .plain
    }

    private static func strongSignal(_ lines: [Substring]) -> TranscriptFormat? {
        guard let first = lines.first else { return nil }
        if first.hasPrefix("WEBVTT") { return .webvtt }
        if first.allSatisfy(\.isASCIIDigit), lines.count > 1, lines[1].contains("-->") { return .srt }
        if first.hasPrefix("{") { return .json }
        if first.hasPrefix("[") {
            let rest = first.dropFirst().trimmingWhiteSpace()
            let second = rest.first ?? lines.dropFirst().first?.first
            if let second, "{[]\"".contains(second) { return .json }
        }
        return nil
    }

    private static func extensionHint(_ name: String) -> TranscriptFormat? {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "vtt", "webvtt": return .webvtt
        case "srt": return .srt
        case "json": return .json
        default: return nil
        }
    }
}
