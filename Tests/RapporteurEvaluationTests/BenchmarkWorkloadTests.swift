import Foundation
import RapporteurEvaluation
import RapporteurKit
import Testing

/// The benchmark workload: every phase runs in order, and the stand-in report it verifies and renders is grounded.
@Suite struct BenchmarkWorkloadTests {
    /// Records the phases it is handed, without timing them.
    struct RecordingStopwatch: BenchmarkStopwatch {
        var phases: [BenchmarkPhase] = []

        mutating func time<Value>(_ phase: BenchmarkPhase, _ body: () throws(InputError) -> Value) throws(InputError) -> Value {
            phases.append(phase)
            return try body()
        }
    }

    static func transcript(_ text: String, name: String) throws -> (Transcript, TalkStatistics) {
        let transcript = TranscriptBuilder.build(try TranscriptReader.read(Data(text.utf8), name: name), source: name)
        return (transcript, TalkStatistics.measure(transcript))
    }

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func workloadRunsEveryPhaseOnceInOrder() throws {
        var stopwatch = RecordingStopwatch()
        let data = Data(SyntheticPlenary.make(words: 3_000, seed: 4).utf8)
        let outcome = try BenchmarkWorkload.run(data, name: "plenary.txt", stopwatch: &stopwatch)
        #expect(stopwatch.phases == BenchmarkPhase.allCases)
        #expect(outcome.bytes == data.count)
        #expect(outcome.words >= 3_000)
        #expect(outcome.groundingFailures == 0)
        #expect(outcome.renderedBytes.count == ReportFormat.allCases.count)
        #expect(outcome.renderedBytes.allSatisfy { $0 > data.count }, "every rendering carries the whole transcript")
    }

    @Test func workloadRejectsInputThatIsNotATranscript() {
        var stopwatch = RecordingStopwatch()
        #expect(throws: InputError.self) {
            try BenchmarkWorkload.run(Data("just some words without any speaker".utf8), name: "notes.txt", stopwatch: &stopwatch)
        }
        #expect(stopwatch.phases == [.read])
    }

    @Test func reportOfTheSyntheticPlenaryIsGroundedAndFull() throws {
        let (transcript, statistics) = try Self.transcript(SyntheticPlenary.make(words: 12_000, seed: 9), name: "plenary.txt")
        let report = BenchmarkReport.make(transcript: transcript, statistics: statistics)
        #expect(GroundingVerifier(transcript: transcript).check(report).isEmpty)
        #expect(report.speakers.map(\.name) == statistics.speakers.map(\.speaker))
        #expect(report.speakers.allSatisfy { !$0.arguments.isEmpty })
        let sections = transcript.sentences.count / 100
        #expect(report.narrative.sections.count >= sections)
        #expect(report.keyPoints.discussionPoints.count >= sections)
        #expect(!report.agreements.points.isEmpty && !report.differences.viewpoints.isEmpty)
        #expect(report.thoughtProvoking.count == report.narrative.sections.count)
        let arguments = report.speakers.reduce(0) { $0 + $1.arguments.count }
        #expect(arguments * 15 >= transcript.sentences.count, "an argument per 15 sentences of a speaker")
        #expect(!report.followUpQuestions.isEmpty && !report.takeaways.actionItems.isEmpty)
        #expect(report.transcript == transcript.sentences)
    }

    @Test(arguments: ["qmsum_covid_2_excerpt", "igf2020_of42_excerpt", "ami_ES2002b_excerpt"])
    func reportOfACorpusExcerptIsGrounded(fixture: String) throws {
        let (transcript, statistics) = try Self.transcript(try Self.fixture(fixture), name: fixture + ".txt")
        let report = BenchmarkReport.make(transcript: transcript, statistics: statistics)
        #expect(GroundingVerifier(transcript: transcript).check(report).isEmpty)
        #expect(report.speakers.reduce(0) { $0 + $1.arguments.count } >= statistics.speakers.count)
    }

    @Test func reportOfAnEmptyTranscriptHasNoItems() {
        let transcript = Transcript(source: "empty.txt", format: .plain, turns: [], speakers: [])
        let report = BenchmarkReport.make(transcript: transcript, statistics: TalkStatistics.measure(transcript))
        #expect(report.speakers.isEmpty && report.summary.isEmpty && report.narrative.sections.isEmpty)
        #expect(GroundingVerifier(transcript: transcript).check(report).isEmpty)
    }
}
