extension ReportOutline {
    /// "Agreements": agreement points, similar viewpoints, unexpected consensus, overall assessment.
    mutating func addAgreements() {
        let agreements = report.agreements
        heading(2, "Agreements")
        heading(3, "Agreement points")
        if agreements.points.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for point in agreements.points { addAgreementPoint(point) }
        heading(3, "Similar viewpoints")
        bullets(agreements.similarViewpoints)
        heading(3, "Unexpected consensus")
        bullets(agreements.unexpectedConsensus)
        heading(3, "Overall assessment")
        addAssessment(agreements.assessment, levelLabel: "Consensus level")
    }

    private mutating func addAgreementPoint(_ point: Agreements.Point) {
        heading(4, point.title, citations: point.citations)
        field("Speakers", point.speakers.joined(separator: ", "))
        for id in point.argumentIDs {
            if let member = argument(withID: id) {
                append(.bullet([.link(member.claim, anchor: Anchor.argument(id)), .text(" – \(member.speaker)")]))
            } else {
                append(.bullet([.text("Argument \(id)")]))
            }
        }
        field("Explanation", point.explanation)
        if !point.topics.isEmpty { field("Topics", Self.topicsLine(point.topics)) }
    }

    /// An overall assessment (summary and level), or a placeholder when the report has none.
    ///
    /// - Parameters:
    ///   - assessment: The assessment.
    ///   - levelLabel: "Consensus level" or "Disagreement level".
    mutating func addAssessment(_ assessment: Assessment?, levelLabel: String) {
        guard let assessment else { return append(.placeholder(Self.notAvailable)) }
        field("Summary", assessment.summary.text, citations: assessment.summary.citations)
        field(levelLabel, assessment.level)
    }

    /// "Differences": different viewpoints, unexpected differences, overall assessment, partial agreements.
    mutating func addDifferences() {
        let differences = report.differences
        heading(2, "Differences")
        heading(3, "Different viewpoints")
        if differences.viewpoints.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for viewpoint in differences.viewpoints {
            heading(4, viewpoint.title)
            for stance in viewpoint.stances {
                append(.term(label: stance.speaker, value: Self.inline(stance.stance, stance.citations)))
            }
            field("Explanation", viewpoint.explanation)
            if !viewpoint.topics.isEmpty { field("Topics", Self.topicsLine(viewpoint.topics)) }
        }
        heading(3, "Unexpected differences")
        bullets(differences.unexpectedDifferences)
        heading(3, "Overall assessment")
        addAssessment(differences.assessment, levelLabel: "Disagreement level")
        heading(3, "Partial agreements")
        bullets(differences.partialAgreements)
    }
}
