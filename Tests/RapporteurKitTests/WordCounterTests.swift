import RapporteurKit
import Testing

@Suite struct WordCounterTests {
    @Test(arguments: [
        ("", 0),
        ("   ", 0),
        ("-- ... !?", 0),
        ("Hello world", 2),
        ("don't", 1),
        ("We\u{2019}re here", 2),
        ("Cara's family", 2),
        ("the 80's", 2),
        ("'cause 'em", 2),
        ("1.5 million", 2),
        ("$1,429,100", 1),
        ("3.30 p.m.", 3),
        ("U.S.", 2),
        ("well-known", 2),
        ("Mm-hmm.", 2),
        ("11-year-old son", 4),
        ("five five-A?", 3),
        ("a T_V_ and T_V_s", 4),
        ("15minutes", 1),
        ("Mr.Manly", 2),
        ("yes--no", 2),
        ("small\u{2011}medium", 2),
        ("one, two,three", 3),
        ("end.", 1),
        ("café naïve", 2),
        ("cafe\u{301} re\u{301}sume\u{301}", 2),
        ("Zürich's Straße", 2),
    ])
    func countsWordsByTheDocumentedDefinition(text: String, expected: Int) {
        #expect(WordCounter.count(text) == expected)
        #expect(WordCounter.words(text).count == expected)
    }

    @Test func wordsAreSlicesWithoutTrailingJoiners() {
        let text = "Don't pay $1,429,100 for a T_V_, it's 1.5 x-rays."
        #expect(WordCounter.words(text) == ["Don't", "pay", "1,429,100", "for", "a", "T_V", "it's", "1.5", "x", "rays"])
    }

    @Test func apostropheAndDecimalJoinOnlyBetweenTheRightNeighbours() {
        #expect(WordCounter.words("users' data") == ["users", "data"])
        #expect(WordCounter.words("it's 5. Then") == ["it's", "5", "Then"])
        #expect(WordCounter.words("a,b 1,a") == ["a", "b", "1", "a"])
    }
}
