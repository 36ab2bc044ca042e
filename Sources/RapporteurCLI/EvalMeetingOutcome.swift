import RapporteurEvaluation
import RapporteurKit

/// What the pipeline and the baselines gave on one meeting.
struct EvalMeetingOutcome: Sendable {
    /// One system's result.
    struct Result: Sendable {
        /// Whether the system produced an evaluated report.
        enum Status: Sendable, Hashable {
            /// The report was made and evaluated.
            case evaluated(MeetingEvaluation)
            /// The system did not apply to this meeting (e.g. the transcript does not fit the context).
            case notRun(String)
            /// The system or the meeting's input failed.
            case failed(String)
        }

        /// The system.
        var system: EvalSystem
        /// The outcome.
        var status: Status
        /// The report, until it is saved.
        var report: Report?
        /// The report's run metadata (wall time, usage), kept when the report is dropped.
        var metadata: RunMetadata?
        /// The file the report was saved to.
        var reportFile: String?
    }

    /// The meeting.
    var meeting: EvalMeeting
    /// The pipeline's result first, then the baselines' in the order asked.
    var results: [Result]

    /// Whether any system failed on this meeting.
    var hasFailure: Bool {
        results.contains { if case .failed = $0.status { true } else { false } }
    }
}
