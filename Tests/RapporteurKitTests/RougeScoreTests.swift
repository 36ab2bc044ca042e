import Foundation
import Testing

@testable import RapporteurKit

/// One pair scored by the reference implementation.
///
/// Every expected value below was computed with Google's `rouge_score` 0.1.2 (PyPI, with nltk 3.10.4) as
/// `rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer: stem).score(reference, candidate)`
/// (its `score(target, prediction)`), printed to six decimals; compared with a tolerance of 1e-4.
/// `paper_s2`/`paper_s3` are the ROUGE-L example of Lin (2004), section 3.1: reference "police killed the gunman",
/// S2 "police kill the gunman" (ROUGE-L 3/4), S3 "the gunman kill police" (ROUGE-L 2/4), as the paper states without stemming.
struct RougeCase: Sendable, CustomTestStringConvertible {
    typealias Triple = (precision: Double, recall: Double, f1: Double)

    let name: String
    let stem: Bool
    let reference: String
    let candidate: String
    let expected: [(n: Int?, score: RougeScore)]

    init(_ name: String, stem: Bool, reference: String, candidate: String, rouge1: Triple, rouge2: Triple, rougeL: Triple) {
        self.name = name
        self.stem = stem
        self.reference = reference
        self.candidate = candidate
        self.expected = [(1, rouge1), (2, rouge2), (nil, rougeL)].map { ($0.0, RougeScore(precision: $0.1.0, recall: $0.1.1, f1: $0.1.2)) }
    }

    var testDescription: String { "\(name) stem=\(stem)" }
}

@Suite struct RougeScoreTests {
    static let cases: [RougeCase] = [
        RougeCase(
            "paper_s2",
            stem: false,
            reference: "police killed the gunman",
            candidate: "police kill the gunman",
            rouge1: (0.750000, 0.750000, 0.750000),
            rouge2: (0.333333, 0.333333, 0.333333),
            rougeL: (0.750000, 0.750000, 0.750000)
        ),
        RougeCase(
            "paper_s2",
            stem: true,
            reference: "police killed the gunman",
            candidate: "police kill the gunman",
            rouge1: (1.000000, 1.000000, 1.000000),
            rouge2: (1.000000, 1.000000, 1.000000),
            rougeL: (1.000000, 1.000000, 1.000000)
        ),
        RougeCase(
            "paper_s3",
            stem: false,
            reference: "police killed the gunman",
            candidate: "the gunman kill police",
            rouge1: (0.750000, 0.750000, 0.750000),
            rouge2: (0.333333, 0.333333, 0.333333),
            rougeL: (0.500000, 0.500000, 0.500000)
        ),
        RougeCase(
            "paper_s3",
            stem: true,
            reference: "police killed the gunman",
            candidate: "the gunman kill police",
            rouge1: (1.000000, 1.000000, 1.000000),
            rouge2: (0.333333, 0.333333, 0.333333),
            rougeL: (0.500000, 0.500000, 0.500000)
        ),
        RougeCase(
            "stemming",
            stem: false,
            reference: "The cats were running quickly to the generalization.",
            candidate: "A cat runs quick; generalizations happened.",
            rouge1: (0.000000, 0.000000, 0.000000),
            rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000)
        ),
        RougeCase(
            "stemming",
            stem: true,
            reference: "The cats were running quickly to the generalization.",
            candidate: "A cat runs quick; generalizations happened.",
            rouge1: (0.500000, 0.375000, 0.428571),
            rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.500000, 0.375000, 0.428571)
        ),
        RougeCase(
            "punct_numbers",
            stem: false,
            reference: "In 2020, revenue rose 40% to $1,429,100 (up from 1.5m).",
            candidate: "Revenue rose by 40 percent in 2020 to 1,429,100 dollars.",
            rouge1: (0.750000, 0.692308, 0.720000),
            rouge2: (0.454545, 0.416667, 0.434783),
            rougeL: (0.583333, 0.538462, 0.560000)
        ),
        RougeCase(
            "punct_numbers",
            stem: true,
            reference: "In 2020, revenue rose 40% to $1,429,100 (up from 1.5m).",
            candidate: "Revenue rose by 40 percent in 2020 to 1,429,100 dollars.",
            rouge1: (0.750000, 0.692308, 0.720000),
            rouge2: (0.454545, 0.416667, 0.434783),
            rougeL: (0.583333, 0.538462, 0.560000)
        ),
        RougeCase(
            "repeated",
            stem: false,
            reference: "the cat the cat on the mat",
            candidate: "the the the the cat",
            rouge1: (0.800000, 0.571429, 0.666667),
            rouge2: (0.250000, 0.166667, 0.200000),
            rougeL: (0.600000, 0.428571, 0.500000)
        ),
        RougeCase(
            "repeated",
            stem: true,
            reference: "the cat the cat on the mat",
            candidate: "the the the the cat",
            rouge1: (0.800000, 0.571429, 0.666667),
            rouge2: (0.250000, 0.166667, 0.200000),
            rougeL: (0.600000, 0.428571, 0.500000)
        ),
        RougeCase(
            "empty_candidate",
            stem: false,
            reference: "The committee agreed to meet again.",
            candidate: "",
            rouge1: (0.000000, 0.000000, 0.000000),
            rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000)
        ),
        RougeCase(
            "empty_candidate",
            stem: true,
            reference: "The committee agreed to meet again.",
            candidate: "",
            rouge1: (0.000000, 0.000000, 0.000000),
            rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000)
        ),
        RougeCase(
            "unicode",
            stem: false,
            reference: "Café naïve résumé: Zürich's co-operation!",
            candidate: "cafe naive resume zurich s co operation",
            rouge1: (0.428571, 0.300000, 0.352941),
            rouge2: (0.333333, 0.222222, 0.266667),
            rougeL: (0.428571, 0.300000, 0.352941)
        ),
        RougeCase(
            "unicode",
            stem: true,
            reference: "Café naïve résumé: Zürich's co-operation!",
            candidate: "cafe naive resume zurich s co operation",
            rouge1: (0.428571, 0.300000, 0.352941),
            rouge2: (0.333333, 0.222222, 0.266667),
            rougeL: (0.428571, 0.300000, 0.352941)
        ),
        RougeCase(
            "meeting",
            stem: false,
            reference: "The Minister of Finance said the government would support Canadians and keep the debt-to-GDP ratio stable.",
            candidate:
                "Morneau explained that the government was committed to supporting Canadians. It came into the pandemic with a strong fiscal position.",
            rouge1: (0.250000, 0.277778, 0.263158),
            rouge2: (0.052632, 0.058824, 0.055556),
            rougeL: (0.200000, 0.222222, 0.210526)
        ),
        RougeCase(
            "meeting",
            stem: true,
            reference: "The Minister of Finance said the government would support Canadians and keep the debt-to-GDP ratio stable.",
            candidate:
                "Morneau explained that the government was committed to supporting Canadians. It came into the pandemic with a strong fiscal position.",
            rouge1: (0.300000, 0.333333, 0.315789),
            rouge2: (0.105263, 0.117647, 0.111111),
            rougeL: (0.250000, 0.277778, 0.263158)
        ),
        RougeCase(
            "identical",
            stem: false,
            reference: "Remote controls should be easy to use.",
            candidate: "Remote controls should be easy to use.",
            rouge1: (1.000000, 1.000000, 1.000000),
            rouge2: (1.000000, 1.000000, 1.000000),
            rougeL: (1.000000, 1.000000, 1.000000)
        ),
        RougeCase(
            "identical",
            stem: true,
            reference: "Remote controls should be easy to use.",
            candidate: "Remote controls should be easy to use.",
            rouge1: (1.000000, 1.000000, 1.000000),
            rouge2: (1.000000, 1.000000, 1.000000),
            rougeL: (1.000000, 1.000000, 1.000000)
        ),
        RougeCase(
            "disjoint",
            stem: false,
            reference: "apples and oranges",
            candidate: "bananas or grapes",
            rouge1: (0.000000, 0.000000, 0.000000),
            rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000)
        ),
        RougeCase(
            "disjoint",
            stem: true,
            reference: "apples and oranges",
            candidate: "bananas or grapes",
            rouge1: (0.000000, 0.000000, 0.000000),
            rouge2: (0.000000, 0.000000, 0.000000),
            rougeL: (0.000000, 0.000000, 0.000000)
        ),
    ]

    @Test(arguments: cases)
    func matchesRougeScorePackage(_ rougeCase: RougeCase) {
        for (n, expected) in rougeCase.expected {
            let actual =
                if let n {
                    Rouge.rougeN(n, candidate: rougeCase.candidate, reference: rougeCase.reference, stem: rougeCase.stem)
                } else {
                    Rouge.rougeL(candidate: rougeCase.candidate, reference: rougeCase.reference, stem: rougeCase.stem)
                }
            let measure = n.map { "rouge\($0)" } ?? "rougeL"
            #expect(abs(actual.precision - expected.precision) < 1e-4, "\(measure) precision \(actual.precision)")
            #expect(abs(actual.recall - expected.recall) < 1e-4, "\(measure) recall \(actual.recall)")
            #expect(abs(actual.f1 - expected.f1) < 1e-4, "\(measure) f1 \(actual.f1)")
        }
    }

    // Expected tokens from rouge_score 0.1.2: `tokenize.tokenize(text, None)` and with `porter.PorterStemmer()`.
    @Test(arguments: [
        ("Hello, World! It's 2020.", false, ["hello", "world", "it", "s", "2020"]),
        ("The cats were running quickly", false, ["the", "cats", "were", "running", "quickly"]),
        ("The cats were running quickly", true, ["the", "cat", "were", "run", "quickli"]),
        ("Zürich's co-operation", false, ["z", "rich", "s", "co", "operation"]),
        ("Zürich's co-operation", true, ["z", "rich", "s", "co", "oper"]),
        ("  \n\t ", true, []),
    ])
    func tokenizesLikeRougeScore(text: String, stem: Bool, expected: [String]) {
        #expect(Rouge.tokenize(text, stem: stem) == expected)
    }

    @Test func clipsRepeatedNgramsToTheirReferenceCount() {
        // "the" occurs 4 times in the candidate but twice in the reference, so it counts twice: overlap = the ×2 + cat = 3
        // of 5 candidate and 4 reference unigrams.
        let score = Rouge.rougeN(1, candidate: "the the the the cat", reference: "the cat the dog", stem: false)
        #expect(abs(score.precision - 3.0 / 5.0) < 1e-9)
        #expect(abs(score.recall - 3.0 / 4.0) < 1e-9)
    }

    @Test func longestCommonSubsequenceSkipsGaps() {
        #expect(Rouge.lcsLength(["a", "b", "c", "d", "e"], ["a", "x", "c", "y", "e"]) == 3)
        #expect(Rouge.lcsLength([], ["a"]) == 0)
    }

    @Test func textShorterThanNHasNoNgramsAndScoresZero() {
        #expect(Rouge.rougeN(2, candidate: "word", reference: "word", stem: false) == .zero)
    }
}
