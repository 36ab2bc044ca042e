import Testing

@testable import RapporteurKit

@Suite struct CitedWriterTests {
    @Test func aParagraphWrittenAgainWithOneWordChangedIsLeftOut() {
        typealias Cited = SynthesisReplies.Cited
        let items = [
            Cited(notes: ["a1"], text: "The session focused on testing professionals and the hubs that keep staff and children safe."),
            Cited(notes: ["a2"], text: "The session discussed testing professionals and the hubs that keep staff and children safe."),
            Cited(notes: ["a3"], text: "Members asked when schools will reopen to more pupils."),
        ]
        #expect(CitedWriter.distinct(items).map(\.notes) == [["a1"], ["a3"]])
    }

    @Test func aTextRepeatedInALaterListOfTheSameAnswerIsLeftOutThere() {
        typealias Cited = SynthesisReplies.Cited
        let shared = "The project manager and the designer argue for a simple control that only works the television."
        let lists = [
            [Cited(notes: ["a1"], text: shared)],
            [Cited(notes: ["a2"], text: shared), Cited(notes: ["q1"], text: "Whether to include speech recognition is still open.")],
            [Cited(notes: ["a3"], text: shared + " ")],
        ]
        let distinct = CitedWriter.distinctAcross(lists)
        #expect(distinct.map { $0.map(\.notes) } == [[["a1"]], [["q1"]], []])
    }

    @Test func repeatsWithinOneListAreLeftToDistinct() {
        typealias Cited = SynthesisReplies.Cited
        let item = Cited(notes: ["a1"], text: "Members asked when schools will reopen.")
        #expect(CitedWriter.distinctAcross([[item, item], []]) == [[item, item], []])
    }

    @Test(arguments: [
        ("Arguments about Atonkic", "Arguments about Atonkic", true),
        ("Testing", "Testing was discussed.", true),
        ("Testing in the hubs", "Testing in the hubs matters, the minister said, because staff must feel safe.", false),
    ])
    func aParagraphThatOnlyRestatesItsHeadingIsRecognised(heading: String, paragraph: String, restates: Bool) {
        #expect(CitedWriter.restates(heading, paragraph) == restates)
    }
}
