import Synchronization

/// What a run records besides its results: diagnostics, verification counts per section, and the streak of
/// consecutive failed model calls. Safe to share between concurrent calls.
final class RunLog: Sendable {
    private struct State {
        var diagnostics: [Diagnostic] = []
        var sections: [String] = []
        var counts: [String: RunMetadata.SectionVerification] = [:]
        var failureStreak = 0
    }

    private let state = Mutex(State())

    /// Adds a diagnostic.
    ///
    /// - Parameters:
    ///   - severity: How serious it is.
    ///   - stage: The pipeline stage.
    ///   - message: What happened.
    func add(_ severity: Diagnostic.Severity, stage: String, _ message: String) {
        state.withLock { $0.diagnostics.append(Diagnostic(severity: severity, message: message, stage: stage)) }
    }

    /// Counts one verified item of a section.
    ///
    /// - Parameters:
    ///   - section: The report section, e.g. `arguments`.
    ///   - kept: Whether the item was kept.
    ///   - repaired: Whether it was kept after a repair.
    func count(section: String, kept: Bool, repaired: Bool) {
        state.withLock { state in
            if state.counts[section] == nil {
                state.sections.append(section)
                state.counts[section] = RunMetadata.SectionVerification(section: section, kept: 0, dropped: 0)
            }
            if kept { state.counts[section]?.kept += 1 } else { state.counts[section]?.dropped += 1 }
            if repaired { state.counts[section]?.repaired += 1 }
        }
    }

    /// Notes a model call's outcome and returns how many calls in a row have failed with server failures.
    ///
    /// - Parameter failed: Whether the call failed with a server failure.
    /// - Returns: The current streak of failures.
    func noteCall(failed: Bool) -> Int {
        state.withLock { state in
            state.failureStreak = failed ? state.failureStreak + 1 : 0
            return state.failureStreak
        }
    }

    /// The diagnostics so far.
    var diagnostics: [Diagnostic] { state.withLock { $0.diagnostics } }

    /// The verification counts: the pipeline's sections in stage order (``sectionOrder``), then any other in the
    /// order it was first counted. A fixed order, so that concurrent calls finishing in another order give the same
    /// report.
    var verification: [RunMetadata.SectionVerification] {
        state.withLock { state in
            let ranked = state.sections.enumerated().sorted { first, second in
                let a = Self.sectionOrder.firstIndex(of: first.element) ?? Self.sectionOrder.count + first.offset
                let b = Self.sectionOrder.firstIndex(of: second.element) ?? Self.sectionOrder.count + second.offset
                return a < b
            }
            return ranked.compactMap { state.counts[$0.element] }
        }
    }

    /// The sections the pipeline counts, in the order of its stages.
    static let sectionOrder = [
        "roles", "chunkArguments", "actionItems", "openQuestions", "arguments", "discussionPoints", "agreements",
        "differences", "partialAgreements", "summary", "keyPoints", "keyTakeaways", "unresolvedIssues", "compromises",
        "similarViewpoints", "unexpectedConsensus", "unexpectedDifferences", "assessments", "thoughtProvoking",
        "thoughtProvokingAssessment", "followUpQuestions", "narrative",
    ]

    /// Puts one stage's diagnostics in a fixed order (by message, which names the chunk), keeping them where they
    /// are among the others: concurrent calls log in the order they finish.
    ///
    /// - Parameter stage: The stage whose diagnostics are ordered.
    func orderDiagnostics(of stage: String) {
        state.withLock { state in
            let positions = state.diagnostics.indices.filter { state.diagnostics[$0].stage == stage }
            let ordered = positions.map { state.diagnostics[$0] }.sorted { $0.message < $1.message }
            for (position, diagnostic) in zip(positions, ordered) { state.diagnostics[position] = diagnostic }
        }
    }
}
