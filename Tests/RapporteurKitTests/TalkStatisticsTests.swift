import Foundation
import RapporteurKit
import Testing

@Suite struct TalkStatisticsTests {
    private static func transcript(_ turns: [RawTurn]) -> Transcript {
        TranscriptBuilder.build(RawTranscript(format: .plain, turns: turns), source: "t.txt")
    }

    @Test func countsWordsTurnsAndSentencesPerSpeakerInOrderOfFirstAppearance() {
        let statistics = TalkStatistics.measure(
            Self.transcript([
                RawTurn(speaker: "B", text: "Good morning. Let's begin."),
                RawTurn(speaker: "A", text: "Thanks, Mr. Chair. I agree."),
                RawTurn(speaker: "B", text: "Next item"),
            ])
        )
        #expect(statistics.speakers.map(\.speaker) == ["B", "A"])
        #expect(statistics.totalWords == 11)
        let b = statistics.statistics(for: "B")
        #expect(b?.words == 6 && b?.turns == 2 && b?.sentences == 3)
        #expect(b?.wordShare == 6.0 / 11.0)
        let a = statistics.statistics(for: "A")
        #expect(a?.words == 5 && a?.turns == 1 && a?.sentences == 2)
        #expect(statistics.statistics(for: "C") == nil)
    }

    @Test func timeFieldsAreNilWithoutTimestampsOnEveryTurn() {
        let statistics = TalkStatistics.measure(
            Self.transcript([
                RawTurn(speaker: "A", text: "One two.", start: 0, end: 2),
                RawTurn(speaker: "B", text: "Three.", start: nil, end: nil),
            ])
        )
        #expect(statistics.totalSpeechSeconds == nil && statistics.sessionSeconds == nil)
        for entry in statistics.speakers {
            #expect(entry.statistics.speechSeconds == nil)
            #expect(entry.statistics.timeShare == nil)
            #expect(entry.statistics.wordsPerMinute == nil)
        }
    }

    @Test func speechTimeIsTheUnionOfIntervalsAndSharesUseTheSumOverSpeakers() throws {
        let statistics = TalkStatistics.measure(
            Self.transcript([
                RawTurn(speaker: "A", text: "one two three four five six", start: 10, end: 20),
                RawTurn(speaker: "A", text: "seven eight", start: 15, end: 25),
                RawTurn(speaker: "B", text: "nine ten", start: 20, end: 30),
                RawTurn(speaker: "A", text: "eleven", start: 40, end: 45),
                RawTurn(speaker: "B", text: "backwards", start: 50, end: 49),
            ])
        )
        let a = try #require(statistics.statistics(for: "A"))
        let b = try #require(statistics.statistics(for: "B"))
        #expect(a.speechSeconds == 20)
        #expect(b.speechSeconds == 10)
        #expect(a.timeShare == 20.0 / 30.0)
        #expect(b.timeShare == 10.0 / 30.0)
        #expect(a.wordsPerMinute == 9.0 / (20.0 / 60.0))
        #expect(statistics.totalSpeechSeconds == 25)
        #expect(statistics.sessionSeconds == 35)
    }

    @Test func speakerWithoutSpeechTimeHasNoSpeed() throws {
        let statistics = TalkStatistics.measure(Self.transcript([RawTurn(speaker: "A", text: "Hi.", start: 3, end: 3)]))
        let a = try #require(statistics.statistics(for: "A"))
        #expect(a.speechSeconds == 0 && a.timeShare == 0 && a.wordsPerMinute == nil)
    }

    @Test func emptyTranscriptHasNoSpeakers() {
        let statistics = TalkStatistics.measure(Self.transcript([]))
        #expect(statistics.speakers.isEmpty && statistics.totalWords == 0 && statistics.totalSpeechSeconds == nil)
    }

    @Test(arguments: try CorpusCase.all())
    func matchesCorpusReferenceTalkStatistics(corpusCase: CorpusCase) throws {
        let measured = try #require(try CorpusCase.measured(corpusCase.meeting).statistics(for: corpusCase.speaker))
        let reference = corpusCase.reference
        let wordError = abs(Double(measured.words - reference.words)) / Double(reference.words)
        #expect(wordError <= 0.03, "words \(measured.words) vs reference \(reference.words)")
        let seconds = try #require(measured.speechSeconds)
        #expect(abs(seconds - reference.speakingTime) / reference.speakingTime <= 0.01, "speech \(seconds) s vs \(reference.speakingTime) s")
        let share = try #require(measured.timeShare)
        #expect(abs(share - reference.share) <= 0.001, "time share \(share) vs \(reference.share)")
    }
}

/// One speaker of a corpus meeting with the reference talk statistics, read from the fixtures.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    struct Reference: Sendable, Decodable {
        var speakingTime: Double
        var share: Double
        var words: Int

        private enum CodingKeys: String, CodingKey {
            case speakingTime = "speaking_time_s"
            case share = "share_of_speaking_time"
            case words
        }
    }

    var meeting: String
    var speaker: String
    var reference: Reference

    var testDescription: String { "\(meeting) \(speaker)" }

    static let meetings = ["ami_ES2002b", "icsi_Bed009"]

    static func all() throws -> [CorpusCase] {
        try meetings.flatMap { meeting in
            let data = try fixture("\(meeting).reference")
            let file = try JSONDecoder().decode(ReferenceFile.self, from: data)
            let stats = try #require(file.fromWordTimestamps ?? file.fromDialogueActTimes)
            return stats.perSpeaker.keys.sorted().compactMap { speaker in
                stats.perSpeaker[speaker].map { CorpusCase(meeting: meeting, speaker: speaker, reference: $0) }
            }
        }
    }

    /// Corpus turns → RawTranscript → TranscriptBuilder, as the pipeline does.
    static func transcript(_ meeting: String) throws -> Transcript {
        let file = try JSONDecoder().decode(TranscriptFile.self, from: fixture("\(meeting).transcript"))
        let turns = file.turns.map { RawTurn(speaker: $0.speaker, text: $0.text, start: $0.start, end: $0.end) }
        return TranscriptBuilder.build(RawTranscript(format: .json, turns: turns), source: meeting)
    }

    /// The transcript's talk statistics.
    static func measured(_ meeting: String) throws -> TalkStatistics {
        TalkStatistics.measure(try transcript(meeting))
    }

    private static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    private struct ReferenceFile: Decodable {
        struct Stats: Decodable {
            var perSpeaker: [String: Reference]
            private enum CodingKeys: String, CodingKey { case perSpeaker = "per_speaker" }
        }

        var fromWordTimestamps: Stats?
        var fromDialogueActTimes: Stats?

        private enum CodingKeys: String, CodingKey {
            case fromWordTimestamps = "talk_stats_from_word_timestamps"
            case fromDialogueActTimes = "talk_stats_from_dialogue_act_times"
        }
    }

    private struct TranscriptFile: Decodable {
        struct Turn: Decodable {
            var speaker: String
            var text: String
            var start: Double?
            var end: Double?
        }

        var turns: [Turn]
    }
}
