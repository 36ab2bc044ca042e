import RapporteurKit
import Testing

@Suite struct FormatDetectionTests {
    @Test(arguments: [
        ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hi.\n", "talk.txt", TranscriptFormat.webvtt),
        ("1\n00:00:01,000 --> 00:00:02,000\nHi.\n", "talk.txt", .srt),
        ("1\n00:00:01,000 --> 00:00:02,000\nHi.\n", "talk.vtt", .srt),
        ("{\"segments\": []}", "out.txt", .json),
        ("[\n {\"start\": 0}\n]", "out", .json),
        ("[]", "out", .json),
        ("[00:00:01.000 - 00:00:02.000] Alice: Hi.\n", "talk.txt", .plain),
        ("[00:00:01] Alice: Hi.\n", "talk", .plain),
        ("Alice: Hi.\nBob: Hello.\n", "talk.txt", .plain),
        (">> ALICE: Hi.\nmore\n", "talk.txt", .captions),
        ("IGF 2020 Day 5\n>> ALICE: Hi.\n>> BOB: Hello.\n", "talk.txt", .captions),
        ("Alice: I typed >> by accident.\nBob: fine.\n", "talk.txt", .plain),
        ("Alice: Hi.\n", "talk.vtt", .webvtt),
        ("Alice: Hi.\n", "TALK.SRT", .srt),
        ("Alice: Hi.\n", "talk.json", .json),
        ("Alice: Hi.\n", "archive.json.d/talk", .plain),
    ])
    func detectsFormatFromContentThenExtension(text: String, name: String, format: TranscriptFormat) {
        #expect(TranscriptReader.detectFormat(text, name: name) == format)
    }
}
