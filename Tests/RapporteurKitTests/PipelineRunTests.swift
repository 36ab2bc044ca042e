import Foundation
import RapporteurTesting
import Synchronization
import Testing

@testable import RapporteurKit

/// Helpers shared by the pipeline tests.
enum PipelineFixture {
    static let fixedDate = Date(timeIntervalSince1970: 1_766_000_000)

    /// Options for tests of the stages' mechanics: the support check is off, because the plausible fake writes
    /// filler ("The speakers discussed …") that no sentence supports; `SupportPipelineTests` runs with it.
    static func options(chunkTokens: Int = 1500, concurrency: Int = 1, checksSupport: Bool = false) -> ReportPipeline.Options {
        var options = ReportPipeline.Options(chunkTokens: chunkTokens, concurrency: concurrency, now: { fixedDate })
        options.checksSupport = checksSupport
        return options
    }

    static func sections(for transcript: Transcript, roles: [String: String] = [:]) -> [SpeakerSection] {
        transcript.speakers.map { speaker in
            let sentences = transcript.sentences.filter { $0.speaker == speaker.name }
            let words = sentences.reduce(0) { $0 + $1.text.split(separator: " ").count }
            return SpeakerSection(
                name: speaker.name,
                role: roles[speaker.name],
                roleSource: roles[speaker.name] == nil ? .none : .roster,
                statistics: SpeakerStatistics(words: words, turns: 1, sentences: sentences.count, wordShare: 0)
            )
        }
    }

    static func run(
        _ model: ScriptedLanguageModel,
        transcript: Transcript = Sample.meeting,
        roles: [String: String] = [:],
        chunkTokens: Int = 1500,
        concurrency: Int = 1,
        progress: (any PipelineProgress)? = nil
    ) async throws -> Report {
        let pipeline = ReportPipeline(model: model, options: options(chunkTokens: chunkTokens, concurrency: concurrency), progress: progress)
        return try await pipeline.run(
            transcript: transcript,
            speakers: sections(for: transcript, roles: roles),
            session: SessionInfo(title: "Digital inclusion")
        )
    }

    /// A longer meeting: the sample three times over, so small chunk budgets give several chunks.
    static let longMeeting = Sample.transcript(
        (0..<3).flatMap { _ in Sample.meeting.turns.map { (speaker: $0.speaker, sentences: $0.sentences.map(\.text)) } }
    )
}

/// Records progress events.
final class ProgressRecorder: PipelineProgress {
    let events = Mutex<[String]>([])

    func stageStarted(_ stage: String, total: Int) { events.withLock { $0.append("start \(stage) \(total)") } }
    func stepFinished(_ stage: String, completed: Int, total: Int) { events.withLock { $0.append("step \(stage) \(completed)/\(total)") } }
    func stageFinished(_ stage: String) { events.withLock { $0.append("end \(stage)") } }
}

@Suite struct PipelineRunTests {
    @Test func fullRunFillsEverySectionWithGroundedItems() async throws {
        let model = ScriptedLanguageModel.plausible()
        let report = try await PipelineFixture.run(model)
        #expect(report.summary.count >= 1)
        #expect(!report.keyPoints.discussionPoints.isEmpty && report.keyPoints.purpose != nil && report.keyPoints.tone != nil)
        #expect(report.speakers.allSatisfy { !$0.arguments.isEmpty })
        #expect(report.speakers.flatMap(\.arguments).allSatisfy { $0.discussionPoint != nil && !$0.topics.isEmpty })
        #expect(report.speakers.flatMap(\.arguments).contains { !$0.agreedWith.isEmpty })
        #expect(report.narrative.sections.count == report.keyPoints.discussionPoints.count, "one narrative paragraph per point")
        #expect(report.narrative.sections.map(\.heading) == report.keyPoints.discussionPoints.map(\.title))
        #expect(report.narrative.executiveSummary.isEmpty && report.narrative.conclusion.isEmpty, "no paragraph repeats the summary")
        let agreements = report.agreements
        #expect(!agreements.points.isEmpty && agreements.similarViewpoints.isEmpty && agreements.unexpectedConsensus.isEmpty)
        #expect(agreements.assessment?.level.hasSuffix("consensus") == true)
        let differences = report.differences
        #expect(differences.unexpectedDifferences.isEmpty)
        #expect(differences.assessment == nil || differences.assessment?.level.hasSuffix("disagreement") == true)
        let takeaways = report.takeaways
        #expect(!takeaways.keyTakeaways.isEmpty && !takeaways.unresolvedIssues.isEmpty)
        #expect(takeaways.actionItems.isEmpty, "the fake's neutral texts say nothing is to be done")
        #expect(takeaways.unresolvedIssues.contains { $0.text == "Who will pay for maintenance after the first five years?" })
        #expect(!report.thoughtProvoking.isEmpty && report.thoughtProvokingAssessment == nil)
        #expect(report.transcript == Sample.meeting.sentences)
        #expect(report.diagnostics.allSatisfy { $0.severity == .note }, "notes on gists that gave way to their sentence, nothing worse")
        #expect(GroundingVerifier(transcript: Sample.meeting).check(report).isEmpty, "every item of the report passes verification")
    }

    @Test func metadataNamesModelCountsUsageAndVerification() async throws {
        let model = ScriptedLanguageModel(name: "tiny-1.5b", engine: "llama.cpp server (local)")
        let report = try await PipelineFixture.run(model)
        let metadata = report.metadata
        #expect(metadata.generator == "Rapporteur" && metadata.model == "tiny-1.5b" && metadata.engine == "llama.cpp server (local)")
        #expect(metadata.createdAt == "2025-12-17T19:33:20Z")
        #expect(metadata.wallSeconds == 0)
        #expect(metadata.usage.calls == model.requests.count)
        #expect(metadata.usage.promptTokensReused > 0, "calls on the same chunk reuse the prompt cache")
        #expect(metadata.usage.generatedTokens > 0)
        #expect(metadata.verification.map(\.section).contains("positions"))
        #expect(metadata.verification.filter { $0.section != "commitments" }.allSatisfy { $0.dropped == 0 })
        #expect(report.disclaimer.contains("tiny-1.5b") && report.disclaimer.contains("llama.cpp server (local)"))
        #expect(report.disclaimer.contains("not an official record"))
    }

    @Test func makesTheDocumentedCallsInOrder() async throws {
        let model = ScriptedLanguageModel.plausible()
        _ = try await PipelineFixture.run(model)
        let names = model.requests.map(\.schemaName)
        let points = names.filter { $0 == "point" }.count
        let expected =
            ["chunk_roles"] + Array(repeating: "chunk_positions", count: 3) + ["chunk_commitments", "chunk_quotes"]
            + Array(repeating: "point", count: points) + Array(repeating: "relations", count: names.filter { $0 == "relations" }.count)
            + ["argument_topics", "overview"]
        #expect(names == expected)
        #expect(points >= 1)
        #expect(!names.contains { $0.hasSuffix("_questions") }, "questions are found by the code")
        #expect(model.requests.allSatisfy { $0.temperature == 0 && $0.maxTokens <= 500 }, "every call writes little")
    }

    @Test(arguments: [
        (Sample.transcript([]), PipelineError.transcriptTooShort(words: 0, minimum: 80)),
        (Sample.transcript([("A", ["Hello there."]), ("B", ["Hi."])]), PipelineError.transcriptTooShort(words: 3, minimum: 80)),
        (
            Sample.transcript([("A", [String(repeating: "word ", count: 50) + "end."]), ("B", [String(repeating: "word ", count: 50) + "end."])]),
            PipelineError.tooFewSentences(sentences: 2, minimum: 3)
        ),
    ])
    func refusesANearEmptyTranscriptWithoutCallingTheModel(transcript: Transcript, expected: PipelineError) async throws {
        let model = ScriptedLanguageModel.plausible()
        await #expect(throws: expected) { try await PipelineFixture.run(model, transcript: transcript) }
        #expect(model.requests.isEmpty)
        #expect(expected.description.contains("at least"))
    }

    @Test func reportsProgressOfEveryStage() async throws {
        let recorder = ProgressRecorder()
        _ = try await PipelineFixture.run(.plausible(), progress: recorder)
        let events = recorder.events.withLock { $0 }
        let starts = events.filter { $0.hasPrefix("start ") }
        #expect(
            starts.map { $0.split(separator: " ").dropFirst().dropLast().joined(separator: " ") } == [
                "chunking", "extracting", "discussion points", "relations", "topics", "writing",
            ]
        )
        #expect(starts.first == "start chunking 1" && starts.contains("start extracting 6") && starts.last == "start writing 1")
        for start in starts {
            let parts = start.split(separator: " ")
            let total = String(parts[parts.count - 1])
            let stage = parts.dropFirst().dropLast().joined(separator: " ")
            #expect(events.contains("step \(stage) \(total)/\(total)"), "\(stage) reports every step")
            #expect(events.contains("end \(stage)"))
        }
    }

    @Test func concurrentRunGivesTheSameReport() async throws {
        var sequential = try await PipelineFixture.run(.plausible(), transcript: PipelineFixture.longMeeting, chunkTokens: 300)
        var concurrent = try await PipelineFixture.run(.plausible(), transcript: PipelineFixture.longMeeting, chunkTokens: 300, concurrency: 3)
        sequential.metadata.usage = .init()
        concurrent.metadata.usage = .init()
        #expect(sequential == concurrent)
        #expect(sequential.speakers.allSatisfy { $0.arguments.count <= 5 })
    }

    @Test func repliesArrivingOutOfOrderUnderParallelCallsGiveTheSameReport() async throws {
        var sequential = try await PipelineFixture.run(.plausible(), transcript: PipelineFixture.longMeeting, chunkTokens: 300)
        // The chunk read first answers last: its reply waits longest.
        let slowFirst = ScriptedLanguageModel(delay: { request in
            let text = request.messages.map(\.content).joined()
            return text.contains("[1] ") ? .milliseconds(60) : .milliseconds(5)
        })
        var parallel = try await PipelineFixture.run(slowFirst, transcript: PipelineFixture.longMeeting, chunkTokens: 300, concurrency: 4)
        sequential.metadata.usage = .init()
        parallel.metadata.usage = .init()
        #expect(sequential == parallel)
        let chunkCalls = slowFirst.requests.filter { $0.schemaName == "chunk_positions" }
        #expect(chunkCalls.count > 3)
    }

    @Test func plannedStepsMatchTheCallsMadeOnSeveralChunks() async throws {
        let recorder = ProgressRecorder()
        let model = ScriptedLanguageModel.plausible()
        _ = try await PipelineFixture.run(model, transcript: PipelineFixture.longMeeting, chunkTokens: 300, progress: recorder)
        let totals = Dictionary(
            uniqueKeysWithValues: recorder.events.withLock { $0 }.filter { $0.hasPrefix("start ") }.map { event in
                let parts = event.split(separator: " ")
                return (parts.dropFirst().dropLast().joined(separator: " "), Int(parts[parts.count - 1]) ?? -1)
            }
        )
        let names = model.requests.map(\.schemaName)
        #expect(totals["extracting"] == names.filter { $0.hasPrefix("chunk_") && !$0.hasSuffix("_repair") }.count)
        #expect(totals["discussion points"] == names.filter { $0 == "point" }.count)
        #expect(totals["relations"] == names.filter { $0 == "relations" }.count)
        #expect(totals["topics"] == names.filter { $0 == "argument_topics" }.count)
        #expect(totals["writing"] == names.filter { $0 == "overview" }.count)
        #expect(names.filter { $0 == "chunk_commitments" }.count >= 2, "a decisions call for each chunk with a candidate sentence")
    }

    @Test func positionsOfASpeakerAcrossChunksMergeIntoOneArgumentCitingBoth() async throws {
        // One reply for every chunk: each keeps only the sentence of its own chunk.
        let reply =
            #"{"positions":[{"id":7,"text":"Training teachers must come first"},{"id":23,"text":"Training teachers must come first"}]}"#
        let model = ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_positions", contains: "Which sentences of Alice Ngata", replies: [.text(reply)])
        ])
        let report = try await PipelineFixture.run(model, transcript: PipelineFixture.longMeeting, chunkTokens: 300)
        let alice = try #require(report.speakers.first { $0.name == "Alice Ngata" })
        let training = alice.arguments.filter { $0.claim == "Training teachers must come first" }
        #expect(training.count == 1)
        #expect(training.first?.citations == [7, 23])
        #expect(report.speakers.first { $0.name == "Bruno Costa" }?.arguments.isEmpty == false)
        #expect(training.first?.explanation == CitedText(Sample.meeting.sentences[6].text, citations: [7]), "the speaker's own sentence explains it")
        #expect(model.requests.filter { $0.schemaName == "argument_topics" }.count == 1, "topics for all arguments in one batch")
    }

    @Test func speakerWithoutASectionIsWarnedAboutAndNotAskedAbout() async throws {
        let model = ScriptedLanguageModel.plausible()
        let pipeline = ReportPipeline(model: model, options: PipelineFixture.options())
        let sections = PipelineFixture.sections(for: Sample.meeting).filter { $0.name != "Bruno Costa" }
        let report = try await pipeline.run(transcript: Sample.meeting, speakers: sections, session: SessionInfo(title: "t"))
        #expect(!model.requests.contains { $0.messages.contains { $0.content.contains("Which sentences of Bruno Costa") } })
        #expect(report.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("Bruno Costa speaks in the transcript") })
        #expect(report.speakers.map(\.name) == ["Chair", "Alice Ngata"])
    }
}
