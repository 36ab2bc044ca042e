import RapporteurEvaluation
import RapporteurKit

/// The result of `rapporteur eval`: the JSON output, and what the table and Markdown outputs are rendered from.
///
/// `evaluations` and `averages` are the pipeline's; each baseline has its own. Runs that were not evaluated have no
/// evaluation and are left out of the averages; their status and message are in the run records.
struct EvalOutput: Sendable, Hashable, Codable {
    /// One meeting: its files and the pipeline's run.
    struct Meeting: Sendable, Hashable, Codable {
        /// The meeting's id.
        var id: String
        /// The transcript file used, relative to the evaluation folder.
        var transcript: String
        /// The reference file, relative to the evaluation folder.
        var reference: String?
        /// The roster applied.
        var roster: String?
        /// The pipeline's run.
        var pipeline: EvalRun
    }

    /// One baseline across the meetings.
    struct Baseline: Sendable, Hashable, Codable {
        /// The baseline's name: `lead`, `one-call` or `one-call-report`.
        var name: String
        /// One run per meeting.
        var runs: [EvalRun]
        /// The evaluations of the runs that were evaluated.
        var evaluations: [MeetingEvaluation]
        /// Their combination.
        var averages: EvaluationAverage
    }

    /// When the evaluation ran, ISO 8601.
    var date: String
    /// The tool and its version.
    var generator: String
    /// The model the pipeline and the one-call baseline ran on.
    var model: String
    /// The engine or endpoint.
    var engine: String
    /// The meetings, in order.
    var meetings: [Meeting]
    /// The pipeline's evaluations.
    var evaluations: [MeetingEvaluation]
    /// The pipeline's evaluations combined.
    var averages: EvaluationAverage
    /// The baselines, in the order asked.
    var baselines: [Baseline]

    /// Gathers the outcomes of a run.
    ///
    /// - Parameters:
    ///   - outcomes: The meetings' outcomes.
    ///   - baselines: The baselines that were run.
    ///   - date: When the evaluation ran, ISO 8601.
    ///   - generator: The tool and its version.
    ///   - model: The model's name.
    ///   - engine: The engine.
    init(outcomes: [EvalMeetingOutcome], baselines: [EvalSystem], date: String, generator: String, model: String, engine: String) {
        self.date = date
        self.generator = generator
        self.model = model
        self.engine = engine
        func results(_ system: EvalSystem) -> [(String, EvalMeetingOutcome.Result)] {
            outcomes.compactMap { outcome in outcome.results.first { $0.system == system }.map { (outcome.meeting.id, $0) } }
        }
        meetings = outcomes.map { outcome in
            let pipeline = outcome.results.first { $0.system == .pipeline } ?? .init(system: .pipeline, status: .failed("not run"))
            return Meeting(
                id: outcome.meeting.id,
                transcript: outcome.meeting.transcript,
                reference: outcome.meeting.reference,
                roster: outcome.meeting.roster,
                pipeline: EvalRun(pipeline, meeting: outcome.meeting.id)
            )
        }
        evaluations = results(.pipeline).compactMap { Self.evaluation($0.1) }
        averages = Evaluation.averaged(evaluations)
        self.baselines = baselines.map { system in
            let evaluated = results(system).compactMap { Self.evaluation($0.1) }
            return Baseline(
                name: system.rawValue,
                runs: results(system).map { EvalRun($0.1, meeting: $0.0) },
                evaluations: evaluated,
                averages: Evaluation.averaged(evaluated)
            )
        }
    }

    /// Whether any run failed.
    var hasFailure: Bool {
        meetings.contains { $0.pipeline.status == .failed } || baselines.contains { $0.runs.contains { $0.status == .failed } }
    }

    private static func evaluation(_ result: EvalMeetingOutcome.Result) -> MeetingEvaluation? {
        if case .evaluated(let evaluation) = result.status { return evaluation }
        return nil
    }
}
