import Foundation
import RapporteurKit
import Testing

@Suite struct TranscriptReaderTests {
    /// A bad input and the error it must give.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var line: Int?
        var reason: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, line: Int?, reason: String) {
            self.init(name, bytes: Array(text.utf8), line: line, reason: reason)
        }

        init(_ name: String, bytes: [UInt8], line: Int?, reason: String) {
            self.name = name
            self.bytes = bytes
            self.line = line
            self.reason = reason
        }
    }

    static let badInputs: [BadInput] = [
        BadInput("empty.txt", bytes: [], line: nil, reason: "the file is empty"),
        BadInput("blank.txt", " \n\t\n\n", line: nil, reason: "the file holds only white space, no text"),
        BadInput("bom-only.txt", bytes: [0xEF, 0xBB, 0xBF], line: nil, reason: "the file is empty"),
        BadInput(
            "picture.png",
            bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
            line: nil,
            reason: "binary data, not a text transcript"
        ),
        BadInput("noise.bin", bytes: (0..<512).map { UInt8(($0 * 37 + 11) % 256) | 0x80 }, line: nil, reason: "binary data"),
        BadInput("controls.txt", String(repeating: "\u{1}\u{2}\u{3}abc", count: 50), line: nil, reason: "binary data"),
        BadInput(
            "latin1.txt",
            bytes: Array("Alice: Hello.\nBob: Un caf".utf8) + [0xE9] + Array(" au lait.\n".utf8),
            line: 2,
            reason: "not UTF-8 text (byte 0xE9 is not valid UTF-8); save the file as UTF-8"
        ),
        BadInput(
            "broken.vtt",
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v A>Hi.\n\n2\n00:00:03.000 -> 00:00:04.000\n<v B>Hello.\n",
            line: 8,
            reason: "broken cue timing \"00:00:03.000 -> 00:00:04.000\": expected `HH:MM:SS.mmm --> HH:MM:SS.mmm`"
        ),
        BadInput("bad-time.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:75.000\n<v A>Hi.\n", line: 3, reason: "broken cue timing"),
        BadInput("no-timing.vtt", "WEBVTT\n\ncue-1\n<v A>Hi.\n", line: 4, reason: "broken cue timing \"<v A>Hi.\""),
        BadInput(
            "inverted.vtt",
            "WEBVTT\n\n00:05.000 --> 00:02.000\n<v A>Hi.\n",
            line: 3,
            reason: "the cue ends (00:00:02.000) before it starts (00:00:05.000)"
        ),
        BadInput("headless.vtt", "\n00:00:01.000 --> 00:00:02.000\nHi.\n", line: 2, reason: "missing the `WEBVTT` header line"),
        BadInput(
            "no-index.srt",
            "1\n00:00:01,000 --> 00:00:02,000\nAlice: Hi.\n\n00:00:03,000 --> 00:00:04,000\nBob: Hello.\n",
            line: 5,
            reason: "the cue has no number line before its timing line"
        ),
        BadInput(
            "inverted.srt",
            "1\n00:00:01,000 --> 00:00:02,000\nAlice: Hi.\n\n2\n00:00:09,000 --> 00:00:04,500\nBob: Hello.\n",
            line: 6,
            reason: "the cue ends (00:00:04.500) before it starts (00:00:09.000)"
        ),
        BadInput("text-first.srt", "Alice: Hi.\n00:00:01,000 --> 00:00:02,000\n", line: 1, reason: "expected a cue number, found \"Alice: Hi.\""),
        BadInput("bad-time.srt", "1\n00:00:01,000 --> soon\nAlice: Hi.\n", line: 2, reason: "expected `HH:MM:SS,mmm --> HH:MM:SS,mmm`"),
        BadInput(
            "shape.json",
            #"{"utterances": [{"who": "A", "said": "Hi"}]}"#,
            line: nil,
            reason:
                #"expected {"segments": [{start, end, text, speaker?}]}, {"turns": [{speaker, text, start?, end?}]} or an array of segments; found an object with keys "utterances""#
        ),
        BadInput("scalar.json", "42", line: nil, reason: "found a single value"),
        BadInput("turns-object.json", #"{"turns": {"speaker": "A"}}"#, line: nil, reason: #""turns" is not an array"#),
        BadInput(
            "no-text.json",
            "{\n \"turns\": [\n  {\"speaker\": \"A\", \"text\": \"Hi.\"},\n  {\"speaker\": \"B\", \"words\": []}\n ]\n}\n",
            line: 4,
            reason: #"turns[1] has no "text""#
        ),
        BadInput(
            "start-text.json",
            #"[{"start": "0:01", "end": 2, "text": "Hi."}]"#,
            line: 1,
            reason: #"element 0 has a "start" that is not a number"#
        ),
        BadInput(
            "backwards.json",
            #"{"segments": [{"start": 5.0, "end": 1.0, "text": "Hi."}]}"#,
            line: 1,
            reason: "segments[0] ends (1.0 s) before it starts (5.0 s)"
        ),
        BadInput(
            "huge-end.json",
            #"{"segments": [{"start": 0, "end": 1e19, "text": "Hi."}]}"#,
            line: 1,
            reason: #"segments[0] has a "end" of 1e+19 s, past the limit of 1,000 hours (3600000 s)"#
        ),
        BadInput(
            "huge-start.json",
            "[{\"start\": 3600000.5, \"text\": \"Hi.\"}]",
            line: 1,
            reason: #"element 0 has a "start" of 3600000.5 s, past the limit"#
        ),
        BadInput("no-segments.json", #"{"segments": []}"#, line: nil, reason: "the transcript has no turn with text; there is nothing to measure"),
        BadInput(
            "empty-turns.json",
            #"{"turns": [{"speaker": "A", "text": "  "}]}"#,
            line: nil,
            reason: "the transcript has no turn with text (1 empty or unusable, see the first at line 1)"
        ),
        BadInput("syntax.json", "{\n  \"turns\": [\n    {\"speaker\": \"A\", \"text\": \"Hi.\"},,\n  ]\n}\n", line: 3, reason: "not valid JSON"),
        BadInput("truncated.json", "{\n  \"turns\": [\n    {\"speaker\": \"A\"", line: 3, reason: "not valid JSON: unexpected end of file"),
        BadInput(
            "inverted.txt",
            "[00:00:05.000 - 00:00:01.000] Alice: Hi.\n",
            line: 1,
            reason: "the cue ends (00:00:01.000) before it starts (00:00:05.000)"
        ),
        BadInput("lorem.txt", "lorem ipsum dolor sit amet\nconsectetur adipiscing elit\n", line: nil, reason: "tried WebVTT"),
    ]

    @Test(arguments: badInputs)
    func rejectsBadInputNamingFileLineAndReason(_ input: BadInput) {
        let error = #expect(throws: InputError.self) {
            try TranscriptReader.read(Data(input.bytes), name: input.name)
        }
        #expect(error?.file == input.name)
        #expect(error?.line == input.line)
        #expect(error?.reason.contains(input.reason) == true, "\(error?.reason ?? "no error")")
    }

    @Test func forcedPlainFormatWithoutLabelsSaysWhatIsMissing() {
        let error = #expect(throws: InputError.self) {
            try TranscriptReader.read(Data("just some words\n".utf8), name: "notes.txt", format: .plain)
        }
        #expect(error == InputError(file: "notes.txt", reason: "no line has the form `Speaker: text` (or starts with a [HH:MM:SS] time)"))
    }

    @Test func forcedFormatOverridesDetection() throws {
        let text = "WEBVTT\n\n00:01.000 --> 00:02.000\nAlice: Hi.\n"
        let raw = try TranscriptReader.read(Data(text.utf8), name: "a.txt", format: .plain)
        #expect(raw.format == .plain)
        #expect(raw.turns.map(\.speaker) == ["Unidentified speaker", "Alice"])
        #expect(try TranscriptReader.read(Data(text.utf8), name: "a.txt").format == .webvtt)
    }

    @Test func acceptsByteOrderMarkAndWindowsLineBreaks() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Alice: Hello\r\nthere.\r\nBob: Hi.\r\n".utf8)
        let raw = try TranscriptReader.read(Data(bytes), name: "crlf.txt")
        #expect(raw.turns == [RawTurn(speaker: "Alice", text: "Hello there.", line: 1), RawTurn(speaker: "Bob", text: "Hi.", line: 3)])
    }

    @Test func acceptsUTF16WithByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        data.append(try #require("Alice: Grüß Gott.\nBob: Hi.\n".data(using: .utf16LittleEndian)))
        let raw = try TranscriptReader.read(data, name: "utf16.txt")
        #expect(raw.turns.map(\.text) == ["Grüß Gott.", "Hi."])
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func acceptsUTF16WithoutByteOrderMark(encoding: String.Encoding) throws {
        let data = try #require("Alice: Grüß Gott.\nBob: Hi.\n".data(using: encoding))
        let raw = try TranscriptReader.read(data, name: "utf16.txt")
        #expect(raw.turns.map(\.speaker) == ["Alice", "Bob"])
        #expect(raw.turns.map(\.text) == ["Grüß Gott.", "Hi."])
    }

    @Test func acceptsTheLargestClockTimeAsAJSONTime() throws {
        let raw = try TranscriptReader.read(Data(#"[{"start": 3599999.999, "end": 3600000, "text": "Hi."}]"#.utf8), name: "t.json")
        #expect(raw.turns.map(\.end) == [3_600_000])
    }

    @Test func keepsNonASCIITextIntact() throws {
        let raw = try TranscriptReader.read(Data("Zoë Ngũgĩ: Ça va — 東京で会いましょう.\n".utf8), name: "u.txt")
        #expect(raw.turns == [RawTurn(speaker: "Zoë Ngũgĩ", text: "Ça va — 東京で会いましょう.", line: 1)])
    }
}
