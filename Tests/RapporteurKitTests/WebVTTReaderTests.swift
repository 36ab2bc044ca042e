import Foundation
import RapporteurKit
import Testing

@Suite struct WebVTTReaderTests {
    static func read(_ text: String) throws -> RawTranscript {
        try TranscriptReader.read(Data(text.utf8), name: "t.vtt")
    }

    @Test func readsVoiceTagsCueIdentifiersAndSettings() throws {
        let text = """
            WEBVTT - a meeting
            Kind: captions

            NOTE this is
            a comment

            STYLE
            ::cue { color: yellow }

            intro
            00:00:01.500 --> 00:00:04.000 align:start position:10%
            <v.loud Project Manager>Is that <b>alright</b> now?</v>

            00:03.000 --> 00:05.250
            <v Marketing>Could you
            plug me in?
            """
        let raw = try Self.read(text)
        #expect(raw.format == .webvtt)
        #expect(
            raw.turns == [
                RawTurn(speaker: "Project Manager", text: "Is that alright now?", start: 1.5, end: 4, line: 12),
                RawTurn(speaker: "Marketing", text: "Could you plug me in?", start: 3, end: 5.25, line: 15),
            ]
        )
        #expect(raw.diagnostics.isEmpty)
    }

    @Test func takesTheSpeakerFromANamePrefixWhenThereIsNoVoiceTag() throws {
        let raw = try Self.read("WEBVTT\n\n00:01.000 --> 00:02.000\nAlice: Hello &amp; welcome.\n")
        #expect(raw.turns == [RawTurn(speaker: "Alice", text: "Hello & welcome.", start: 1, end: 2, line: 4)])
    }

    @Test func cueRightAfterTheHeaderIsRead() throws {
        let raw = try Self.read("WEBVTT\n00:01.000 --> 00:02.000\n<v Alice>Hi.\n")
        #expect(raw.turns == [RawTurn(speaker: "Alice", text: "Hi.", start: 1, end: 2, line: 3)])
    }

    @Test func cueWithSeveralVoicesGivesOneTurnPerVoice() throws {
        let raw = try Self.read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Alice>Ready?\n<v Bob>Yes.</v>\n")
        #expect(raw.turns.map(\.speaker) == ["Alice", "Bob"])
        #expect(raw.turns.map(\.start) == [1, 1])
        #expect(raw.turns.map(\.line) == [4, 5])
    }

    @Test func cueWithoutSpeakerIsUnidentifiedWithAWarning() throws {
        let raw = try Self.read("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\njust words\n")
        #expect(raw.turns.map(\.speaker) == [TranscriptReader.unidentifiedSpeaker])
        #expect(raw.diagnostics.map(\.line) == [5])
        #expect(raw.diagnostics.first?.severity == .warning)
    }

    @Test func emptyCueIsSkippedWithAWarning() throws {
        let raw = try Self.read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Alice></v>\n\n00:02.000 --> 00:03.000\n<v Bob>Hi.\n")
        #expect(raw.turns.map(\.speaker) == ["Bob"])
        #expect(raw.diagnostics == [Diagnostic(severity: .warning, message: "skipped an empty turn of Alice", file: "t.vtt", line: 4)])
    }

    @Test func overlappingCuesOfDifferentSpeakersGiveNoWarning() throws {
        let raw = try Self.read("WEBVTT\n\n00:01.000 --> 00:05.000\n<v A>Long turn.\n\n00:02.000 --> 00:03.000\n<v B>Short.\n")
        #expect(raw.turns.count == 2)
        #expect(raw.diagnostics.isEmpty)
    }
}
