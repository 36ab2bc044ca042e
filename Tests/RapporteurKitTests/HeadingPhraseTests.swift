import Testing

@testable import RapporteurKit

@Suite struct HeadingPhraseTests {
    @Test(arguments: [
        ("The smooth operation of the hubs, with regard to health and safety, is,…", "The smooth operation of the hubs"),
        ("I want to make it absolutely clear to those professionals working in our…", "I want to make it absolutely clear"),
        ("Testing of school staff", "Testing of school staff"),
        ("Funding for rural broadband: who pays?", "Funding for rural broadband"),
        ("Teachers tested for COVID-19 in the hubs since the start of the summer term.", "Teachers tested for COVID-19 in the hubs"),
    ])
    func aHeadingIsAPhraseOfAtMostEightWords(raw: String, phrase: String) {
        #expect(HeadingPhrase.make(raw) == phrase)
        #expect(HeadingPhrase.make(raw).split(separator: " ").count <= HeadingPhrase.maxWords)
    }
}
