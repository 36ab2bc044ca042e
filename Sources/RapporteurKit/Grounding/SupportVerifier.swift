import Foundation

/// Checks that every generated sentence of a report is supported by what it cites, and computes its citations
/// instead of trusting the model's.
///
/// For each item of ``Report/citedItems`` and each of its sentences, the verifier searches the sentences the item
/// rests on — those it cited and their neighbours within ``window`` IDs; for an item attributed to a speaker, only
/// that speaker's — for the ones that support it best (``SupportCheck``), and cites those. A sentence nothing
/// supports is left out of an editable text, and otherwise drops its item. An attributed item that the named
/// speaker's sentences do not support but another speaker's do is a **misattribution**: dropped and counted.
/// Decision and action items must cite a sentence that records a decision or commitment
/// (``CommitmentDetector``), and their owner must be that sentence's speaker or be named in it. A quote must be
/// verbatim in a sentence of its speaker. Statements in the report's own voice that an event happened
/// ("approved", "resigned", "voted") need a cited sentence with that word.
///
/// Pure and deterministic; the pipeline runs it on the assembled report, `verify` and tests on any report.
public struct SupportVerifier: Sendable {
    /// How far from a cited sentence, in sentence IDs, the verifier looks for better citations.
    public static let window = 25

    /// What the verifier did in one section.
    public struct Count: Sendable, Hashable {
        /// Items checked.
        public var checked = 0
        /// Items kept whose supporting sentences were among those they cited (extra citations are left off).
        public var supported = 0
        /// Items kept that now cite a sentence they did not: their citations did not support them.
        public var recited = 0
        /// Items dropped: nothing supports them.
        public var dropped = 0
        /// Of the dropped, those another speaker's sentences support: misattributions.
        public var misattributed = 0

        /// Creates zero counts.
        public init() {}
    }

    /// The verified report and what the verifier did.
    public struct Outcome: Sendable {
        /// The report, re-cited, with each kept item's support score and the unsupported left out.
        public var report: Report
        /// Counts per section, for the sections that had items.
        public var counts: [ReportSection: Count]
        /// One line per item dropped or shortened, naming it and why.
        public var problems: [String]
    }

    let check: SupportCheck
    private let ids: [Int]
    private let bySpeaker: [String: [Int]]
    /// Per speaker, the words by which a generated sentence names them.
    private let nameWords: [String: Set<String>]
    /// The transcript's questions and the sentences that answered them.
    let questions: AnsweredQuestions

    /// Creates a verifier for one transcript.
    ///
    /// - Parameter transcript: The sentences the report was written from.
    public init(sentences transcript: [Sentence]) {
        let check = SupportCheck(sentences: transcript)
        var bySpeaker: [String: [Int]] = [:]
        for sentence in transcript { bySpeaker[sentence.speaker, default: []].append(sentence.id) }
        self.check = check
        ids = transcript.map(\.id).sorted()
        self.bySpeaker = bySpeaker
        nameWords = Self.nameWords(of: Array(bySpeaker.keys))
        questions = AnsweredQuestions(transcript) { check.contentStems(of: $0.id) }
    }

    /// Words too common in speaker labels to name one speaker.
    private static let titleWords: Set<String> = [
        "hon", "honourable", "minister", "member", "speaker", "unidentified", "president", "secretary", "general",
        "madam", "mister", "deputy", "delegate", "representative", "chair", "chairman", "chairperson", "vice",
    ]

    /// Per speaker, the words of four or more letters of their name (diacritics folded) that no other speaker's
    /// name has.
    private static func nameWords(of speakers: [String]) -> [String: Set<String>] {
        var words: [String: Set<String>] = [:]
        var owners: [String: Int] = [:]
        for speaker in speakers {
            let own = Set(ContentWords.words(speaker.folding(options: .diacriticInsensitive, locale: nil))).filter {
                $0.count >= 4 && !titleWords.contains($0)
            }
            words[speaker] = own
            for word in own { owners[word, default: 0] += 1 }
        }
        return words.mapValues { $0.filter { owners[$0] == 1 } }
    }

    /// Verifies every generated item of a report.
    ///
    /// - Parameter report: A report written from this verifier's transcript.
    /// - Returns: The verified report and the counts.
    public func verify(_ report: Report) -> Outcome {
        let differences = Set(report.differences.viewpoints.flatMap { $0.stances.flatMap(\.citations) })
        var counts: [ReportSection: Count] = [:]
        var problems: [String] = []
        var earlier: [String: [Set<String>]] = [:]
        let verified = report.rewritingCitedItems { item in
            let key = item.section.rawValue + "\u{0}" + (item.speaker ?? "")
            let result: Result
            switch item.kind {
            case .quote: result = verifyQuote(item)
            case .statement, .action: result = verifyStatement(item, earlier: &earlier[key, default: []], differences: differences)
            }
            var count = counts[item.section, default: Count()]
            count.checked += 1
            switch result.verdict {
            case .supported: count.supported += 1
            case .recited: count.recited += 1
            case .dropped: count.dropped += 1
            case .misattributed:
                count.dropped += 1
                count.misattributed += 1
            }
            counts[item.section] = count
            problems += result.problems.map { "\(item.location): \($0)" }
            return result.item
        }
        return Outcome(report: verified, counts: counts, problems: problems)
    }

    enum Verdict { case supported, recited, dropped, misattributed }

    struct Result {
        var item: CitedItem?
        var verdict: Verdict
        var problems: [String] = []
    }

    private func verifyQuote(_ item: CitedItem) -> Result {
        let wanted = QuoteNormalizer.normaliseQuote(item.text)
        let own = item.speaker.map { bySpeaker[$0, default: []] } ?? ids
        let cited = item.citations.filter { own.contains($0) }
        if !cited.isEmpty, QuoteNormalizer.normalise(joined(cited)).contains(wanted) {
            return Result(item: supported(item, citations: cited, score: 1), verdict: .supported)
        }
        if let id = own.first(where: { QuoteNormalizer.normalise(check.sentence($0)?.text ?? "").contains(wanted) }) {
            return Result(item: supported(item, citations: [id], score: 1), verdict: .recited)
        }
        return Result(item: nil, verdict: .dropped, problems: ["quote is not verbatim in any sentence of its speaker"])
    }

    private func verifyStatement(_ item: CitedItem, earlier: inout [Set<String>], differences: Set<Int>) -> Result {
        let parts = SentenceSplitter.split(item.text).filter { !$0.allSatisfy { $0.isPunctuation || $0.isWhitespace } }
        var kept: [String] = []
        var keptStems: [Set<String>] = []
        var citations = Set<Int>()
        var lowest = 1.0
        var problems: [String] = []
        var misattributed = false
        for part in parts {
            switch judge(part, item: item) {
            case .supported(let cover):
                let stems = check.contentStems(part)
                if (earlier + keptStems).contains(where: { Self.containment(stems, in: $0) >= Self.repeatShare }) {
                    problems.append("\"\(Self.excerpt(part))\" repeats what the section already says")
                } else {
                    kept.append(part)
                    keptStems.append(stems)
                    citations.formUnion(cover.citations)
                    lowest = min(lowest, cover.score)
                    continue
                }
            case .misattributed(let speaker):
                misattributed = true
                problems.append("\"\(Self.excerpt(part))\" is another speaker's words, not \(speaker)'s")
            case .unsupported(let cover):
                problems.append("\"\(Self.excerpt(part))\" is not supported: " + cover.problems.joined(separator: "; "))
            }
            if !item.isEditable { break }
        }
        let complete = kept.count == parts.count
        guard !kept.isEmpty, complete || item.isEditable else {
            return Result(item: nil, verdict: misattributed ? .misattributed : .dropped, problems: problems)
        }
        var result = item
        result.text = complete ? item.text : kept.joined(separator: " ")
        result.citations = citations.sorted()
        result.support = (lowest * 1000).rounded() / 1000
        if item.kind == .action {
            guard let owned = actionItem(result) else {
                return Result(item: nil, verdict: .dropped, problems: ["no cited sentence records a decision or commitment"])
            }
            result = owned
        }
        if !item.parties.isEmpty, item.kind == .statement {
            result = withParties(result)
        }
        if item.section == .unresolvedIssues || item.section == .followUpQuestions, let answered = answeredQuestion(result) {
            return Result(item: nil, verdict: .dropped, problems: [answered])
        }
        if item.section == .unresolvedIssues, !restsOnOpenQuestionOrDifference(result, differences: differences) {
            return Result(item: nil, verdict: .dropped, problems: ["it rests on no unanswered question and no difference"])
        }
        earlier += keptStems
        let verdict: Verdict = Set(result.citations).isSubset(of: item.citations) ? .supported : .recited
        return Result(item: result, verdict: verdict, problems: complete ? [] : problems)
    }

    /// The share of a sentence's content words that an earlier sentence of the section holds, from which it is
    /// a repeat.
    static let repeatShare = 0.8
    /// How much better another speaker's sentences must support an attributed sentence than the speaker's own
    /// for it to be a misattribution.
    static let misattributionMargin = 0.15

    enum Judgement {
        case supported(SupportCheck.Cover)
        case unsupported(SupportCheck.Cover)
        case misattributed(speaker: String)
    }

    /// Judges one sentence of an item. A sentence is attributed to the item's speaker, else to the speakers it
    /// names ("Kirsty Williams AM stated that …"); an attributed sentence is supported only by those speakers'
    /// sentences, and is a misattribution when another speaker's support it and theirs do not, or support it
    /// clearly better (by ``misattributionMargin``).
    private func judge(_ part: String, item: CitedItem) -> Judgement {
        let named = namedSpeakers(in: part)
        let attributed = item.speaker.map { named.union([$0]) } ?? named
        let relaxed = item.section.restsOnArguments
        let pool = attributed.isEmpty ? pool(around: item.citations, speaker: nil) : pool(around: item.citations, speakers: attributed)
        let cover = check.bestCover(for: part, pool: pool, preferred: Set(item.citations), eventsRecordedElsewhere: relaxed)
        guard !attributed.isEmpty else { return cover.isSupported ? .supported(cover) : .unsupported(cover) }
        // Another speaker cannot support it better by the margin when the speaker's own support is near complete.
        if cover.isSupported, cover.score + Self.misattributionMargin > 1 { return .supported(cover) }
        let others = self.pool(around: item.citations, speaker: nil).filter { check.sentence($0).map { !attributed.contains($0.speaker) } ?? false }
        let other = check.bestCover(for: part, pool: others, eventsRecordedElsewhere: true)
        let speaker = item.speaker ?? attributed.sorted().joined(separator: " and ")
        if cover.isSupported {
            return other.isSupported && other.score >= cover.score + Self.misattributionMargin ? .misattributed(speaker: speaker) : .supported(cover)
        }
        return other.isSupported ? .misattributed(speaker: speaker) : .unsupported(cover)
    }

    /// The speakers a generated sentence names: a capitalised word of it is a word of four or more letters of
    /// their name that no other speaker's name shares (diacritics ignored: "Siân" names "Sian Gwenllian AM"; "the
    /// user interface" does not name the speaker "User Interface").
    private func namedSpeakers(in text: String) -> Set<String> {
        let capitalised = text.folding(options: .diacriticInsensitive, locale: nil)
            .split { !($0.isLetter || $0.isNumber) }
            .filter { $0.first?.isUppercase == true }
            .map { $0.lowercased() }
        let words = Set(capitalised)
        return Set(nameWords.filter { !$0.value.isDisjoint(with: words) }.map(\.key))
    }

    /// The sentences of some speakers near the cited ones (all theirs when nothing is cited).
    private func pool(around citations: [Int], speakers: Set<String>) -> [Int] {
        speakers.flatMap { pool(around: citations, speaker: $0) }.sorted()
    }

    static func containment(_ part: Set<String>, in whole: Set<String>) -> Double {
        part.isEmpty ? 0 : Double(part.intersection(whole).count) / Double(part.count)
    }

    /// The sentences near the cited ones (all the speaker's, or the whole transcript, when nothing is cited).
    func pool(around citations: [Int], speaker: String?) -> [Int] {
        let known = citations.filter { check.sentence($0) != nil }
        guard !known.isEmpty else { return speaker.map { bySpeaker[$0, default: []] } ?? ids }
        var near = Set<Int>()
        for cited in known {
            let low = lowerBound(of: cited - Self.window)
            for id in ids[low...].prefix(while: { $0 <= cited + Self.window }) { near.insert(id) }
        }
        return near.filter { speaker == nil || check.sentence($0)?.speaker == speaker }.sorted()
    }

    /// The index in `ids` of the first ID at or above `value`.
    private func lowerBound(of value: Int) -> Int {
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func supported(_ item: CitedItem, citations: [Int], score: Double) -> CitedItem {
        var result = item
        result.citations = citations.sorted()
        result.support = score
        return result
    }

    private func joined(_ citations: [Int]) -> String {
        Set(citations).sorted().compactMap { check.sentence($0)?.text }.joined(separator: " ")
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "…"
    }
}
