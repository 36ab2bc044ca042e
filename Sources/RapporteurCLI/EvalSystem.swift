import ArgumentParser
import Foundation

/// What produced a report in an evaluation: the pipeline, or one of the baselines it is compared with.
enum EvalSystem: String, Sendable, Hashable, Codable, CaseIterable {
    /// The grounded report pipeline.
    case pipeline
    /// The first sentences of the transcript as the summary (``LeadBaseline``).
    case lead
    /// One prompt with the whole transcript asking for a summary of about 150 words, as one-prompt tools do
    /// (``SummaryCallBaseline``).
    case oneCall = "one-call"
    /// The whole report asked for in one schema on the whole transcript (``OneCallBaseline``).
    case oneCallReport = "one-call-report"

    /// The baselines, the systems other than the pipeline.
    static let baselines: [EvalSystem] = [.lead, .oneCall, .oneCallReport]

    /// Parses `--baseline` values: each a name or a comma-separated list; repeats are dropped, order kept.
    ///
    /// - Parameter values: The option's values.
    /// - Returns: The baselines.
    /// - Throws: A `ValidationError` for an unknown name.
    static func parseBaselines(_ values: [String]) throws -> [EvalSystem] {
        var result: [EvalSystem] = []
        for name in values.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let system = EvalSystem(rawValue: name), system != .pipeline else {
                throw ValidationError("Unknown baseline \"\(name)\"; use \(baselines.map(\.rawValue).joined(separator: ", ")).")
            }
            if !result.contains(system) { result.append(system) }
        }
        return result
    }
}
