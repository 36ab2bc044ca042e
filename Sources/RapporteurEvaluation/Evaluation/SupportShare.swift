import RapporteurKit

/// How many of a section's generated items the evaluation's own support test passes.
public struct SectionSupport: Sendable, Hashable, Codable {
    /// The section (``ReportSection`` raw value).
    public var section: String
    /// Items checked (quotes left out: they are checked as verbatim).
    public var items: Int
    /// Items every sentence of which the test passes.
    public var supported: Int

    /// Creates a count.
    public init(section: String, items: Int = 0, supported: Int = 0) {
        self.section = section
        self.items = items
        self.supported = supported
    }
}

/// The evaluation's support test, written apart from the pipeline's ``SupportCheck`` so that it also catches
/// what that one lets through: ROUGE's tokens (lowercase `a`–`z`/`0`–`9` runs, Porter-stemmed) without a short
/// stop list and the speakers' name tokens; an item is supported when, for each of its sentences, at least half
/// of those tokens occur among the tokens of the sentences it cites.
enum SupportShare {
    static let threshold = 0.5

    static func check(_ report: Report) -> [SectionSupport] {
        var sentences: [Int: [String]] = [:]
        for sentence in report.transcript { sentences[sentence.id] = Rouge.tokenize(sentence.text, stem: true) }
        let names = Set(report.transcript.flatMap { Rouge.tokenize($0.speaker, stem: true) })
        var counts: [String: SectionSupport] = [:]
        for item in report.citedItems where item.kind != .quote {
            let cited = Set(item.citations.flatMap { sentences[$0] ?? [] })
            let passes = SentenceSplitter.split(item.text).allSatisfy { sentence in
                let tokens = Set(Rouge.tokenize(sentence, stem: true)).subtracting(stopTokens).subtracting(names)
                guard !tokens.isEmpty else { return false }
                return Double(tokens.intersection(cited).count) >= threshold * Double(tokens.count)
            }
            var count = counts[item.section.rawValue, default: SectionSupport(section: item.section.rawValue)]
            count.items += 1
            if passes { count.supported += 1 }
            counts[item.section.rawValue] = count
        }
        return ReportSection.allCases.compactMap { counts[$0.rawValue] }
    }

    /// Stop words and the words a report uses about speech, as ROUGE's tokenizer stems them.
    static let stopTokens: Set<String> = Set(
        """
        a an the and or but if of to in on at by for with from as into about than then that this these those there
        it its is are was were be been being have has had do doe did not no so such can could will would should
        may might must shall we you they he she i me my our your their them his her us who whom which what when
        where why how all any each both some more most other also just veri realli quit okay ok yeah ye oh um uh
        speaker particip member session meet discuss said state argu note mention emphas highlight stress rais
        point explain describ suggest express ask question answer ad call claim believ view issu topic import
        key overal variou sever regard concern need includ
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    )
}
