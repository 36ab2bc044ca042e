import RapporteurKit
import Testing

@Suite struct TranscriptBuilderTests {
    private let raw = RawTranscript(
        format: .plain,
        turns: [
            RawTurn(speaker: "Chair", text: "Welcome, Mr. Lee. Please begin.", start: 0, end: 4, line: 1),
            RawTurn(speaker: "Lee", text: "Thank you. We propose three things! First, data.", start: 4, end: 10, line: 2),
            RawTurn(speaker: "Chair", text: "   ", start: 10, end: 11, line: 3),
            RawTurn(speaker: "Chair", text: "Thanks... next speaker", start: 11, end: 12, line: 4),
        ],
        diagnostics: [Diagnostic(severity: .warning, message: "empty turn", line: 3)]
    )

    @Test func numbersSentencesFromOneInTranscriptOrder() {
        let transcript = TranscriptBuilder.build(raw, source: "t.txt")
        #expect(transcript.sentences.map(\.id) == Array(1...6))
        #expect(
            transcript.sentences.map(\.text) == [
                "Welcome, Mr. Lee.", "Please begin.", "Thank you.", "We propose three things!", "First, data.", "Thanks... next speaker",
            ]
        )
        #expect(transcript.sentences.map(\.turn) == [0, 0, 1, 1, 1, 3])
        #expect(transcript.sentences.map(\.speaker) == ["Chair", "Chair", "Lee", "Lee", "Lee", "Chair"])
    }

    @Test func keepsEveryTurnWithItsIndexTimesAndLine() {
        let transcript = TranscriptBuilder.build(raw, source: "t.txt")
        #expect(transcript.turns.map(\.index) == [0, 1, 2, 3])
        #expect(transcript.turns.map(\.line) == [1, 2, 3, 4])
        #expect(transcript.turns[2].sentences.isEmpty)
        #expect(transcript.turns[1].text == raw.turns[1].text)
        #expect(transcript.sentences[2].start == 4 && transcript.sentences[2].end == 10)
        #expect(transcript.source == "t.txt" && transcript.format == .plain)
        #expect(transcript.diagnostics == raw.diagnostics)
        #expect(transcript.hasTimestamps)
    }

    @Test func derivesSpeakersInOrderOfFirstAppearance() {
        let transcript = TranscriptBuilder.build(raw, source: "t.txt")
        #expect(transcript.speakers == [SpeakerInfo(name: "Chair", labels: ["Chair"]), SpeakerInfo(name: "Lee", labels: ["Lee"])])
    }

    @Test func usesGivenSpeakersAsIs() {
        let speakers = [SpeakerInfo(name: "Lee", role: "Ministry", roleSource: .roster, labels: ["LEE", "Lee"])]
        #expect(TranscriptBuilder.build(raw, source: "t.txt", speakers: speakers).speakers == speakers)
    }

    @Test func sameInputGivesSameTranscript() {
        #expect(TranscriptBuilder.build(raw, source: "t.txt") == TranscriptBuilder.build(raw, source: "t.txt"))
    }

    @Test func emptyRawTranscriptGivesEmptyTranscript() {
        let transcript = TranscriptBuilder.build(RawTranscript(format: .json, turns: []), source: "e.json")
        #expect(transcript.turns.isEmpty && transcript.speakers.isEmpty && transcript.sentences.isEmpty)
    }

    @Test(arguments: CorpusCase.meetings)
    func corpusSentencesAreVerbatimAndKeepEveryWord(meeting: String) throws {
        let transcript = try CorpusCase.transcript(meeting)
        #expect(transcript.sentences.map(\.id) == Array(1...transcript.sentences.count))
        for turn in transcript.turns {
            #expect(turn.sentences.allSatisfy { turn.text.contains($0.text) && $0.turn == turn.index })
            let words = turn.sentences.reduce(0) { $0 + WordCounter.count($1.text) }
            #expect(words == WordCounter.count(turn.text), "turn \(turn.index)")
        }
    }
}
