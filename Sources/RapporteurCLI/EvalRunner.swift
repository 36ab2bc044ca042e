import Foundation
import RapporteurEvaluation
import RapporteurKit

/// Evaluates meetings on any ``LanguageModel``: the pipeline's report and each baseline's, each scored with
/// ``Evaluation/evaluate(report:reference:meeting:)``. A failing meeting or system is recorded and the run goes on.
struct EvalRunner: Sendable {
    /// The model the pipeline and the one-call baseline run on.
    var model: any LanguageModel
    /// The baselines to run besides the pipeline, in order.
    var baselines: [EvalSystem]
    /// Transcript tokens per pipeline chunk.
    var chunkTokens = ReportPipeline.Options.defaultChunkTokens
    /// The topic taxonomy.
    var taxonomy = Taxonomy.diplo
    /// The tool name written into reports.
    var generator = "Rapporteur \(RapporteurCommand.version)"
    /// Receives pipeline progress.
    var progress: (any PipelineProgress)?
    /// The clock.
    var now: @Sendable () -> Date = { Date() }
    /// Receives one line per meeting and per system, for people.
    var log: @Sendable (String) -> Void = { _ in }

    /// Evaluates the meetings in order.
    ///
    /// - Parameters:
    ///   - meetings: The meetings.
    ///   - finished: Called after each meeting, e.g. to save its reports (and set their files).
    /// - Returns: The outcomes, in the order of `meetings`.
    /// - Throws: `CancellationError`, or what `finished` throws.
    func run(_ meetings: [EvalMeeting], finished: (inout EvalMeetingOutcome) throws -> Void = { _ in }) async throws -> [EvalMeetingOutcome] {
        var outcomes: [EvalMeetingOutcome] = []
        for (index, meeting) in meetings.enumerated() {
            log("[\(index + 1)/\(meetings.count)] \(meeting.id): \(meeting.transcript)" + (meeting.reference.map { ", \($0)" } ?? ", no reference"))
            var outcome = try await evaluate(meeting)
            for result in outcome.results { log("  \(result.system.rawValue): \(EvalOutput.describe(EvalRun(result, meeting: meeting.id)))") }
            try finished(&outcome)
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// Evaluates one meeting with the pipeline and the baselines.
    ///
    /// - Parameter meeting: The meeting.
    /// - Returns: One result per system; every system fails with the reason when the meeting's files are unusable.
    /// - Throws: `CancellationError` only.
    func evaluate(_ meeting: EvalMeeting) async throws -> EvalMeetingOutcome {
        let loaded: (session: LoadedSession, reference: MeetingReference?)
        do {
            loaded = try meeting.load()
        } catch {
            let reason = "\(error)"
            return EvalMeetingOutcome(meeting: meeting, results: ([.pipeline] + baselines).map { .init(system: $0, status: .failed(reason)) })
        }
        let input = Input(meeting: meeting, loaded: loaded.session, reference: loaded.reference)
        var results: [EvalMeetingOutcome.Result] = []
        for system in [.pipeline] + baselines {
            results.append(try await attempt(system, input: input))
        }
        return EvalMeetingOutcome(meeting: meeting, results: results)
    }

    /// What every system is given for one meeting.
    private struct Input {
        var meeting: EvalMeeting
        var loaded: LoadedSession
        var reference: MeetingReference?

        var session: SessionInfo {
            let roster = loaded.session
            return SessionInfo(title: roster?.title ?? meeting.id, date: roster?.date, time: roster?.time, venue: roster?.venue)
        }
    }

    /// Runs one system and evaluates its report; any failure but cancellation becomes a failed result.
    private func attempt(_ system: EvalSystem, input: Input) async throws -> EvalMeetingOutcome.Result {
        do {
            switch try await report(of: system, input: input) {
            case .report(let report):
                let evaluation = Evaluation.evaluate(report: report, reference: input.reference, meeting: input.meeting.id)
                return .init(system: system, status: .evaluated(evaluation), report: report, metadata: report.metadata)
            case .notRun(let reason):
                return .init(system: system, status: .notRun(reason))
            }
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            return .init(system: system, status: .failed("\(error)"))
        }
    }

    private func report(of system: EvalSystem, input: Input) async throws -> BaselineOutcome {
        let transcript = input.loaded.transcript
        let speakers = input.loaded.speakerSections
        switch system {
        case .pipeline:
            let pipeline = ReportPipeline(
                model: model,
                taxonomy: taxonomy,
                options: .init(chunkTokens: chunkTokens, generator: generator, now: now),
                progress: progress
            )
            return .report(try await pipeline.run(transcript: transcript, speakers: speakers, session: input.session))
        case .lead:
            return .report(
                LeadBaseline.report(
                    transcript: transcript,
                    speakers: speakers,
                    session: input.session,
                    targetWords: LeadBaseline.targetWords(reference: input.reference),
                    generator: generator,
                    createdAt: ISO8601DateFormatter().string(from: now())
                )
            )
        case .oneCall:
            return try await SummaryCallBaseline(model: model, generator: generator, now: now).run(
                transcript: transcript,
                speakers: speakers,
                session: input.session
            )
        case .oneCallReport:
            return try await OneCallBaseline(model: model, generator: generator, now: now).run(
                transcript: transcript,
                speakers: speakers,
                session: input.session
            )
        }
    }
}
