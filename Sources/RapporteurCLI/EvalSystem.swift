import ArgumentParser
import Foundation

/// What produced a report in an evaluation: the pipeline, or one of the baselines it is compared with.
enum EvalSystem: String, Sendable, Hashable, Codable, CaseIterable {
    /// The grounded report pipeline.
    case pipeline
    /// The first sentences of the transcript as the summary (``LeadBaseline``).
    case lead
    /// The whole report asked for in one call on the whole transcript (``OneCallBaseline``).
    case oneCall = "one-call"

    /// The baselines, the systems other than the pipeline.
    static let baselines: [EvalSystem] = [.lead, .oneCall]

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
