import Testing

@testable import RapporteurKit

/// References to sentences by number are taken out of written texts (the phrasings are the ones the embedded model
/// wrote on the ICSI meeting Bed009).
@Suite struct SentenceReferenceTests {
    /// Sentences 1 to 1,200 exist.
    private static func isSentence(_ id: Int) -> Bool { (1...1200).contains(id) }

    @Test(arguments: [
        (
            "me010 will continue working on the parser interface after the weekend, citing me010's sentences 93 and 100.",
            "me010 will continue working on the parser interface after the weekend."
        ),
        (
            "The team will meet Andreas as well, citing me010's sentences 114, 118, and 122.",
            "The team will meet Andreas as well."
        ),
        ("The parser was a finite-state machine, as mentioned by mn047 in sentence 794.", "The parser was a finite-state machine."),
        (
            "Chunks are put together in a two-phase pass, as mentioned by mn047 in sentences 792 and 794.",
            "Chunks are put together in a two-phase pass."
        ),
        ("She said in sentence 12 that the budget is 40% short.", "She said that the budget is 40% short."),
        ("The plan (sentences 3–5) needs a vote.", "The plan needs a vote."),
    ])
    func removesReferences(text: String, expected: String) {
        #expect(SentenceReference.removed(from: text, isSentence: Self.isSentence) == expected)
    }

    @Test(arguments: [
        "The court handed down a sentence of 5 years.",
        "Sentence 2000 does not exist, so this stays.",
        "The budget grew by 12 percent in 2020.",
        "Sentences 3 and 4.",
    ])
    func leavesOtherTextsAlone(text: String) {
        #expect(SentenceReference.removed(from: text, isSentence: Self.isSentence) == text)
    }
}
