import Foundation
import RapporteurKit

/// The one line printed at the end of a report run.
enum RunSummary {
    /// Calls, prompt tokens evaluated vs. reused, generated tokens, items dropped and wall time.
    ///
    /// - Parameters:
    ///   - report: The finished report.
    ///   - wallSeconds: The run's wall time.
    /// - Returns: The line.
    static func line(_ report: Report, wallSeconds: Double) -> String {
        let usage = report.metadata.usage
        let dropped = report.metadata.itemsDropped
        let kept = report.metadata.itemsKept
        return "\(usage.calls) model calls (+\(usage.cachedCalls) from cache), prompt tokens \(usage.promptTokensEvaluated) evaluated / "
            + "\(usage.promptTokensReused) reused from the server's cache, \(usage.generatedTokens) generated; "
            + "\(kept) items verified, \(dropped) dropped; \(TerminalProgress.duration(wallSeconds)) wall time"
    }
}
