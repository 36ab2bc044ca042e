import Foundation
import RapporteurKit
import Testing

@Suite struct JSONTranscriptReaderTests {
    static func read(_ text: String) throws -> RawTranscript {
        try TranscriptReader.read(Data(text.utf8), name: "t.json")
    }

    @Test func readsWhisperSegments() throws {
        let text = """
            {"text": " Hello there. General.", "language": "en", "segments": [
              {"id": 0, "seek": 0, "start": 0.0, "end": 1.5, "text": " Hello there.", "tokens": [1, 2], "avg_logprob": -0.2},
              {"id": 1, "seek": 0, "start": 1.5, "end": 2.25, "text": " General.", "tokens": [3]}
            ]}
            """
        let raw = try Self.read(text)
        #expect(raw.format == .json)
        #expect(raw.turns.map(\.text) == ["Hello there.", "General."])
        #expect(raw.turns.map(\.speaker) == [TranscriptReader.unidentifiedSpeaker, TranscriptReader.unidentifiedSpeaker])
        #expect(raw.turns.map(\.start) == [0, 1.5])
        #expect(raw.turns.map(\.line) == [2, 3])
        #expect(raw.diagnostics.count == 2)
    }

    @Test func readsWhisperXSegmentsWithSpeakersAndIgnoresWords() throws {
        let text = """
            {"segments": [{"start": 0.031, "end": 2.5, "text": " Good morning.", "speaker": "SPEAKER_00",
              "words": [{"word": "Good", "start": 0.031, "end": 0.2, "score": 0.9, "speaker": "SPEAKER_00"}]},
             {"start": 2.6, "end": 3.0, "text": "Morning!", "speaker": "SPEAKER_01", "words": []}],
             "word_segments": []}
            """
        let raw = try Self.read(text)
        #expect(
            raw.turns == [
                RawTurn(speaker: "SPEAKER_00", text: "Good morning.", start: 0.031, end: 2.5, line: 1),
                RawTurn(speaker: "SPEAKER_01", text: "Morning!", start: 2.6, end: 3.0, line: 3),
            ]
        )
        #expect(raw.diagnostics.isEmpty)
    }

    @Test func readsATopLevelArrayOfSegments() throws {
        let raw = try Self.read(
            "[\n {\"start\": 1, \"end\": 2, \"text\": \"One.\", \"speaker\": \"A\"},\n {\"start\": 2, \"end\": 3, \"text\": \"Two.\", \"speaker\": \"B\"}\n]"
        )
        #expect(raw.turns.map(\.speaker) == ["A", "B"])
        #expect(raw.turns.map(\.line) == [2, 3])
    }

    @Test func readsTurnsIgnoringExtraKeysAndOptionalTimes() throws {
        let text = """
            {"id": "x", "has_timestamps": false, "turns": [
              {"speaker": "Lynne Neagle AM", "text": "Good afternoon.", "channel": "A", "paragraphs": ["Good afternoon."]},
              {"speaker": "Kirsty Williams AM", "text": "Thank you,\\n Chair.", "start": null}
            ]}
            """
        let raw = try Self.read(text)
        #expect(
            raw.turns == [
                RawTurn(speaker: "Lynne Neagle AM", text: "Good afternoon.", line: 2),
                RawTurn(speaker: "Kirsty Williams AM", text: "Thank you, Chair.", line: 3),
            ]
        )
    }

    @Test func manySegmentsWithoutSpeakerGiveOneWarning() throws {
        let segments = (0..<8).map { #"{"start": \#($0), "end": \#($0 + 1), "text": "Part \#($0)."}"# }
        let raw = try Self.read("{\"segments\": [\n" + segments.joined(separator: ",\n") + "\n]}")
        #expect(raw.turns.count == 8)
        #expect(
            raw.diagnostics == [
                Diagnostic(
                    severity: .warning,
                    message: "8 turns name no speaker; they are attributed to \"Unidentified speaker\"",
                    file: "t.json",
                    line: 2
                )
            ]
        )
    }

    @Test func emptySegmentIsSkippedWithAWarningNamingItsLine() throws {
        let raw = try Self.read(
            "{\"segments\": [\n{\"start\": 0, \"end\": 1, \"text\": \"  \", \"speaker\": \"A\"},\n{\"start\": 1, \"end\": 2, \"text\": \"Yes.\", \"speaker\": \"B\"}]}"
        )
        #expect(raw.turns.map(\.speaker) == ["B"])
        #expect(raw.diagnostics == [Diagnostic(severity: .warning, message: "skipped an empty turn of A", file: "t.json", line: 2)])
    }
}
