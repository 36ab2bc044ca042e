import Foundation
import RapporteurEvaluation
import RapporteurKit
import Testing

/// The synthetic plenary of `rapporteur bench`: deterministic, as long as asked, and read back by the plain reader
/// with every speaker and timestamp intact.
@Suite struct SyntheticPlenaryTests {
    static func read(_ text: String) throws -> RawTranscript {
        try TranscriptReader.read(Data(text.utf8), name: "plenary.txt")
    }

    static func measure(_ text: String) throws -> (Transcript, TalkStatistics) {
        let transcript = TranscriptBuilder.build(try read(text), source: "plenary.txt")
        return (transcript, TalkStatistics.measure(transcript))
    }

    @Test func sameSeedGivesTheSameText() {
        #expect(SyntheticPlenary.make(words: 4_000, seed: 7) == SyntheticPlenary.make(words: 4_000, seed: 7))
    }

    @Test func differentSeedsGiveDifferentText() {
        #expect(SyntheticPlenary.make(words: 4_000, seed: 7) != SyntheticPlenary.make(words: 4_000, seed: 8))
    }

    @Test func aLargerPlenaryContinuesTheSmallerOne() {
        let small = SyntheticPlenary.make(words: 2_000, seed: 3)
        let large = SyntheticPlenary.make(words: 8_000, seed: 3)
        #expect(large.count > small.count)
        #expect(large.hasPrefix(small))
    }

    @Test(arguments: [1, 2_500, 30_000])
    func measuredWordsReachTheRequestedCount(words: Int) throws {
        let (_, statistics) = try Self.measure(SyntheticPlenary.make(words: words, seed: 1))
        #expect(statistics.totalWords >= words)
        #expect(statistics.totalWords < words + 400, "only the last statement runs over")
    }

    @Test func readsBackAsPlainTextWithEveryTurnTimedAndInOrder() throws {
        let raw = try Self.read(SyntheticPlenary.make(words: 6_000, seed: 2))
        #expect(raw.format == .plain)
        #expect(raw.diagnostics.isEmpty)
        let times = raw.turns.compactMap { turn in turn.start.flatMap { start in turn.end.map { (start, $0) } } }
        #expect(times.count == raw.turns.count)
        #expect(times.allSatisfy { $0.0 < $0.1 })
        #expect(zip(times, times.dropFirst()).allSatisfy { $0.1 <= $1.0 }, "turns neither overlap nor go back in time")
    }

    @Test func theChairAndAllFortyDelegationsSpeakAsLabelled() throws {
        let raw = try Self.read(SyntheticPlenary.make(words: 30_000, seed: 1))
        let speakers = Set(raw.turns.map(\.speaker))
        #expect(SyntheticPlenary.delegations.count == 40)
        #expect(speakers == Set(SyntheticPlenary.delegations + [SyntheticPlenary.chair]))
        #expect(raw.turns.first?.speaker == SyntheticPlenary.chair)
        let chairTurns = raw.turns.indices.filter { raw.turns[$0].speaker == SyntheticPlenary.chair }
        #expect(chairTurns.count * 2 >= raw.turns.count, "the chair gives the floor before every statement")
    }

    @Test func thirtyThousandWordsLastAboutThreeHours() throws {
        let (_, statistics) = try Self.measure(SyntheticPlenary.make(words: 30_000, seed: 1))
        let hours = try #require(statistics.sessionSeconds) / 3_600
        #expect((2.5...4.5).contains(hours))
    }

    @Test func abbreviationsAndNumbersDoNotEndSentences() throws {
        let (transcript, _) = try Self.measure(SyntheticPlenary.make(words: 10_000, seed: 5))
        let abbreviations = ["Mr.", "Ms.", "Dr.", "e.g.", "i.e.", "U.S.", "U.N.", "Art.", "para.", "No.", "approx.", "J.", "K.", "p.m."]
        let sentences = transcript.sentences
        #expect(sentences.count > 500)
        let broken = sentences.filter { sentence in abbreviations.contains { sentence.text.hasSuffix(" " + $0) } }
        #expect(broken.isEmpty, "\(broken.prefix(3).map(\.text))")
        #expect(sentences.contains { $0.text.contains(", e.g. at the ") }, "abbreviations occur inside sentences")
        #expect(sentences.contains { $0.text.contains("approx. $") }, "numbers with thousands separators occur")
    }
}
