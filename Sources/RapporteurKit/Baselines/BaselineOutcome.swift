/// What running a baseline on one meeting gave: a report to evaluate, or the reason it could not run.
public enum BaselineOutcome: Sendable, Hashable {
    /// The baseline's report.
    case report(Report)
    /// The baseline did not run on this meeting, e.g. `transcript of 31204 tokens exceeds the context of 16384 tokens …`.
    case notRun(reason: String)
}
