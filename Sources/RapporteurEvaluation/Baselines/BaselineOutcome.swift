import Foundation
public import RapporteurKit

/// What running a baseline on one meeting gave: a report to evaluate, or the reason it could not run.
public enum BaselineOutcome: Sendable, Hashable {
    /// The baseline's report.
    case report(Report)
    /// The baseline did not run on this meeting, e.g. `transcript of 31204 tokens exceeds the context of 16384 tokens …`.
    case notRun(reason: String)
}

extension RunMetadata {
    /// The metadata of a baseline's report written by one model call.
    ///
    /// - Parameters:
    ///   - baseline: The generator with the baseline's name, e.g. "Rapporteur 0.1.0 (one-call baseline)".
    ///   - model: The model.
    ///   - started: When the run started.
    ///   - finished: When it finished.
    ///   - usage: The call's usage.
    /// - Returns: The metadata, without verification counts.
    static func baseline(_ baseline: String, model: any LanguageModel, started: Date, finished: Date, usage: Usage) -> RunMetadata {
        RunMetadata(
            generator: baseline,
            model: model.name,
            engine: model.engine,
            createdAt: ISO8601DateFormatter().string(from: started),
            wallSeconds: finished.timeIntervalSince(started),
            usage: usage
        )
    }
}
