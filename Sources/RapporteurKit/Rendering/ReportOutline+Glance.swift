extension ReportOutline {
    /// Header: session name, date and time, venue.
    mutating func addHeader() {
        heading(1, report.session.title)
        let when = [report.session.date, report.session.time].compactMap { $0 }.filter { !$0.isEmpty }
        if !when.isEmpty { append(.paragraph([.text(when.joined(separator: " "))])) }
        if let venue = report.session.venue, !venue.isEmpty { append(.paragraph([.text(venue)])) }
    }

    /// "Session at a glance": summary, keypoints, speakers, then the talk-time and topic charts.
    mutating func addAtAGlance() {
        heading(2, "Session at a glance")
        heading(3, "Summary")
        paragraphs(report.summary, empty: Self.notAvailable)
        addKeyPoints()
        addSpeakerList()
        heading(3, "Talk time")
        append(.chart(ReportCharts.talkTime(report)))
        heading(3, "Topic distribution")
        let topics = ReportCharts.topicDistribution(report)
        if topics.bars.isEmpty {
            append(.placeholder("No arguments with topics identified."))
        } else {
            append(.chart(topics))
        }
    }

    private mutating func addKeyPoints() {
        let keyPoints = report.keyPoints
        heading(3, "Keypoints")
        heading(4, "Major Discussion Points")
        if keyPoints.discussionPoints.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for point in keyPoints.discussionPoints {
            append(.term(label: point.title, value: Self.inline(point.description)))
        }
        heading(4, "Overall Purpose")
        paragraphs(keyPoints.purpose.map { [$0] } ?? [], empty: Self.notAvailable)
        heading(4, "Overall Tone")
        paragraphs(keyPoints.tone.map { [$0] } ?? [], empty: Self.notAvailable)
    }

    private mutating func addSpeakerList() {
        heading(3, "Speakers")
        append(.paragraph([.text("Speakers from the provided list:")]))
        let listed = report.speakers.filter { !$0.isAdditional }
        if listed.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for speaker in listed { append(.bullet([.text(Self.nameAndRole(speaker))])) }
        append(.paragraph([.text("Additional speakers:")]))
        let additional = report.speakers.filter(\.isAdditional)
        if additional.isEmpty {
            append(.placeholder("None – all speakers in the transcript are on the provided list."))
        }
        for speaker in additional { append(.bullet([.text(Self.nameAndRole(speaker))])) }
    }

    /// "Name – role", noting a role the pipeline found in the transcript rather than in the roster.
    ///
    /// - Parameter speaker: The speaker.
    /// - Returns: The line.
    static func nameAndRole(_ speaker: SpeakerSection) -> String {
        guard let role = speaker.role, !role.isEmpty else { return speaker.name }
        let source = speaker.roleSource == .transcript ? " (role stated in the transcript)" : ""
        return "\(speaker.name) – \(role)\(source)"
    }

    /// "Full session report": executive summary, headed sections, conclusion.
    mutating func addNarrative() {
        let narrative = report.narrative
        heading(2, "Full session report")
        heading(3, "Executive Summary")
        paragraphs(narrative.executiveSummary, empty: Self.notAvailable)
        for section in narrative.sections {
            heading(3, section.heading)
            paragraphs(section.paragraphs)
        }
        heading(3, "Conclusion")
        paragraphs(narrative.conclusion, empty: Self.notAvailable)
    }
}
