import Testing

@testable import RapporteurKit

@Suite struct CitationFocusTests {
    /// Twelve cited sentences: ten of chatter, one on batteries, one with a price.
    private static let sentences: [Int: Sentence] = {
        var texts = (1...10).map { _ in "Okay, so we talked about the remote and the meeting." }
        texts.append("The remote will use regular batteries rather than a rechargeable pack.")
        texts.append("The selling price is twenty-five euros for the remote.")
        return Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($0 + 1, Sentence(id: $0 + 1, speaker: "PM", text: $1, turn: $0 + 1)) })
    }()

    private func focus(_ text: String, _ citations: [Int]) -> [Int] {
        CitationFocus.focus(text, citations: citations, sentence: { Self.sentences[$0] })
    }

    @Test func aFewCitationsStayAsTheyAre() {
        #expect(focus("Batteries", [1, 2, 11]) == [1, 2, 11])
    }

    @Test func theSentencesSharingTheTextsRareWordsAreKept() {
        let kept = focus("The team chose regular batteries for the remote.", Array(1...12))
        #expect(kept.count == CitationFocus.limit)
        #expect(kept.contains(11), "the battery sentence shares the rare words")
        #expect(kept == kept.sorted())
        #expect(Set(kept).isSubset(of: 1...12), "nothing new is cited")
    }

    @Test func aSentenceSupportingANumberInTheTextIsKeptEvenIfItRanksLow() {
        let text = "Okay, so the meeting talked about the remote: it will cost 25."
        let kept = focus(text, Array(1...12))
        #expect(kept.contains(12), "only sentence 12 supports 25 (as twenty-five), and it shares only common words")
        #expect(kept.count <= CitationFocus.limit + 1)
    }

    @Test func noSharedWordKeepsEveryCitation() {
        #expect(focus("Xylophones", Array(1...12)) == Array(1...12))
    }

    @Test(arguments: [1, 4, 8])
    func aSmallerLimitKeepsFewerSentences(limit: Int) {
        let kept = CitationFocus.focus("The team chose regular batteries.", citations: Array(1...12), sentence: { Self.sentences[$0] }, limit: limit)
        #expect(kept.count == limit)
        #expect(kept.contains(11), "the battery sentence ranks first")
    }
}
