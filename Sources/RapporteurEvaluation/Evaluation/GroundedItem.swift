import RapporteurKit

/// One generated item of a report as the grounding check sees it: its generated text, citations, quotes and,
/// when it speaks for one speaker, that speaker.
struct GroundedItem: Sendable, Hashable {
    /// Where it is, for failure messages: `summary[2]`, `arguments[a3]`.
    var location: String
    /// The generated text (numbers and inline quotes are taken from it).
    var text: String
    /// The sentence IDs it cites.
    var citations: [Int]
    /// Quotes that must be verbatim (a comment's `quote`).
    var quotes: [String] = []
    /// The speaker whose sentences it must cite, for arguments, stances and comments.
    var speaker: String?

    init(_ location: String, text: String, citations: [Int], quotes: [String] = [], speaker: String? = nil) {
        self.location = location
        self.text = text
        self.citations = citations
        self.quotes = quotes
        self.speaker = speaker
    }

    init(_ location: String, _ cited: CitedText, prefix: String = "") {
        self.init(location, text: [prefix, cited.text].filter { !$0.isEmpty }.joined(separator: " "), citations: cited.citations)
    }

    /// Every generated item of a report, section by section.
    static func items(of report: Report) -> [GroundedItem] {
        var items = report.summary.enumerated().map { GroundedItem("summary[\($0.offset)]", $0.element) }
        items += keyPointItems(report.keyPoints)
        items += report.speakers.flatMap { $0.arguments.map(argumentItem) }
        items += agreementItems(report.agreements) + differenceItems(report.differences) + takeawayItems(report.takeaways)
        items += report.thoughtProvoking.enumerated().map { index, comment in
            GroundedItem(
                "thoughtProvoking[\(index)]",
                text: "\(comment.reason) \(comment.impact)",
                citations: comment.citations,
                quotes: [comment.quote],
                speaker: comment.speaker
            )
        }
        items += report.thoughtProvokingAssessment.map { [GroundedItem("thoughtProvokingAssessment", $0)] } ?? []
        items += report.followUpQuestions.enumerated().map { index, question in
            GroundedItem("followUpQuestions[\(index)]", text: "\(question.question) \(question.explanation)", citations: question.citations)
        }
        items += narrativeItems(report.narrative)
        return items
    }

    private static func keyPointItems(_ keyPoints: KeyPoints) -> [GroundedItem] {
        var items = keyPoints.discussionPoints.enumerated().map { index, point in
            GroundedItem("keyPoints[\(index)]", point.description, prefix: point.title)
        }
        items += keyPoints.purpose.map { [GroundedItem("keyPoints.purpose", $0)] } ?? []
        items += keyPoints.tone.map { [GroundedItem("keyPoints.tone", $0)] } ?? []
        return items
    }

    private static func argumentItem(_ argument: Argument) -> GroundedItem {
        let citations = argument.citations + argument.explanation.citations + (argument.evidence?.citations ?? [])
        return GroundedItem("arguments[\(argument.id)]", text: Evaluation.argumentText(argument), citations: citations, speaker: argument.speaker)
    }

    private static func agreementItems(_ agreements: Agreements) -> [GroundedItem] {
        var items = agreements.points.enumerated().map { index, point in
            GroundedItem("agreements[\(index)]", text: "\(point.title) \(point.explanation)", citations: point.citations)
        }
        items += agreements.similarViewpoints.enumerated().map { GroundedItem("agreements.similarViewpoints[\($0.offset)]", $0.element) }
        items += agreements.unexpectedConsensus.enumerated().map { GroundedItem("agreements.unexpectedConsensus[\($0.offset)]", $0.element) }
        items += agreements.assessment.map { [GroundedItem("agreements.assessment", $0.summary, prefix: $0.level)] } ?? []
        return items
    }

    private static func differenceItems(_ differences: Differences) -> [GroundedItem] {
        var items: [GroundedItem] = []
        for (index, viewpoint) in differences.viewpoints.enumerated() {
            let citations = viewpoint.stances.flatMap(\.citations)
            items.append(GroundedItem("differences[\(index)]", text: "\(viewpoint.title) \(viewpoint.explanation)", citations: citations))
            items += viewpoint.stances.enumerated().map { stanceIndex, stance in
                GroundedItem(
                    "differences[\(index)].stances[\(stanceIndex)]",
                    text: stance.stance,
                    citations: stance.citations,
                    speaker: stance.speaker
                )
            }
        }
        items += differences.unexpectedDifferences.enumerated().map { GroundedItem("differences.unexpected[\($0.offset)]", $0.element) }
        items += differences.partialAgreements.enumerated().map { GroundedItem("differences.partialAgreements[\($0.offset)]", $0.element) }
        items += differences.assessment.map { [GroundedItem("differences.assessment", $0.summary, prefix: $0.level)] } ?? []
        return items
    }

    private static func takeawayItems(_ takeaways: Takeaways) -> [GroundedItem] {
        var items = takeaways.keyTakeaways.enumerated().map { GroundedItem("takeaways.key[\($0.offset)]", $0.element) }
        items += takeaways.actionItems.enumerated().map {
            GroundedItem("takeaways.actionItems[\($0.offset)]", text: $0.element.text, citations: $0.element.citations)
        }
        items += takeaways.unresolvedIssues.enumerated().map { GroundedItem("takeaways.unresolved[\($0.offset)]", $0.element) }
        items += takeaways.compromises.enumerated().map { GroundedItem("takeaways.compromises[\($0.offset)]", $0.element) }
        return items
    }

    private static func narrativeItems(_ narrative: Narrative) -> [GroundedItem] {
        var items = narrative.executiveSummary.enumerated().map { GroundedItem("narrative.executiveSummary[\($0.offset)]", $0.element) }
        for (index, section) in narrative.sections.enumerated() {
            items += section.paragraphs.enumerated().map { GroundedItem("narrative.sections[\(index)][\($0.offset)]", $0.element) }
        }
        items += narrative.conclusion.enumerated().map { GroundedItem("narrative.conclusion[\($0.offset)]", $0.element) }
        return items
    }
}
