/// Checks generated items against the transcript by the grounding rules: cited sentences exist, an item
/// attributed to a speaker cites only that speaker, a quote is verbatim, every number is in the cited sentences.
///
/// Pure and deterministic: it never calls a model. The pipeline uses it to repair or drop items; a `verify`
/// command can check a whole ``Report`` made from the same transcript.
public struct GroundingVerifier: Sendable {
    private let sentences: [Int: Sentence]
    private let speakers: Set<String>
    /// The speakers and the session's named terms, whose digits are not numbers (``NumberMatcher/namedTerms(in:)``).
    private let names: Set<String>

    /// Creates a verifier for one transcript.
    ///
    /// - Parameter transcript: The transcript the items must be grounded in.
    public init(transcript: Transcript) {
        var byID: [Int: Sentence] = [:]
        for sentence in transcript.sentences { byID[sentence.id] = sentence }
        sentences = byID
        speakers = Set(transcript.speakers.map(\.name)).union(byID.values.map(\.speaker))
        names = speakers.union(NumberMatcher.namedTerms(in: transcript.sentences.map(\.text)))
    }

    /// The sentence with an ID, when it exists.
    ///
    /// - Parameter id: A sentence ID.
    /// - Returns: The sentence, or `nil`.
    public func sentence(_ id: Int) -> Sentence? { sentences[id] }

    /// Checks that an item cites at least one sentence and that every cited sentence exists.
    ///
    /// - Parameters:
    ///   - citations: The cited sentence IDs.
    ///   - item: The item's name for messages.
    /// - Returns: The failures; empty when the citations are usable.
    public func checkCitations(_ citations: [Int], item: String) -> [GroundingFailure] {
        guard !citations.isEmpty else { return [GroundingFailure(kind: .noCitations, item: item, citations: citations)] }
        return citations.filter { sentences[$0] == nil }.map {
            GroundingFailure(kind: .unknownSentence($0), item: item, citations: citations)
        }
    }

    /// Checks that every cited sentence was said by `speaker`.
    ///
    /// - Parameters:
    ///   - citations: The cited sentence IDs (unknown IDs are left to ``checkCitations(_:item:)``).
    ///   - speaker: The speaker the item is attributed to.
    ///   - item: The item's name for messages.
    /// - Returns: One failure per sentence of another speaker.
    public func checkAttribution(_ citations: [Int], speaker: String, item: String) -> [GroundingFailure] {
        citations.compactMap { id in
            guard let sentence = sentences[id], sentence.speaker != speaker else { return nil }
            return GroundingFailure(
                kind: .wrongSpeaker(sentence: id, expected: speaker, actual: sentence.speaker),
                item: item,
                citations: citations
            )
        }
    }

    /// Checks that a quote occurs verbatim in the cited sentences, after normalising white space and quote marks.
    ///
    /// - Parameters:
    ///   - quote: The quote.
    ///   - citations: The sentences it claims to come from (read in ID order, joined by a space).
    ///   - item: The item's name for messages.
    /// - Returns: A failure when the quote is empty or not found.
    public func checkQuote(_ quote: String, citations: [Int], item: String) -> [GroundingFailure] {
        let wanted = QuoteNormalizer.normaliseQuote(quote)
        let source = QuoteNormalizer.normalise(citedText(citations))
        guard wanted.isEmpty || !source.contains(wanted) else { return [] }
        return [GroundingFailure(kind: .quoteNotVerbatim(quote), item: item, citations: citations)]
    }

    /// Checks that every number written with digits in `text` occurs in the cited sentences.
    ///
    /// - Parameters:
    ///   - text: Generated text.
    ///   - citations: The sentences it rests on.
    ///   - item: The item's name for messages.
    /// - Returns: One failure per number not found.
    public func checkNumbers(in text: String, citations: [Int], item: String) -> [GroundingFailure] {
        let numbers = NumberMatcher.numbers(in: NumberMatcher.withoutNames(text, names))
        guard !numbers.isEmpty else { return [] }
        let supported = NumberMatcher.supportedNumbers(in: NumberMatcher.withoutNames(citedText(citations), names))
        return numbers.filter { !supported.contains($0) }.map {
            GroundingFailure(kind: .numberNotCited($0), item: item, citations: citations)
        }
    }

    /// Checks that a speaker name belongs to the transcript.
    ///
    /// - Parameters:
    ///   - name: The speaker's name.
    ///   - item: The item's name for messages.
    ///   - citations: The item's citations, carried into the failure.
    /// - Returns: A failure when nobody of that name speaks.
    public func checkSpeaker(_ name: String, item: String, citations: [Int] = []) -> [GroundingFailure] {
        speakers.contains(name) ? [] : [GroundingFailure(kind: .unknownSpeaker(name), item: item, citations: citations)]
    }

    /// Checks a role found in the transcript: a cited sentence is the speaker's own or names them, and at least
    /// half of the role's content words (four or more letters) occur in the cited sentences.
    ///
    /// - Parameters:
    ///   - role: The role, e.g. "Minister of Health".
    ///   - speaker: The speaker it is given to.
    ///   - citations: The sentences that state it.
    /// - Returns: The failures; empty when the role is supported.
    public func checkRole(_ role: String, speaker: String, citations: [Int]) -> [GroundingFailure] {
        let item = "role of \(speaker)"
        var failures = checkCitations(citations, item: item) + checkNumbers(in: role, citations: citations, item: item)
        guard failures.isEmpty else { return failures }
        let cited = citations.compactMap { sentences[$0] }
        let nameWords = Self.contentWords(speaker, minimum: 3)
        let mentionsSpeaker = cited.contains { sentence in
            sentence.speaker == speaker || !nameWords.isDisjoint(with: Self.contentWords(sentence.text, minimum: 3))
        }
        let roleWords = Self.contentWords(role, minimum: 4)
        let stated = roleWords.intersection(Self.contentWords(citedText(citations), minimum: 4))
        if !mentionsSpeaker || roleWords.isEmpty || stated.count * 2 < roleWords.count {
            failures.append(GroundingFailure(kind: .roleNotInSentences(role), item: item, citations: citations))
        }
        return failures
    }

    /// The cited sentences' texts in ID order, joined by a space; unknown IDs are skipped.
    ///
    /// - Parameter citations: Sentence IDs.
    /// - Returns: The joined text.
    public func citedText(_ citations: [Int]) -> String {
        Set(citations).sorted().compactMap { sentences[$0]?.text }.joined(separator: " ")
    }

    private static func contentWords(_ text: String, minimum: Int) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= minimum })
    }
}
