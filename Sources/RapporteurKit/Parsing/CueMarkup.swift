/// The markup inside WebVTT and SRT cue text: voice tags, other tags, character references.
enum CueMarkup {
    /// A run of cue text spoken by one voice.
    struct VoiceSpan: Equatable {
        /// The voice's name from `<v Name>`, or `nil` before any voice tag.
        var voice: String?
        /// The raw text of the run (tags still in it).
        var text: Substring
    }

    /// Splits a line of cue text at its `<v Name>` / `<v.class Name>` voice tags.
    ///
    /// - Parameter line: One line of cue text.
    /// - Returns: The text before the first voice tag (voice `nil`, possibly empty) and one span per voice tag.
    static func voiceSpans(in line: Substring) -> [VoiceSpan] {
        var spans = [VoiceSpan(voice: nil, text: line[line.startIndex..<line.startIndex])]
        var runStart = line.startIndex
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "<") {
            guard let close = line[open...].firstIndex(of: ">") else { break }
            if let voice = voiceName(inTag: line[line.index(after: open)..<close]) {
                spans[spans.count - 1].text = line[runStart..<open]
                spans.append(VoiceSpan(voice: voice, text: line[close...].dropFirst()))
                runStart = line.index(after: close)
            }
            index = line.index(after: close)
        }
        spans[spans.count - 1].text = line[runStart...]
        return spans
    }

    /// The plain text of cue markup: every `<…>` tag removed (and `{\…}` styling that some SRT files carry),
    /// character references such as `&amp;` decoded.
    ///
    /// - Parameter text: Cue text.
    /// - Returns: The text a person would read.
    static func plainText(_ text: some StringProtocol) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let closer: Character? = character == "<" ? ">" : (character == "{" ? "}" : nil)
            if let closer, let close = text[index...].firstIndex(of: closer), character == "<" || text[index...].dropFirst().first == "\\" {
                index = text.index(after: close)
                continue
            }
            result.append(character)
            index = text.index(after: index)
        }
        return decodingReferences(result)
    }

    private static func voiceName(inTag tag: Substring) -> String? {
        guard tag.first == "v", let after = tag.dropFirst().first, after == " " || after == "." || after == "\t" else { return nil }
        guard let space = tag.firstIndex(where: \.isWhitespace) else { return nil }
        let name = tag[space...].collapsingWhiteSpace()
        return name.isEmpty ? nil : decodingReferences(name)
    }

    private static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let tail = rest[amp...]
            if let semicolon = tail.prefix(12).firstIndex(of: ";"), let decoded = reference(tail[tail.index(after: amp)..<semicolon]) {
                result += decoded
                rest = tail[tail.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = tail.dropFirst()
            }
        }
        return result + rest
    }

    private static func reference(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        case "lrm", "rlm": return ""
        default: break
        }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
