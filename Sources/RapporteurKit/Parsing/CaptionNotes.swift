/// Finds the notes captioners put between the words: `(Applause)`, `[Laughter]`, `(inaudible)`.
///
/// Only a parenthesised or bracketed group whose first word is a known event word is a note, so `(GDPR)` or
/// `(phonetic)` stay in the text; a line that is only a bracketed group is a note whatever it says.
enum CaptionNotes {
    /// Removes the inline event notes from a caption line.
    ///
    /// - Parameter text: The caption text.
    /// - Returns: The text without the notes (white space is collapsed later).
    static func removingInlineNotes(_ text: some StringProtocol) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "(" || character == "[" else {
                result.append(character)
                index = text.index(after: index)
                continue
            }
            let closer: Character = character == "(" ? ")" : "]"
            guard let close = text[index...].firstIndex(of: closer), isEventNote(text[text.index(after: index)..<close]) else {
                result.append(character)
                index = text.index(after: index)
                continue
            }
            // Drop the note with the space before it, so "now (Applause)." becomes "now.".
            while result.last?.isWhitespace == true { result.removeLast() }
            index = text.index(after: close)
            if index < text.endIndex, !text[index].isPunctuation || text[index] == "(" || text[index] == "[" { result.append(" ") }
        }
        return result
    }

    private static func isEventNote(_ inner: some StringProtocol) -> Bool {
        let words = inner.lowercased().split { !$0.isLetter }
        guard let first = words.first else { return false }
        return eventWords.contains(String(first))
    }

    private static let eventWords: Set<String> = [
        "applause", "laughter", "laughing", "laughs", "inaudible", "indiscernible", "unintelligible", "crosstalk", "cross",
        "overlapping", "silence", "pause", "music", "audio", "video", "no", "captioner", "captioning", "captions",
        "interpretation", "interpreted", "interpreter", "speaking", "speaker", "off", "mic", "microphone", "background",
        "noise", "coughing", "cough", "break", "recess", "technical", "end", "session", "muted", "unmuted", "mute", "silent",
    ]
}
