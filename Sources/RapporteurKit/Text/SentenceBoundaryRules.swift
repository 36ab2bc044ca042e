/// Decides whether terminal punctuation followed by white space ends a sentence; the rules of ``SentenceSplitter``.
enum SentenceBoundaryRules {
    /// The first word after a candidate boundary.
    struct NextWord {
        /// Its letters and apostrophes (a single digit when it starts with one).
        var text: String
        /// Whether a period follows it directly, as after an initial ("A." in "J. A. Smith").
        var isFollowedByPeriod: Bool
    }

    /// What the rules look at: the punctuation, the token before it, and the word after it.
    struct Candidate {
        /// The run of terminal punctuation, e.g. `.`, `?!`, `...`.
        var terminator: String
        /// The token before the punctuation, e.g. `Mr`, `U.S`, `e.g`, `etc`.
        var previousToken: String
        /// The next word; `nil` when no letter or digit follows.
        var next: NextWord?
        /// Whether the text mixes upper and lower case, so that case says something about sentence starts.
        var isCased: Bool
    }

    /// Titles and Latin abbreviations that never end a sentence (compared in lower case, without the final period).
    static let nonTerminalAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "hon", "rev", "fr", "gen", "sen", "gov", "capt", "col", "lt", "sgt", "mt",
        "messrs", "vs", "e.g", "i.e", "cf", "viz",
    ]

    /// Abbreviations that do not end a sentence when a number follows ("No. 5", "p. 12", "Art. 19").
    static let numberAbbreviations: Set<String> = [
        "no", "nos", "art", "arts", "vol", "vols", "p", "pp", "para", "paras", "fig", "sec", "ch", "ref", "approx", "tel",
    ]

    /// Words that usually open a sentence; after an initial or initialism they mark a real end ("... option B. The next").
    static let sentenceOpeners: Set<String> = [
        "the", "this", "that", "these", "those", "there", "then", "thank", "thanks", "it", "it's", "we", "we're", "i", "i'm",
        "i've", "you", "he", "she", "they", "but", "and", "so", "or", "if", "in", "on", "at", "as", "for", "what", "how", "why",
        "when", "where", "who", "yes", "no", "now", "our", "my", "a", "an", "well", "okay", "ok", "let's", "let",
    ]

    /// Whether a scalar is terminal punctuation.
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "?" || scalar == "!" || scalar == "\u{2026}"
    }

    /// Whether a scalar may close a sentence after its terminal punctuation (quotes, brackets).
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": true
        default: false
        }
    }

    /// Decides a candidate boundary.
    ///
    /// - Parameter candidate: The punctuation and its context.
    /// - Returns: Whether a new sentence starts after the punctuation.
    static func endsSentence(_ candidate: Candidate) -> Bool {
        guard let next = candidate.next, let first = next.text.first else { return false }
        if candidate.isCased, first.isLowercase { return false }
        let terminator = candidate.terminator
        if terminator.contains("?") || terminator.contains("!") { return true }
        if terminator.count > 1 || terminator == "\u{2026}" { return endsAfterEllipsis(next: next) }
        return endsAfterPeriod(previousToken: candidate.previousToken, next: next)
    }

    /// After an ellipsis a sentence ends only before a capitalised word other than the pronoun "I", or a number.
    private static func endsAfterEllipsis(next: NextWord) -> Bool {
        guard let first = next.text.first else { return false }
        if first.isNumber { return true }
        guard first.isUppercase else { return false }
        return !(next.text == "I" || next.text.hasPrefix("I'") || next.text.hasPrefix("I\u{2019}"))
    }

    private static func endsAfterPeriod(previousToken: String, next: NextWord) -> Bool {
        let token = previousToken.lowercased()
        if nonTerminalAbbreviations.contains(token) { return false }
        if numberAbbreviations.contains(token), next.text.first?.isNumber == true { return false }
        if isInitialism(previousToken) {
            return !next.isFollowedByPeriod && sentenceOpeners.contains(next.text.lowercased())
        }
        return true
    }

    /// Whether a token is a capital initial or a dotted initialism of capitals: "J", "U.S", "U.N", "E.U".
    static func isInitialism(_ token: String) -> Bool {
        guard !token.isEmpty else { return false }
        for (offset, character) in token.enumerated() {
            let isValid = offset.isMultiple(of: 2) ? character.isUppercase && character.isLetter : character == "."
            if !isValid { return false }
        }
        return token.count % 2 == 1
    }
}
