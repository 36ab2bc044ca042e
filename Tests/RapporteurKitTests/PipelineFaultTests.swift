import RapporteurTesting
import Testing

@testable import RapporteurKit

/// Injected faults: what is retried, what becomes a diagnostic, and what stops the run.
@Suite struct PipelineFaultTests {
    private func errors(_ report: Report) -> [Diagnostic] { report.diagnostics.filter { $0.severity == .error } }

    @Test func malformedReplyIsRetriedOnceAndThenUsed() async throws {
        let valid = #"{"items":[{"id":15,"kind":"decision","text":"The secretariat will draft a connectivity plan"}]}"#
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "chunk_commitments", replies: [.malformed, .text(valid)])])
        let report = try await PipelineFixture.run(model)
        #expect(model.requests.filter { $0.schemaName == "chunk_commitments" }.count == 2)
        #expect(!report.takeaways.actionItems.isEmpty)
        #expect(report.diagnostics.allSatisfy { $0.severity == .note }, "notes on gists that gave way to their sentence, nothing worse")
    }

    @Test func malformedTwiceFailsTheStepVisiblyAndTheReportIsStillMade() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "chunk_commitments", replies: [.malformed])])
        let report = try await PipelineFixture.run(model)
        #expect(model.requests.filter { $0.schemaName == "chunk_commitments" }.count == 2, "one retry, then give up")
        #expect(report.takeaways.actionItems.isEmpty)
        let failure = try #require(errors(report).first)
        #expect(failure.stage == "extracting")
        #expect(failure.message.hasPrefix("decisions and action items in chunk 1 (sentences 1–16) left out: model reply unusable"))
        #expect(!report.summary.isEmpty && !report.speakers.flatMap(\.arguments).isEmpty, "the other sections are filled")
    }

    @Test func truncatedReplyIsRetriedWithTheLimitNamed() async throws {
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "overview", replies: [.truncated, .plausible])])
        let report = try await PipelineFixture.run(model)
        let retry = try #require(model.requests.last { $0.schemaName == "overview" })
        #expect(retry.messages.last?.content.contains("cut off at the limit of 500 tokens") == true)
        #expect(!report.summary.isEmpty)
    }

    @Test func timeoutFailsOnlyItsStageAndTheRunContinues() async throws {
        let timeout = LanguageModelError(.timeout, "no reply within 600 s")
        let model = ScriptedLanguageModel(rules: [.init(schemaName: "overview", replies: [.failure(timeout)])])
        let report = try await PipelineFixture.run(model)
        #expect(report.keyPoints.purpose == nil && report.keyPoints.tone == nil && report.summary.isEmpty)
        #expect(errors(report).map(\.stage) == ["writing"])
        #expect(errors(report).first?.message == "summary, purpose and tone left out: model call timed out: no reply within 600 s")
        #expect(!report.takeaways.keyTakeaways.isEmpty && !report.narrative.sections.isEmpty, "later calls still ran")
    }

    @Test func threeServerFailuresInARowStopTheRun() async throws {
        let model = ScriptedLanguageModel(fallback: .failure(LanguageModelError(.timeout, "no reply")))
        await #expect {
            try await PipelineFixture.run(model)
        } throws: { error in
            guard case .modelUnavailable(let stage, let underlying) = error as? PipelineError else { return false }
            return stage == "extracting" && underlying.code == .timeout
        }
        #expect(model.requests.count == 3)
    }

    @Test func unreachableServerStopsTheRunAtOnce() async throws {
        let model = ScriptedLanguageModel(rules: [
            .init(schemaName: "chunk_positions", replies: [.failure(LanguageModelError(.unreachable, "connection refused"))])
        ])
        await #expect {
            try await PipelineFixture.run(model)
        } throws: { error in
            (error as? PipelineError).map { String(describing: $0).contains("model server unreachable: connection refused") } ?? false
        }
        #expect(model.requests.map(\.schemaName) == ["chunk_roles", "chunk_positions"])
    }

    @Test func contextTooSmallForAnyChunkIsRefusedBeforeSending() async throws {
        let model = ScriptedLanguageModel(contextTokens: 1000)
        await #expect(throws: PipelineError.contextTooSmall(contextTokens: 1000, minimum: 1400)) {
            try await PipelineFixture.run(model)
        }
        #expect(model.requests.isEmpty)
    }

    @Test func overBudgetChunkIsNeverSentAndIsReported() async throws {
        let huge = String(repeating: "connectivity ", count: 2000) + "matters."
        let turns = Sample.meeting.turns.map { (speaker: $0.speaker, sentences: $0.sentences.map(\.text)) }
        let transcript = Sample.transcript(turns + [("Dana Ilves", [huge])])
        let model = ScriptedLanguageModel(contextTokens: 2400)
        let report = try await PipelineFixture.run(model, transcript: transcript)
        #expect(!model.requests.contains { $0.messages.contains { $0.content.contains(huge) } }, "the oversized chunk is not sent")
        let overBudget = errors(report).filter { $0.message.contains("prompt exceeds the model's context window") }
        #expect(!overBudget.isEmpty)
        #expect(overBudget.allSatisfy { $0.message.contains("sentences 17–17") })
        #expect(!report.summary.isEmpty, "the other chunks are still reported")
    }
}
