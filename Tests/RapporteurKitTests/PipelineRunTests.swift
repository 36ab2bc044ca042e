import Foundation
import RapporteurTesting
import Testing

@testable import RapporteurKit

/// Helpers shared by the pipeline tests.
enum PipelineFixture {
    static let fixedDate = Date(timeIntervalSince1970: 1_766_000_000)

    static func options(chunkTokens: Int = 1500) -> ReportPipeline.Options {
        ReportPipeline.Options(chunkTokens: chunkTokens, now: { fixedDate })
    }

    static func sections(for transcript: Transcript) -> [SpeakerSection] {
        transcript.speakers.map { speaker in
            let sentences = transcript.sentences.filter { $0.speaker == speaker.name }
            let words = sentences.reduce(0) { $0 + $1.text.split(separator: " ").count }
            return SpeakerSection(name: speaker.name, statistics: SpeakerStatistics(words: words, turns: 1, sentences: sentences.count, wordShare: 0))
        }
    }

    static func run(
        _ model: ScriptedLanguageModel,
        transcript: Transcript = Sample.meeting,
        chunkTokens: Int = 1500
    ) async throws -> Report {
        let pipeline = ReportPipeline(model: model, options: options(chunkTokens: chunkTokens))
        return try await pipeline.run(transcript: transcript, speakers: sections(for: transcript), session: SessionInfo(title: "Digital inclusion"))
    }
}

@Suite struct PipelineRunTests {
    @Test func fullRunFillsEverySectionWithGroundedItems() async throws {
        let model = ScriptedLanguageModel.plausible()
        let report = try await PipelineFixture.run(model)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
        #expect(!report.summary.isEmpty)
    }
}
