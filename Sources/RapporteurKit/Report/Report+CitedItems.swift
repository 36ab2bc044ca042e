/// The one walk over a report's generated, cited items, shared by the support verifier (which rewrites them),
/// the evaluation and the counts (which read them).
extension Report {
    /// Every generated item of the report, in reading order.
    public var citedItems: [CitedItem] {
        var items: [CitedItem] = []
        _ = rewritingCitedItems { item in
            items.append(item)
            return item
        }
        return items
    }

    /// A copy of the report with every generated item passed through `transform`.
    ///
    /// `transform` returns the item to keep, with new citations and support score, or `nil` to drop it. Only an
    /// item whose ``CitedItem/isEditable`` is true may come back with another text (its unsupported sentences
    /// left out); other texts are kept as they were. Dropping a part drops what cannot stand without it: an
    /// argument without its claim, a difference with fewer than two stances or without its explanation, an
    /// agreement or a discussion point without its explanation, a narrative section whose paragraphs are all dropped. A
    /// thought-provoking comment whose reason is dropped keeps its quote. Empty texts are not walked.
    ///
    /// - Parameter transform: Called once per item, in reading order.
    /// - Returns: The rewritten report; everything that is not a generated item is unchanged.
    public func rewritingCitedItems(_ transform: (CitedItem) -> CitedItem?) -> Report {
        func walk(_ item: CitedItem) -> CitedItem? {
            guard !item.text.allSatisfy(\.isWhitespace) else { return item }
            guard var result = transform(item) else { return nil }
            if !item.isEditable { result.text = item.text }
            return result
        }
        func prose(_ text: CitedText, _ section: ReportSection, _ location: String, speaker: String? = nil) -> CitedText? {
            let item = CitedItem(
                section: section,
                location: location,
                text: text.text,
                citations: text.citations,
                speaker: speaker,
                support: text.support
            )
            return walk(item).map { CitedText($0.text, citations: $0.citations, support: $0.support) }
        }
        func list(_ texts: [CitedText], _ section: ReportSection) -> [CitedText] {
            texts.enumerated().compactMap { prose($0.element, section, "\(section.rawValue)[\($0.offset)]") }
        }
        func assessment(_ value: Assessment?, _ section: ReportSection) -> Assessment? {
            guard let value, let summary = prose(value.summary, section, section.rawValue) else { return nil }
            return Assessment(summary: summary, level: value.level)
        }

        var report = self
        report.summary = list(summary, .summary)
        report.keyPoints.purpose = keyPoints.purpose.flatMap { prose($0, .purpose, "purpose") }
        report.keyPoints.tone = keyPoints.tone.flatMap { prose($0, .tone, "tone") }
        report.keyPoints.discussionPoints = keyPoints.discussionPoints.enumerated().compactMap { index, point in
            prose(point.description, .discussionPoints, "discussionPoints[\(index)]").map {
                KeyPoints.DiscussionPoint(title: point.title, description: $0)
            }
        }
        report.speakers = speakers.map { section in
            var section = section
            section.arguments = section.arguments.compactMap { Self.rewrite($0, walk: walk, prose: prose) }
            return section
        }
        report.narrative = Narrative(
            executiveSummary: narrative.executiveSummary.enumerated().compactMap {
                prose($0.element, .narrative, "narrative.executiveSummary[\($0.offset)]")
            },
            sections: narrative.sections.enumerated().compactMap { index, section in
                let paragraphs = section.paragraphs.enumerated().compactMap {
                    prose($0.element, .narrative, "narrative.sections[\(index)][\($0.offset)]")
                }
                return paragraphs.isEmpty && !section.paragraphs.isEmpty ? nil : Narrative.Section(heading: section.heading, paragraphs: paragraphs)
            },
            conclusion: narrative.conclusion.enumerated().compactMap { prose($0.element, .narrative, "narrative.conclusion[\($0.offset)]") }
        )
        report.agreements = Agreements(
            points: agreements.points.enumerated().compactMap { Self.rewrite($0.element, index: $0.offset, walk: walk) },
            similarViewpoints: list(agreements.similarViewpoints, .similarViewpoints),
            unexpectedConsensus: list(agreements.unexpectedConsensus, .unexpectedConsensus),
            assessment: assessment(agreements.assessment, .consensusAssessment)
        )
        report.differences = Differences(
            viewpoints: differences.viewpoints.enumerated().compactMap { Self.rewrite($0.element, index: $0.offset, walk: walk) },
            unexpectedDifferences: list(differences.unexpectedDifferences, .unexpectedDifferences),
            assessment: assessment(differences.assessment, .disagreementAssessment),
            partialAgreements: list(differences.partialAgreements, .partialAgreements)
        )
        report.takeaways = Takeaways(
            keyTakeaways: list(takeaways.keyTakeaways, .keyTakeaways),
            actionItems: takeaways.actionItems.enumerated().compactMap { index, action in
                let item = CitedItem(
                    section: .actionItems,
                    location: "actionItems[\(index)]",
                    kind: .action,
                    text: action.text,
                    citations: action.citations,
                    parties: action.owner.map { [$0] } ?? [],
                    support: action.support
                )
                return walk(item).map {
                    Takeaways.ActionItem(text: $0.text, owner: $0.parties.first, citations: $0.citations, support: $0.support)
                }
            },
            unresolvedIssues: list(takeaways.unresolvedIssues, .unresolvedIssues),
            compromises: list(takeaways.compromises, .compromises)
        )
        report.thoughtProvoking = thoughtProvoking.enumerated().compactMap { Self.rewrite($0.element, index: $0.offset, walk: walk) }
        report.thoughtProvokingAssessment = thoughtProvokingAssessment.flatMap {
            prose($0, .thoughtProvokingAssessment, "thoughtProvokingAssessment")
        }
        report.followUpQuestions = followUpQuestions.enumerated().compactMap { index, question in
            let item = CitedItem(
                section: .followUpQuestions,
                location: "followUpQuestions[\(index)]",
                text: [question.question, question.explanation].filter { !$0.isEmpty }.joined(separator: " "),
                citations: question.citations,
                speaker: question.speaker,
                isEditable: false,
                support: question.support
            )
            return walk(item).map {
                FollowUpQuestion(
                    question: question.question,
                    speaker: question.speaker,
                    explanation: question.explanation,
                    citations: $0.citations,
                    support: $0.support
                )
            }
        }
        return report
    }

    private static func rewrite(
        _ argument: Argument,
        walk: (CitedItem) -> CitedItem?,
        prose: (CitedText, ReportSection, String, String?) -> CitedText?
    ) -> Argument? {
        let location = "arguments[\(argument.id)]"
        let claim = CitedItem(
            section: .arguments,
            location: location + ".claim",
            text: argument.claim,
            citations: argument.citations,
            speaker: argument.speaker,
            support: argument.support
        )
        guard let kept = walk(claim) else { return nil }
        var argument = argument
        argument.claim = kept.text
        argument.citations = kept.citations
        argument.support = kept.support
        argument.explanation = prose(argument.explanation, .arguments, location + ".explanation", argument.speaker) ?? CitedText("")
        argument.evidence = argument.evidence.flatMap { prose($0, .arguments, location + ".evidence", argument.speaker) }
        return argument
    }

    private static func rewrite(_ point: Agreements.Point, index: Int, walk: (CitedItem) -> CitedItem?) -> Agreements.Point? {
        let item = CitedItem(
            section: .agreements,
            location: "agreements[\(index)]",
            text: [point.title, point.explanation].filter { !$0.isEmpty }.joined(separator: ": "),
            citations: point.citations,
            parties: point.speakers,
            isEditable: false,
            support: point.support
        )
        guard let kept = walk(item), kept.parties.count >= 2 else { return nil }
        var point = point
        point.speakers = kept.parties
        point.citations = kept.citations
        point.support = kept.support
        return point
    }

    private static func rewrite(_ viewpoint: Differences.Viewpoint, index: Int, walk: (CitedItem) -> CitedItem?) -> Differences.Viewpoint? {
        let location = "differences[\(index)]"
        let stances = viewpoint.stances.enumerated().compactMap { stanceIndex, stance -> Differences.Stance? in
            let item = CitedItem(
                section: .differences,
                location: "\(location).stances[\(stanceIndex)]",
                text: stance.stance,
                citations: stance.citations,
                speaker: stance.speaker,
                isEditable: false,
                support: stance.support
            )
            return walk(item).map { Differences.Stance(speaker: stance.speaker, stance: stance.stance, citations: $0.citations, support: $0.support) }
        }
        guard Set(stances.map(\.speaker)).count >= 2 else { return nil }
        let item = CitedItem(
            section: .differences,
            location: location,
            text: [viewpoint.title, viewpoint.explanation].filter { !$0.isEmpty }.joined(separator: ": "),
            citations: Array(Set(stances.flatMap(\.citations))).sorted(),
            isEditable: false,
            support: viewpoint.support
        )
        guard let kept = walk(item) else { return nil }
        var viewpoint = viewpoint
        viewpoint.stances = stances
        viewpoint.support = kept.support
        return viewpoint
    }

    private static func rewrite(_ comment: ThoughtProvokingComment, index: Int, walk: (CitedItem) -> CitedItem?) -> ThoughtProvokingComment? {
        let location = "thoughtProvoking[\(index)]"
        let quote = CitedItem(
            section: .thoughtProvoking,
            location: location + ".quote",
            kind: .quote,
            text: comment.quote,
            citations: comment.citations,
            speaker: comment.speaker,
            isEditable: false
        )
        guard let kept = walk(quote) else { return nil }
        var comment = comment
        comment.citations = kept.citations
        let reason = CitedItem(
            section: .thoughtProvoking,
            location: location + ".reason",
            text: [comment.reason, comment.impact].filter { !$0.isEmpty }.joined(separator: " "),
            citations: kept.citations,
            isEditable: false,
            support: comment.support
        )
        if let checked = walk(reason) {
            comment.support = checked.support
        } else {
            comment.reason = ""
            comment.impact = ""
            comment.support = nil
        }
        return comment
    }
}
