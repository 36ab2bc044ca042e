import Foundation
import RapporteurKit
import Testing

@Suite struct SRTReaderTests {
    static func read(_ text: String) throws -> RawTranscript {
        try TranscriptReader.read(Data(text.utf8), name: "t.srt")
    }

    @Test func readsCuesWithNameAndBracketPrefixes() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:02,500
            Alice: Hello,
            <i>everyone</i>.

            2
            00:00:03,000 --> 00:00:04,000
            [Bob] Hi Alice.
            """
        let raw = try Self.read(text)
        #expect(raw.format == .srt)
        #expect(
            raw.turns == [
                RawTurn(speaker: "Alice", text: "Hello, everyone.", start: 1, end: 2.5, line: 3),
                RawTurn(speaker: "Bob", text: "Hi Alice.", start: 3, end: 4, line: 8),
            ]
        )
        #expect(raw.diagnostics.isEmpty)
    }

    @Test func cueWithoutPrefixKeepsThePreviousSpeaker() throws {
        let raw = try Self.read("1\n00:00:01,000 --> 00:00:02,000\nAlice: The first part\n\n2\n00:00:02,000 --> 00:00:03,000\n{\\an8}and the rest.\n")
        #expect(raw.turns.map(\.speaker) == ["Alice", "Alice"])
        #expect(raw.turns.map(\.text) == ["The first part", "and the rest."])
    }

    @Test func cuesBeforeAnyNameAreUnidentifiedWithAWarning() throws {
        let raw = try Self.read("1\n00:00:01,000 --> 00:00:02,000\nHello.\n")
        #expect(raw.turns.map(\.speaker) == [TranscriptReader.unidentifiedSpeaker])
        #expect(raw.diagnostics.map(\.line) == [3])
    }

    @Test func bracketedNoteIsNotMistakenForASpeaker() throws {
        let raw = try Self.read("1\n00:00:01,000 --> 00:00:02,000\nAlice: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\n[laughs] Sure.\n")
        #expect(raw.turns.map(\.speaker) == ["Alice", "Alice"])
        #expect(raw.turns.last?.text == "[laughs] Sure.")
    }
}
