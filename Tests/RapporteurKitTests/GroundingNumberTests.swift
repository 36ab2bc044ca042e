import RapporteurTesting
import Testing

@testable import RapporteurKit

@Suite struct GroundingNumberTests {
    @Test(arguments: [
        ("In 2035, 1.5 degrees and 40% of 1,429,100 people.", ["2035", "1.5", "40", "1429100"]),
        ("Dots as separators: 1.429.100 and a version 1.2", ["1429100", "1.2"]),
        ("Items 1,2 and 3.", ["1", "2", "3"]),
        ("G77 and China, COVID-19, WSIS+20.", ["77", "19", "20"]),
        ("It ended in 2035.", ["2035"]),
        ("No digits here.", []),
    ])
    func findsNumbersWrittenWithDigits(text: String, expected: [String]) {
        #expect(NumberMatcher.numbers(in: text) == expected)
    }

    @Test(arguments: [
        ("mn047 argues for a parser in 2 weeks.", ["2"]),
        ("MN047 and me010 agree.", []),
        ("Alice wants 3 hubs.", ["3"]),
    ])
    func aSpeakerNameWithDigitsIsNotANumber(text: String, expected: [String]) {
        let names = ["mn047", "me010", "Alice"]
        #expect(NumberMatcher.numbers(in: NumberMatcher.withoutNames(text, names)) == expected)
    }

    @Test func theVerifierDoesNotAskForASpeakersLabelInTheCitedSentences() {
        let transcript = Sample.transcript([("mn047", ["We could parse it on-line."])])
        let verifier = GroundingVerifier(transcript: transcript)
        let cited = [transcript.sentences[0].id]
        #expect(verifier.checkNumbers(in: "mn047 wants to parse on-line.", citations: cited, item: "argument").isEmpty)
        #expect(verifier.checkNumbers(in: "mn047 wants 4 parsers.", citations: cited, item: "argument").count == 1, "other numbers still count")
    }

    private static let committee = [
        "Welcome to the Special Committee on the COVID-19 Pandemic.",
        "COVID-19 has hit seniors hardest.",
        "Fraud in COVID-19 programs is a concern, and so is G-20 coordination.",
        "Bill C-14 passed, and G-20 leaders met.",
        "We paid 19 claims.",
    ]

    @Test func aHyphenatedTermInThreeSentencesIsANameAndRarerOnesAreNot() {
        #expect(NumberMatcher.namedTerms(in: Self.committee) == ["COVID-19"], "G-20 in two sentences, C-14 has one letter")
    }

    @Test func theVerifierReadsTheSessionsNamedTermsAsNames() {
        let transcript = Sample.transcript([("Chair", Self.committee)])
        let verifier = GroundingVerifier(transcript: transcript)
        let cited = [transcript.sentences[1].id]
        #expect(verifier.checkNumbers(in: "The covid-19 pandemic hit seniors hardest.", citations: cited, item: "summary").isEmpty)
        #expect(verifier.checkNumbers(in: "COVID-19 hit 19 seniors.", citations: cited, item: "summary").count == 1, "19 alone is a number")
        #expect(verifier.checkNumbers(in: "G-20 leaders hit seniors.", citations: cited, item: "summary").count == 1)
    }

    @Test(arguments: [
        ("two billion people", "2"),
        ("twenty-five members", "25"),
        ("twenty five members", "25"),
        ("the first review", "1"),
        ("a hundred schools", "100"),
    ])
    func sourcesSupportTheirSpelledOutNumbers(source: String, number: String) {
        #expect(NumberMatcher.supportedNumbers(in: source).contains(number))
    }

    @Test(arguments: [
        ("  a\n\tb  ", "a b"),
        ("“It’s” ‘fine’…", "\"It's\" 'fine'..."),
    ])
    func normalisesWhiteSpaceAndQuoteMarks(text: String, expected: String) {
        #expect(QuoteNormalizer.normalise(text) == expected)
    }
}
