/// Splits a turn's text into sentences, deterministically and without changing a character.
///
/// A sentence can end only at a run of terminal punctuation (`.`, `?`, `!`, `…`, or `..`/`...`), optionally followed by
/// closing quotes or brackets, and then white space. Whether it does end there depends on the context:
/// not before a lowercase word (when the text mixes cases), not after a title such as "Mr." or "Dr.", "vs.", "e.g." or "i.e.",
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
        let scalars = ScalarText(text)
        let isCased = scalars.scalars.contains(where: ScalarClass.isUppercase) && scalars.scalars.contains(where: ScalarClass.isLowercase)
        var starts = [0]
        var hasWordSinceStart = false
        var index = 0
        while index < scalars.count {
            guard SentenceBoundaryRules.isTerminal(scalars[index]) else {
                if !hasWordSinceStart { hasWordSinceStart = ScalarClass.isWordScalar(scalars[index]) }
                index += 1
                continue
            }
            let punctuation = index
            while index < scalars.count, SentenceBoundaryRules.isTerminal(scalars[index]) { index += 1 }
            let terminator = scalars.string(punctuation..<index)
            while index < scalars.count, SentenceBoundaryRules.isClosing(scalars[index]) { index += 1 }
            guard hasWordSinceStart, index < scalars.count, ScalarClass.isWhitespace(scalars[index]) else { continue }
            let candidate = SentenceBoundaryRules.Candidate(
                terminator: terminator,
                previousToken: token(before: punctuation, in: scalars),
                next: nextWord(from: index, in: scalars),
                isCased: isCased
            )
            if SentenceBoundaryRules.endsSentence(candidate) {
                starts.append(index)
                hasWordSinceStart = false
            }
        }
        return sentences(of: scalars, startingAt: starts)
    }

    /// The token right before the terminal punctuation, back to white space, without opening quotes or brackets.
    private static func token(before end: Int, in scalars: ScalarText) -> String {
        var start = end
        while start > 0, !ScalarClass.isWhitespace(scalars[start - 1]) { start -= 1 }
        while start < end, !ScalarClass.isWordScalar(scalars[start]) { start += 1 }
        return scalars.string(start..<end)
    }

    /// The first word after `start` (letters, marks and apostrophes), skipping white space and punctuation.
    private static func nextWord(from start: Int, in scalars: ScalarText) -> SentenceBoundaryRules.NextWord? {
        var first = start
        while first < scalars.count, !ScalarClass.isWordScalar(scalars[first]) { first += 1 }
        guard first < scalars.count else { return nil }
        var end = first + 1
        while end < scalars.count, isWordContinuation(scalars[end]) { end += 1 }
        let isFollowedByPeriod = end < scalars.count && scalars[end] == "."
        return SentenceBoundaryRules.NextWord(text: scalars.string(first..<end), isFollowedByPeriod: isFollowedByPeriod)
    }

    private static func isWordContinuation(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(scalar) || ScalarClass.isMark(scalar) || scalar == "'" || scalar == "\u{2019}"
    }

    /// Cuts the text at `starts` and trims white space; drops empty pieces.
    private static func sentences(of scalars: ScalarText, startingAt starts: [Int]) -> [String] {
        var result: [String] = []
        for (offset, start) in starts.enumerated() {
            var lower = start
            var upper = offset + 1 < starts.count ? starts[offset + 1] : scalars.count
            while lower < upper, ScalarClass.isWhitespace(scalars[lower]) { lower += 1 }
            while upper > lower, ScalarClass.isWhitespace(scalars[upper - 1]) { upper -= 1 }
            if lower < upper { result.append(scalars.string(lower..<upper)) }
        }
        return result
    }
}
