/// The words of a text that carry its content, as the support check compares them: lowercased, split at every
/// character that is not a letter or a digit, Porter-stemmed, without stop words, reporting words and the words
/// of speakers' names.
///
/// Reporting words ("argued", "speakers", "session", "emphasised") are how a report speaks *about* what was said;
/// a transcript sentence need not contain them to support a sentence of the report. Speakers' names are left out
/// because a sentence is attributed to its speaker by the transcript, not by its words. Numbers are kept: "2"
/// must be matched by "2" (``NumberMatcher`` checks them separately, with their spellings).
struct ContentWords: Sendable {
    /// Stems of the words never counted.
    private let ignored: Set<String>

    /// Creates an analyser that also ignores the words of the given names.
    ///
    /// - Parameter names: Speakers' names ("Kirsty Williams AM"); each word of three or more characters is ignored.
    init(ignoringNamesOf names: some Sequence<String>) {
        var ignored = Self.fixedIgnored
        for name in names {
            for word in Self.words(name) where word.count >= 3 { ignored.insert(PorterStemmer.stem(word)) }
        }
        self.ignored = ignored
    }

    /// The content stems of a text.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The distinct stems.
    func stems(_ text: String) -> Set<String> {
        var result = Set<String>()
        for word in Self.words(text) where word.count >= 2 || word.first?.isNumber == true {
            if Self.stopWords.contains(word) { continue }
            let stem = PorterStemmer.stem(word)
            if !ignored.contains(stem) { result.insert(stem) }
        }
        return result
    }

    /// The lowercased words of a text: runs of letters and digits. An apostrophe inside a word ends it ("don't"
    /// gives "don" and "t"; both are stop words).
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    private static let fixedIgnored: Set<String> = Set(reportingWords.map(PorterStemmer.stem))

    /// Function words, as in common English stop lists (articles, pronouns, auxiliaries, prepositions, conjunctions,
    /// discourse fillers of speech such as "okay" and "yeah").
    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "don", "down", "during", "each", "either", "else", "etc", "even", "ever", "every",
        "few", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
        "just", "let", "ll", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "ok", "okay", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "quite", "rather", "re", "really", "s", "same", "shall", "she", "should", "so", "some",
        "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "ve", "very",
        "was", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "within", "without", "would", "yeah", "yes", "yet", "you", "your", "yours",
        "yourself", "yourselves", "d", "m", "o", "oh", "um", "uh", "hmm", "mm",
    ]

    /// Words a report uses to describe speech and the session rather than to say what was said.
    static let reportingWords: [String] = [
        "speaker", "speakers", "participant", "participants", "panelist", "panelists", "member", "members",
        "session", "meeting", "discussion", "discussed", "discussing", "debate", "debated", "conversation",
        "said", "says", "say", "stated", "states", "state", "argued", "argues", "argue", "argument",
        "noted", "notes", "note", "mentioned", "mentions", "mention", "emphasised", "emphasized", "emphasises",
        "emphasizes", "emphasis", "highlighted", "highlights", "highlight", "stressed", "stresses", "stress",
        "raised", "raises", "raise", "pointed", "points", "point", "explained", "explains", "explain",
        "described", "describes", "describe", "suggested", "suggests", "suggest", "expressed", "expresses",
        "express", "asked", "asks", "ask", "question", "questions", "questioned", "answered", "answer", "replied",
        "reply", "responded", "response", "added", "adds", "add", "called", "calls", "claimed", "claims", "claim",
        "believed", "believes", "believe", "view", "views", "viewpoint", "position", "positions", "perspective",
        "overall", "various", "several", "key", "importance", "important", "significant", "significance",
        "regarding", "concerning", "topic", "topics", "issue", "issues", "aspect", "aspects", "role",
        "acknowledged", "acknowledges", "agreed", "agree", "agrees", "agreement", "disagreed", "disagree",
        "disagreement", "consensus", "different", "differing", "highlighting", "emphasizing", "emphasising",
        "including", "include", "includes", "need", "needs", "needed",
    ]
}
