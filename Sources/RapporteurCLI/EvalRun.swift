import RapporteurKit

/// One system's run on one meeting, as the JSON output records it.
struct EvalRun: Sendable, Hashable, Codable {
    /// Whether the run produced an evaluated report.
    enum Status: String, Sendable, Hashable, Codable {
        /// The report was made and evaluated.
        case evaluated
        /// The system did not apply to the meeting; ``EvalRun/message`` says why.
        case notRun = "not-run"
        /// The system or the meeting's input failed; ``EvalRun/message`` says how.
        case failed

        /// The label table cells show for a meeting without an evaluation.
        var label: String {
            switch self {
            case .evaluated: "evaluated"
            case .notRun: "not run"
            case .failed: "failed"
            }
        }
    }

    /// The meeting's id.
    var meeting: String
    /// The outcome.
    var status: Status
    /// Why it was not run, or how it failed.
    var message: String?
    /// The run's wall time in seconds, from the report's metadata.
    var wallSeconds: Double?
    /// The run's model calls and tokens, from the report's metadata.
    var usage: RunMetadata.Usage?
    /// The saved report's file.
    var report: String?

    /// The run record of a result.
    ///
    /// - Parameters:
    ///   - result: The result.
    ///   - meeting: The meeting's id.
    init(_ result: EvalMeetingOutcome.Result, meeting: String) {
        self.meeting = meeting
        switch result.status {
        case .evaluated: status = .evaluated
        case .notRun(let reason): (status, message) = (.notRun, reason)
        case .failed(let reason): (status, message) = (.failed, reason)
        }
        wallSeconds = result.metadata?.wallSeconds
        usage = result.metadata?.usage
        report = result.reportFile
    }
}
