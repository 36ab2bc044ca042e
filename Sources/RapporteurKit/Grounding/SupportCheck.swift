/// The deterministic test of whether transcript sentences support a generated sentence, and the search for the
/// sentences that support it best.
///
/// A generated sentence is **supported** by a set of at most ``maxSentences`` transcript sentences when:
///
/// 1. at least ``threshold`` of its content words (``ContentWords``: stemmed, without stop words, reporting words
///    and speakers' names) occur in them;
/// 2. every number in it occurs in them (``NumberMatcher``, spellings included);
/// 3. every proper name in it (a capitalised word that does not open the sentence and is not a speaker's name)
///    occurs in them;
/// 4. every word in it that says something happened or was agreed ("approved", "resigned", "voted",
///    "agreed", "consensus": ``eventWords``) occurs in them, unless `recordedElsewhere` (the agreements, whose
///    record is the speakers' own arguments): a statement in the report's own voice needs a sentence that
///    records it;
/// 5. none of them addresses the report or a model (``DirectiveDetector``): such a sentence is what its speaker
///    said, never evidence of anything else.
///
/// The best-supporting set is found greedily: the sentence that covers most content words first, then the one
/// that adds most, until nothing is added or ``maxSentences`` are chosen; ties go to a sentence the item already
/// cited, then to the lower ID. So a citation is computed from the text, not taken from the model.
public struct SupportCheck: Sendable {
    /// The share of content words the cited sentences must contain.
    public static let threshold = 0.5
    /// The most sentences one generated sentence cites.
    public static let maxSentences = 3

    /// The outcome for one generated sentence.
    public struct Cover: Sendable, Hashable {
        /// The supporting sentences, in ID order.
        public var citations: [Int]
        /// The share of content words they contain (1 for a sentence without content words that cites nothing).
        public var score: Double
        /// What fails, empty when supported: missing numbers and names, or a score under the threshold.
        public var problems: [String]

        /// Whether the sentence is supported.
        public var isSupported: Bool { problems.isEmpty && !citations.isEmpty }
    }

    private let sentences: [Int: Sentence]
    private let stems: [Int: Set<String>]
    /// Every word of each sentence, stemmed, stop words included: where names and event words are looked up.
    private let allStems: [Int: Set<String>]
    private let directives: Set<Int>
    private let words: ContentWords
    private let names: Set<String>

    /// Creates the check for one transcript.
    ///
    /// - Parameter transcript: The transcript's sentences.
    public init(sentences transcript: [Sentence]) {
        let speakers = Set(transcript.map(\.speaker))
        let words = ContentWords(ignoringNamesOf: speakers)
        var sentences: [Int: Sentence] = [:]
        var stems: [Int: Set<String>] = [:]
        var allStems: [Int: Set<String>] = [:]
        var directives = Set<Int>()
        for sentence in transcript {
            sentences[sentence.id] = sentence
            stems[sentence.id] = words.stems(sentence.text)
            allStems[sentence.id] = Set(ContentWords.words(sentence.text).map(PorterStemmer.stem))
            if DirectiveDetector.isDirective(sentence.text) { directives.insert(sentence.id) }
        }
        self.sentences = sentences
        self.stems = stems
        self.allStems = allStems
        self.directives = directives
        self.words = words
        names = speakers.union(NumberMatcher.namedTerms(in: transcript.map(\.text)))
    }

    /// The IDs of sentences that address the report or a model.
    public var directiveSentences: Set<Int> { directives }

    /// The sentence with an ID.
    func sentence(_ id: Int) -> Sentence? { sentences[id] }

    /// The content stems of a generated text.
    func contentStems(_ text: String) -> Set<String> { words.stems(text) }

    /// The content stems of a transcript sentence, computed once.
    func contentStems(of id: Int) -> Set<String> { stems[id, default: []] }

    /// Scores a generated sentence against given citations, without searching.
    ///
    /// - Parameters:
    ///   - text: One generated sentence.
    ///   - citations: The sentences to test.
    /// - Returns: The outcome, with `citations` as given (unknown IDs removed).
    public func score(_ text: String, citations: [Int]) -> Cover {
        let known = Set(citations).filter { sentences[$0] != nil }.sorted()
        return judge(text, wanted: words.stems(text), citations: known, eventsRecordedElsewhere: false)
    }

    /// Finds the sentences among `pool` that support a generated sentence best.
    ///
    /// - Parameters:
    ///   - text: One generated sentence.
    ///   - pool: The sentences it may cite (directives and unknown IDs are skipped).
    ///   - preferred: Sentences to choose first on a tie (those the item already cited).
    ///   - eventsRecordedElsewhere: Whether words of agreement and events need no sentence that holds them
    ///     (rule 4): true for agreements, which rest on the speakers' arguments.
    /// - Returns: The best cover; its `problems` say why it is not enough, if it is not.
    public func bestCover(for text: String, pool: [Int], preferred: Set<Int> = [], eventsRecordedElsewhere: Bool = false) -> Cover {
        let wanted = words.stems(text)
        var remaining = wanted
        var chosen: [Int] = []
        let candidates = Set(pool).filter { sentences[$0] != nil && !directives.contains($0) }.sorted()
        while chosen.count < Self.maxSentences, !remaining.isEmpty {
            var best: (id: Int, gain: Int)?
            for id in candidates where !chosen.contains(id) {
                let gain = stems[id, default: []].intersection(remaining).count
                guard gain > 0 else { continue }
                if let current = best {
                    let better = gain > current.gain || (gain == current.gain && preferred.contains(id) && !preferred.contains(current.id))
                    if better { best = (id, gain) }
                } else {
                    best = (id, gain)
                }
            }
            guard let found = best else { break }
            chosen.append(found.id)
            remaining.subtract(stems[found.id, default: []])
        }
        return judge(text, wanted: wanted, citations: chosen.sorted(), eventsRecordedElsewhere: eventsRecordedElsewhere)
    }

    private func judge(_ text: String, wanted: Set<String>, citations: [Int], eventsRecordedElsewhere: Bool) -> Cover {
        var covered = Set<String>()
        for id in citations { covered.formUnion(stems[id, default: []]) }
        let score = wanted.isEmpty ? (citations.isEmpty ? 0 : 1) : Double(wanted.intersection(covered).count) / Double(wanted.count)
        var problems: [String] = []
        if citations.isEmpty { problems.append("no transcript sentence supports it") }
        if let directive = citations.first(where: directives.contains) {
            problems.append("sentence \(directive) addresses the report, it is no evidence")
        }
        if !citations.isEmpty, score < Self.threshold {
            problems.append("only \(Int((score * 100).rounded())) % of its content words are in the cited sentences")
        }
        let source = citations.compactMap { sentences[$0]?.text }.joined(separator: " ")
        let supportedNumbers = NumberMatcher.supportedNumbers(in: NumberMatcher.withoutNames(source, names))
        for number in NumberMatcher.numbers(in: NumberMatcher.withoutNames(text, names)) where !supportedNumbers.contains(number) {
            problems.append("the number \(number) is not in the cited sentences")
        }
        var sourceStems = Set<String>()
        for id in citations { sourceStems.formUnion(allStems[id, default: []]) }
        for name in properNames(in: text) where !sourceStems.contains(name) {
            problems.append("the name \"\(name)\" is not in the cited sentences")
        }
        if !eventsRecordedElsewhere {
            let events = Set(ContentWords.words(text).map(PorterStemmer.stem)).intersection(Self.eventStems)
            for event in events.sorted() where !sourceStems.contains(event) {
                problems.append("no cited sentence records \"\(event)…\"")
            }
        }
        return Cover(citations: citations, score: score, problems: problems)
    }

    /// Words by which a report says that something happened or was agreed.
    public static let eventWords: [String] = [
        "approved", "approve", "approves", "approval", "adopted", "adopt", "adopts", "adoption", "decided", "decide",
        "decides", "decision", "decisions", "resolved", "resolution", "voted", "vote", "votes", "resigned", "resign",
        "resignation", "passed", "rejected", "reject", "endorsed", "endorse", "unanimously", "unanimous", "signed",
        "agreed", "agree", "agreement", "consensus", "concluded", "announced", "disagreed", "disagree", "disagrees",
        "disagreeing", "disagreement", "disputed", "opposed", "objected",
    ]
    private static let eventStems = Set(eventWords.map(PorterStemmer.stem))

    /// The stems of capitalised words that do not open a sentence and are no stop word, reporting word or
    /// speaker's name.
    private func properNames(in text: String) -> [String] {
        var result: [String] = []
        var opensSentence = true
        for token in text.split(whereSeparator: \.isWhitespace) {
            let word = token.drop { !($0.isLetter || $0.isNumber) }
            defer { opensSentence = token.last.map { ".!?:;".contains($0) } ?? false }
            guard let first = word.first, first.isUppercase, !opensSentence else { continue }
            for part in ContentWords.words(String(word)) where part.count >= 2 && !ContentWords.stopWords.contains(part) {
                let stem = PorterStemmer.stem(part)
                if !words.stems(part).isEmpty, !result.contains(stem) { result.append(stem) }
            }
        }
        return result
    }
}
