extension ReportOutline {
    /// "Session transcript": per speaker, the index letter, measured statistics and the speaker's arguments.
    mutating func addSessionTranscript() {
        heading(2, "Session transcript")
        if report.speakers.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for (offset, speaker) in report.speakers.enumerated() {
            append(.indexLetter(speaker.name.first(where: \.isLetter).map { String($0).uppercased() } ?? "#"))
            heading(3, speaker.name, anchor: Anchor.speaker(offset + 1))
            addStatistics(speaker.statistics)
            if speaker.arguments.isEmpty { append(.placeholder("No arguments identified.")) }
            for argument in speaker.arguments { addArgument(argument) }
        }
    }

    private mutating func addStatistics(_ statistics: SpeakerStatistics) {
        let speed = statistics.wordsPerMinute.map { "\(ReportNumbers.integer($0)) words per minute" }
        field("Speech speed", speed ?? "not available")
        let words = ReportNumbers.counted(statistics.words, "word", "words")
        field("Speech length", "\(words) (\(ReportNumbers.percent(statistics.wordShare)) of all words)")
        var time = "not available"
        if let seconds = statistics.speechSeconds {
            time = "\(ReportNumbers.integer(seconds)) seconds"
            if let share = statistics.timeShare { time += " (\(ReportNumbers.percent(share)) of speech time)" }
        }
        field("Speech time", time)
    }

    private mutating func addArgument(_ argument: Argument) {
        heading(4, argument.claim, citations: argument.citations, anchor: Anchor.argument(argument.id))
        field("Explanation", argument.explanation.text, citations: argument.explanation.citations)
        if let evidence = argument.evidence { field("Evidence", evidence.text, citations: evidence.citations) }
        if let point = argument.discussionPoint { field("Major discussion point", point) }
        // A session the taxonomy does not fit has its discussion points as topics: shown once, as the point.
        let pointOnly = argument.topics == argument.discussionPoint.map { [TopicRef(basket: $0, topic: "")] }
        if !argument.topics.isEmpty, !pointOnly { field("Topics", Self.topicsLine(argument.topics)) }
        for relation in argument.agreedWith {
            append(.field(label: "Agreed with", value: [relationSpeaker(relation)]))
            field("Agreed on", relation.on)
        }
        for relation in argument.disagreedWith {
            append(.field(label: "Disagreed with", value: [relationSpeaker(relation)]))
            field("Disagreed on", relation.on)
        }
    }

    /// The other speaker of a relation, linked to their argument when the report has it.
    ///
    /// - Parameter relation: The relation.
    /// - Returns: A link or plain text.
    private func relationSpeaker(_ relation: Argument.Relation) -> OutlineInline {
        guard let id = relation.argumentID, argument(withID: id) != nil else { return .text(relation.speaker) }
        return .link(relation.speaker, anchor: Anchor.argument(id))
    }

    /// The argument with an ID, if the report has one. O(number of arguments).
    ///
    /// - Parameter id: The argument ID.
    /// - Returns: The argument, or `nil`.
    func argument(withID id: String) -> Argument? {
        for speaker in report.speakers {
            if let found = speaker.arguments.first(where: { $0.id == id }) { return found }
        }
        return nil
    }
}
