/// Splits a turn's text into sentences, deterministically and without changing a character.
///
/// A sentence can end only at a run of terminal punctuation (`.`, `?`, `!`, `…`, or `..`/`...`), optionally followed by
/// closing quotes or brackets, and then white space. Whether it does end there is decided by ``SentenceBoundaryRules``:
/// in short, not before a lowercase word, not after a title such as "Mr." or "Dr.", "vs.", "e.g." or "i.e.",
/// not after "No."/"p."/"Art." before a number, not after an initial or initialism ("J. Smith", "U.S. Government")
/// unless a common sentence opener follows, and after an ellipsis only before a capitalised word other than "I".
/// Numbers ("1.5", "$1,429,100") never split because no white space follows their period.
/// Text after the last terminal punctuation is one sentence, however long: unpunctuated caption runs are never cut.
/// A piece without any letter or digit ("--", ":)") stays attached to its neighbour.
public enum SentenceSplitter {
    /// Splits text into sentences.
    ///
    /// - Parameter text: A turn's text.
    /// - Returns: The sentences in order, each a verbatim substring of `text` without leading or trailing white space;
    ///   empty for empty or white-space-only text.
    public static func split(_ text: String) -> [String] {
        let characters = Array(text)
        let isCased = characters.contains { $0.isUppercase } && characters.contains { $0.isLowercase }
        var starts = [0]
        var hasWordSinceStart = false
        var index = 0
        while index < characters.count {
            guard SentenceBoundaryRules.isTerminal(characters[index]) else {
                if !hasWordSinceStart { hasWordSinceStart = WordCounter.isWordCharacter(characters[index]) }
                index += 1
                continue
            }
            let punctuation = index
            while index < characters.count, SentenceBoundaryRules.isTerminal(characters[index]) { index += 1 }
            let terminator = String(characters[punctuation..<index])
            while index < characters.count, SentenceBoundaryRules.isClosing(characters[index]) { index += 1 }
            guard hasWordSinceStart, index < characters.count, characters[index].isWhitespace else { continue }
            let candidate = SentenceBoundaryRules.Candidate(
                terminator: terminator,
                previousToken: token(before: punctuation, in: characters),
                next: nextWord(from: index, in: characters),
                isCased: isCased
            )
            if SentenceBoundaryRules.endsSentence(candidate) {
                starts.append(index)
                hasWordSinceStart = false
            }
        }
        return sentences(of: characters, startingAt: starts)
    }

    /// The token right before the terminal punctuation, back to white space, without opening quotes or brackets.
    private static func token(before end: Int, in characters: [Character]) -> String {
        var start = end
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        while start < end, !WordCounter.isWordCharacter(characters[start]) { start += 1 }
        return String(characters[start..<end])
    }

    /// The first word after `start` (letters and apostrophes), skipping white space and punctuation.
    private static func nextWord(from start: Int, in characters: [Character]) -> SentenceBoundaryRules.NextWord? {
        var first = start
        while first < characters.count, !WordCounter.isWordCharacter(characters[first]) { first += 1 }
        guard first < characters.count else { return nil }
        var end = first + 1
        while end < characters.count, characters[end].isLetter || characters[end] == "'" || characters[end] == "\u{2019}" {
            end += 1
        }
        let isFollowedByPeriod = end < characters.count && characters[end] == "."
        return SentenceBoundaryRules.NextWord(text: String(characters[first..<end]), isFollowedByPeriod: isFollowedByPeriod)
    }

    /// Cuts `characters` at `starts` and trims white space; drops empty pieces.
    private static func sentences(of characters: [Character], startingAt starts: [Int]) -> [String] {
        var result: [String] = []
        for (offset, start) in starts.enumerated() {
            var lower = start
            var upper = offset + 1 < starts.count ? starts[offset + 1] : characters.count
            while lower < upper, characters[lower].isWhitespace { lower += 1 }
            while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
            if lower < upper { result.append(String(characters[lower..<upper])) }
        }
        return result
    }
}
