import RapporteurKit

/// Checks every generated item of a report against the report's own transcript, independently of the pipeline's
/// verifier: citations exist (and belong to the item's speaker), quotes are verbatim, numbers are supported.
///
/// - A quote is verbatim when, after straightening curly quotes, collapsing white space and ignoring case, it occurs
///   in its item's cited sentences (joined in ID order by a space). Quotation marks and punctuation at its ends are
///   ignored; an ellipsis (`...` or `…`) splits it into parts that must occur in order.
/// - A number is supported when a cited sentence has the same value in digits (thousands separators and `%` ignored)
///   or in words ("thirty-five" supports 35). A speaker's name is not a number (`mn047`), nor is a term the
///   session uses as a name (`COVID-19`, ``NumberMatcher/namedTerms(in:)``).
struct GroundingChecker {
    private let sentences: [Int: Sentence]
    /// The speakers and the session's named terms (`COVID-19`), whose digits are not numbers.
    private let names: Set<String>

    init(transcript: [Sentence]) {
        sentences = Dictionary(transcript.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        names = Set(transcript.map(\.speaker)).union(NumberMatcher.namedTerms(in: transcript.map(\.text)))
    }

    func check(_ items: [GroundedItem]) -> GroundingCheck {
        var result = GroundingCheck()
        for item in items {
            result.items += 1
            checkCitations(item, into: &result)
            let cited = Set(item.citations).sorted().compactMap { sentences[$0]?.text }.joined(separator: " ")
            checkQuotes(item, source: cited, into: &result)
            checkNumbers(item, source: cited, into: &result)
        }
        return result
    }

    private func checkCitations(_ item: GroundedItem, into result: inout GroundingCheck) {
        guard !item.citations.isEmpty else { return }
        result.itemsWithCitations += 1
        var problems: [String] = []
        for id in item.citations {
            guard let sentence = sentences[id] else {
                problems.append("citation \(id) is not in the transcript")
                continue
            }
            if let speaker = item.speaker, !Evaluation.sameSpeaker(sentence.speaker, speaker) {
                problems.append("citation \(id) is \(sentence.speaker)'s, not \(speaker)'s")
            }
        }
        if problems.isEmpty {
            result.itemsWithValidCitations += 1
        } else {
            result.failures += problems.map { "\(item.location): \($0)" }
        }
    }

    private func checkQuotes(_ item: GroundedItem, source: String, into result: inout GroundingCheck) {
        for quote in item.quotes + Self.inlineQuotes(in: item.text) {
            result.quotes += 1
            if Self.isVerbatim(quote, in: source) {
                result.quotesVerbatim += 1
            } else {
                result.failures.append("\(item.location): quote \"\(quote)\" is not in the cited sentences")
            }
        }
    }

    private func checkNumbers(_ item: GroundedItem, source: String, into result: inout GroundingCheck) {
        let source = NumberMatcher.withoutNames(source, names)
        let sourceTokens = NumberTokens.digitTokens(in: source)
        let sourceValues = sourceTokens.compactMap(\.value) + NumberTokens.wordValues(in: source)
        for token in NumberTokens.digitTokens(in: NumberMatcher.withoutNames(item.text, names)) {
            result.numbers += 1
            let supported =
                if let value = token.value {
                    sourceValues.contains { abs($0 - value) <= 1e-9 * max(1, abs(value)) }
                } else {
                    sourceTokens.contains { $0.text == token.text }
                }
            if supported {
                result.numbersSupported += 1
            } else {
                result.failures.append("\(item.location): number \(token.text) is not in the cited sentences")
            }
        }
    }
}
