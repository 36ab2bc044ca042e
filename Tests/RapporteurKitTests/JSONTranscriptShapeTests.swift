import Foundation
import RapporteurKit
import Testing

/// The JSON reader decodes only the fields it needs; every wrong shape is still reported as before, naming the
/// element, and keys it does not use (a speech-to-text file's `words`) are skipped whatever they hold.
@Suite struct JSONTranscriptShapeTests {
    static let shape =
        #"expected {"segments": [{start, end, text, speaker?}]}, {"turns": [{speaker, text, start?, end?}]} or an array of segments"#

    static func read(_ json: String) throws(InputError) -> RawTranscript {
        try TranscriptReader.read(Data(json.utf8), name: "t.json", format: .json)
    }

    @Test(arguments: [
        (#"{"segments": [1]}"#, "segments[0] is not an object"),
        (#"{"turns": [{"text": 5}]}"#, #"turns[0] has a "text" that is not a string"#),
        (#"{"turns": [{"text": "x", "speaker": true}]}"#, #"turns[0] has a "speaker" that is not a string"#),
        (#"{"turns": [{"text": "x", "speaker": ["A"]}]}"#, #"turns[0] has a "speaker" that is not a string"#),
        (#"{"turns": [{"text": "x", "start": -1}]}"#, #"turns[0] has a "start" that is not a number of seconds"#),
        (#"{"turns": [{"text": "x", "start": 1, "end": "2"}]}"#, #"turns[0] has a "end" that is not a number of seconds"#),
        (#"{"turns": [{"text": "x", "speaker": 3, "start": "1"}]}"#, #"turns[0] has a "start" that is not a number of seconds"#),
        (#"{"segments": null, "turns": []}"#, #""segments" is not an array"#),
        (#"{}"#, "found an object with keys (none)"),
        (#"{"b": 1, "a": {"turns": []}}"#, #"found an object with keys "a", "b""#),
        (#""text""#, "found a single value"),
    ])
    func wrongShapesAreReportedAsBefore(json: String, problem: String) {
        #expect {
            try Self.read(json)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.reason == "\(problem); \(Self.shape)" || error.reason == "\(Self.shape); \(problem)"
        }
    }

    @Test func unusedKeysAreSkippedWhateverTheyHold() throws {
        let json = #"""
            {"language": "en", "segments": [
              {"id": 0, "start": 0, "end": 1.5, "text": " Hello there. ", "words": [{"word": "Hello", "p": 0.9}, {"x": [1e400]}]},
              {"start": 1.5, "end": null, "text": "Next.", "speaker": null, "extra": {"deep": [[[]]]}},
              {"start": 2, "text": "By number.", "speaker": 7}
            ]}
            """#
        let raw = try Self.read(json)
        #expect(raw.turns.map(\.text) == ["Hello there.", "Next.", "By number."])
        #expect(raw.turns.map(\.speaker) == [TranscriptReader.unidentifiedSpeaker, TranscriptReader.unidentifiedSpeaker, "7"])
        #expect(raw.turns.map(\.start) == [0, 1.5, 2])
        #expect(raw.turns.map(\.end) == [1.5, nil, nil])
        #expect(raw.turns.map(\.line) == [2, 3, 4])
    }

    @Test func aTopLevelArrayOfSegmentsIsRead() throws {
        let raw = try Self.read(#"[{"start": 0, "end": 1, "text": "One.", "speaker": "A"}, {"start": 1, "end": 2, "text": "Two.", "speaker": "B"}]"#)
        #expect(raw.turns.map(\.speaker) == ["A", "B"])
        #expect(raw.diagnostics.isEmpty)
    }
}
