import Foundation
import RapporteurKit
import Testing

@Suite struct CaptionReaderTests {
    static func read(_ text: String) throws -> RawTranscript {
        try TranscriptReader.read(Data(text.utf8), name: "captions.txt")
    }

    @Test func speakerMarkersStartTurnsAndOtherLinesContinueThem() throws {
        let raw = try Self.read(">> MODERATOR: Welcome.\nLet us begin.\n>> JOHN HAVENS: Thank you.\n")
        #expect(raw.format == .captions)
        #expect(
            raw.turns == [
                RawTurn(speaker: "MODERATOR", text: "Welcome. Let us begin.", line: 1),
                RawTurn(speaker: "JOHN HAVENS", text: "Thank you.", line: 3),
            ]
        )
        #expect(raw.diagnostics.isEmpty)
    }

    @Test func bareMarkerStartsATurnOfAnUnidentifiedSpeakerWithAWarning() throws {
        let raw = try Self.read(">> CHAIR: Hello.\n>>\nPlease take your seats.\n>> Thank you all.\n")
        #expect(raw.turns.map(\.speaker) == ["CHAIR", TranscriptReader.unidentifiedSpeaker, TranscriptReader.unidentifiedSpeaker])
        #expect(raw.turns.map(\.text) == ["Hello.", "Please take your seats.", "Thank you all."])
        #expect(raw.diagnostics.map(\.line) == [2, 4])
        #expect(raw.diagnostics.allSatisfy { $0.severity == .warning && $0.file == "captions.txt" })
    }

    @Test func captionNoteLinesAreDroppedAndInlineNotesRemoved() throws {
        let text = """
            (Captioner standing by)
            >> CHAIR: Welcome (Applause) to the session.
            [ Inaudible ]
            We start now [laughter].
            >> SPEAKER: Yes (laughter) (Applause), the GDPR (General Data Protection Regulation) matters. Againi Atonkic (phonetic).
            """
        let raw = try Self.read(text)
        #expect(
            raw.turns.map(\.text) == [
                "Welcome to the session. We start now.", "Yes, the GDPR (General Data Protection Regulation) matters. Againi Atonkic (phonetic).",
            ]
        )
        #expect(raw.turns.map(\.line) == [2, 5])
    }

    @Test func markerWithoutSpaceAndContinuationColonsAreHandled() throws {
        let raw = try Self.read(">>ANA: First point.\nYou asked: what next?\n")
        #expect(raw.turns == [RawTurn(speaker: "ANA", text: "First point. You asked: what next?", line: 1)])
    }
}
