public import RapporteurKit

extension Evaluation {
    /// Computes every metric of a report against a meeting's reference.
    ///
    /// Decisions and actions are compared with the report's action items ("Resolutions and action items"), problems
    /// with its unresolved issues. Without a reference only speaker coverage and grounding are computed.
    /// - Parameters:
    ///   - report: The report.
    ///   - reference: The meeting's reference, or `nil` when it has none.
    ///   - meeting: The meeting's name for tables.
    /// - Returns: The evaluation.
    public static func evaluate(report: Report, reference: MeetingReference?, meeting: String) -> MeetingEvaluation {
        var evaluation = MeetingEvaluation(
            meeting: meeting,
            speakerCoverage: speakerCoverage(report: report),
            grounding: groundingCheck(report: report)
        )
        guard let reference else { return evaluation }
        evaluation.summary = summaryOverlap(report: report, reference: reference)
        evaluation.qmsumSummary = reference.qmsumGeneralSummary.map {
            summaryOverlap(summary: summaryText(of: report), referenceSummary: $0)
        }
        if !reference.speakerQueries.isEmpty {
            evaluation.speakerPositions = speakerPositions(report: report, reference: reference)
        }
        let actionItems = report.takeaways.actionItems.map(\.text)
        let unresolved = report.takeaways.unresolvedIssues.map(\.text)
        if !reference.decisions.isEmpty { evaluation.decisions = itemMatching(reportItems: actionItems, referenceItems: reference.decisions) }
        if !reference.actions.isEmpty { evaluation.actions = itemMatching(reportItems: actionItems, referenceItems: reference.actions) }
        if !reference.problems.isEmpty { evaluation.problems = itemMatching(reportItems: unresolved, referenceItems: reference.problems) }
        evaluation.talkStatistics = talkStatisticsErrors(report: report, reference: reference)
        return evaluation
    }
}
