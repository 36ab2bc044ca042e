/// One check per kind of report item, each combining the rules that apply to it.
extension GroundingVerifier {
    /// Checks a cited statement: it cites existing sentences and every number in it is in them.
    ///
    /// - Parameters:
    ///   - text: The statement.
    ///   - item: The item's name for messages.
    /// - Returns: The failures.
    public func check(_ text: CitedText, item: String) -> [GroundingFailure] {
        checkCitations(text.citations, item: item) + checkNumbers(in: text.text, citations: text.citations, item: item)
    }

    /// Checks an argument: its citations (and those of its explanation and evidence) exist and are all the
    /// speaker's, the numbers in claim, explanation and evidence are in them, and related speakers exist.
    ///
    /// - Parameter argument: The argument.
    /// - Returns: The failures.
    public func check(_ argument: Argument) -> [GroundingFailure] {
        let item = "argument \(argument.id) of \(argument.speaker)"
        let all = argument.citations + argument.explanation.citations + (argument.evidence?.citations ?? [])
        var failures = checkCitations(argument.citations, item: item)
        failures += checkCitations(all, item: item).filter { $0.kind != .noCitations }
        failures += checkAttribution(unique(all), speaker: argument.speaker, item: item)
        let text = [argument.claim, argument.explanation.text, argument.evidence?.text ?? ""].joined(separator: " ")
        failures += checkNumbers(in: text, citations: all, item: item)
        for relation in argument.agreedWith + argument.disagreedWith {
            failures += checkSpeaker(relation.speaker, item: item, citations: argument.citations)
        }
        return unique(failures)
    }

    /// Checks a thought-provoking comment: attributed to its speaker, the quote verbatim from the cited
    /// sentences, and no number in reason or impact that they lack.
    ///
    /// - Parameter comment: The comment.
    /// - Returns: The failures.
    public func check(_ comment: ThoughtProvokingComment) -> [GroundingFailure] {
        let item = "thought-provoking comment of \(comment.speaker)"
        var failures = checkCitations(comment.citations, item: item)
        failures += checkAttribution(comment.citations, speaker: comment.speaker, item: item)
        failures += checkQuote(comment.quote, citations: comment.citations, item: item)
        failures += checkNumbers(in: comment.reason + " " + comment.impact, citations: comment.citations, item: item)
        return failures
    }

    /// Checks a follow-up question: citations exist, are the speaker's when it has one, and support its numbers.
    ///
    /// - Parameter question: The question.
    /// - Returns: The failures.
    public func check(_ question: FollowUpQuestion) -> [GroundingFailure] {
        let item = "follow-up question \"\(question.question)\""
        var failures = checkCitations(question.citations, item: item)
        if let speaker = question.speaker {
            failures += checkSpeaker(speaker, item: item, citations: question.citations)
            failures += checkAttribution(question.citations, speaker: speaker, item: item)
        }
        failures += checkNumbers(in: question.question + " " + question.explanation, citations: question.citations, item: item)
        return failures
    }

    /// Checks a resolution or action item: citations exist, the owner speaks in the session, numbers are cited.
    ///
    /// - Parameter actionItem: The action item.
    /// - Returns: The failures.
    public func check(_ actionItem: Takeaways.ActionItem) -> [GroundingFailure] {
        let item = "action item \"\(actionItem.text)\""
        var failures = check(CitedText(actionItem.text, citations: actionItem.citations), item: item)
        if let owner = actionItem.owner { failures += checkSpeaker(owner, item: item, citations: actionItem.citations) }
        return failures
    }

    /// Checks an agreement point: citations exist, every listed speaker has a cited sentence, numbers are cited.
    ///
    /// - Parameter point: The agreement point.
    /// - Returns: The failures.
    public func check(_ point: Agreements.Point) -> [GroundingFailure] {
        let item = "agreement \"\(point.title)\""
        var failures = check(CitedText(point.title + " " + point.explanation, citations: point.citations), item: item)
        let citedSpeakers = Set(point.citations.compactMap { sentence($0)?.speaker })
        for speaker in point.speakers where !citedSpeakers.contains(speaker) {
            failures.append(GroundingFailure(kind: .speakerNotCited(speaker), item: item, citations: point.citations))
        }
        return failures
    }

    /// Checks a different viewpoint: each stance cites only its speaker and supports its numbers; title and
    /// explanation rest on the union of the stances' citations.
    ///
    /// - Parameter viewpoint: The viewpoint.
    /// - Returns: The failures.
    public func check(_ viewpoint: Differences.Viewpoint) -> [GroundingFailure] {
        let item = "difference \"\(viewpoint.title)\""
        var failures: [GroundingFailure] = []
        for stance in viewpoint.stances {
            let stanceItem = "\(item), stance of \(stance.speaker)"
            failures += checkCitations(stance.citations, item: stanceItem)
            failures += checkAttribution(stance.citations, speaker: stance.speaker, item: stanceItem)
            failures += checkNumbers(in: stance.stance, citations: stance.citations, item: stanceItem)
        }
        let all = unique(viewpoint.stances.flatMap(\.citations))
        failures += checkNumbers(in: viewpoint.title + " " + viewpoint.explanation, citations: all, item: item)
        return failures
    }

    /// Checks a major discussion point: its description's citations exist and support the numbers of title and
    /// description.
    ///
    /// - Parameter point: The discussion point.
    /// - Returns: The failures.
    public func check(_ point: KeyPoints.DiscussionPoint) -> [GroundingFailure] {
        let text = CitedText(point.title + " " + point.description.text, citations: point.description.citations)
        return check(text, item: "discussion point \"\(point.title)\"")
    }

    private func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
