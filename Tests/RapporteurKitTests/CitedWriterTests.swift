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
}
