/// Checking a whole report, for a `verify` command and for tests.
extension GroundingVerifier {
    /// Checks every generated item of a report.
    ///
    /// Roles learnt from the transcript carry no citations in the report; the pipeline checks them with
    /// ``checkRole(_:speaker:citations:)`` when it finds them.
    ///
    /// - Parameter report: A report made from this verifier's transcript.
    /// - Returns: Every failure, each naming its item; empty when the whole report is grounded.
    public func check(_ report: Report) -> [GroundingFailure] {
        var failures = report.speakers.flatMap { $0.arguments.flatMap(check) }
        failures += texts(of: report).flatMap { item, text in check(text, item: item) }
        failures += report.keyPoints.discussionPoints.flatMap(check)
        failures += report.agreements.points.flatMap(check)
        failures += report.differences.viewpoints.flatMap(check)
        failures += report.takeaways.actionItems.flatMap(check)
        failures += report.thoughtProvoking.flatMap(check)
        failures += report.followUpQuestions.flatMap(check)
        return failures
    }

    /// Every plain cited text of a report with a name for messages.
    private func texts(of report: Report) -> [(String, CitedText)] {
        var texts: [(String, CitedText)] = []
        func add(_ name: String, _ items: [CitedText]) {
            for (index, text) in items.enumerated() { texts.append(("\(name) \(index + 1)", text)) }
        }
        add("summary paragraph", report.summary)
        add("purpose", report.keyPoints.purpose.map { [$0] } ?? [])
        add("tone", report.keyPoints.tone.map { [$0] } ?? [])
        add("executive summary paragraph", report.narrative.executiveSummary)
        for section in report.narrative.sections { add("narrative \"\(section.heading)\" paragraph", section.paragraphs) }
        add("conclusion paragraph", report.narrative.conclusion)
        add("similar viewpoint", report.agreements.similarViewpoints)
        add("unexpected consensus", report.agreements.unexpectedConsensus)
        add("consensus assessment", report.agreements.assessment.map { [$0.summary] } ?? [])
        add("unexpected difference", report.differences.unexpectedDifferences)
        add("disagreement assessment", report.differences.assessment.map { [$0.summary] } ?? [])
        add("partial agreement", report.differences.partialAgreements)
        add("key takeaway", report.takeaways.keyTakeaways)
        add("unresolved issue", report.takeaways.unresolvedIssues)
        add("suggested compromise", report.takeaways.compromises)
        add("thought-provoking assessment", report.thoughtProvokingAssessment.map { [$0] } ?? [])
        return texts
    }
}
