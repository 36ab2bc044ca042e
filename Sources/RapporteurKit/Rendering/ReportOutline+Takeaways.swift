extension ReportOutline {
    /// "Takeaways": key takeaways, resolutions and action items, unresolved issues, suggested compromises.
    mutating func addTakeaways() {
        let takeaways = report.takeaways
        heading(2, "Takeaways")
        heading(3, "Key takeaways")
        bullets(takeaways.keyTakeaways)
        heading(3, "Resolutions and action items")
        if takeaways.actionItems.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for item in takeaways.actionItems {
            let owner = item.owner.map { "Owner: \($0)" } ?? "Owner: not named"
            append(.bullet(Self.inline("\(item.text) (\(owner))", item.citations)))
        }
        heading(3, "Unresolved issues")
        bullets(takeaways.unresolvedIssues)
        heading(3, "Suggested compromises")
        bullets(takeaways.compromises)
    }

    /// "Thought provoking comments": each quote with speaker, reason and impact, then an overall assessment.
    mutating func addThoughtProvokingComments() {
        heading(2, "Thought provoking comments")
        if report.thoughtProvoking.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for comment in report.thoughtProvoking {
            append(.quote(comment.quote, citations: comment.citations))
            field("Speaker", comment.speaker)
            field("Reason", comment.reason)
            field("Impact", comment.impact)
        }
        heading(3, "Overall assessment")
        paragraphs(report.thoughtProvokingAssessment.map { [$0] } ?? [], empty: Self.notAvailable)
    }

    /// "Follow-up questions": each question with its speaker and explanation.
    mutating func addFollowUpQuestions() {
        heading(2, "Follow-up questions")
        if report.followUpQuestions.isEmpty { append(.placeholder(Self.noneIdentified)) }
        for question in report.followUpQuestions {
            heading(4, question.question, citations: question.citations)
            field("Speaker", question.speaker ?? "Not attributed to a speaker")
            field("Explanation", question.explanation)
        }
    }

    /// "Disclaimer".
    mutating func addDisclaimer() {
        heading(2, "Disclaimer")
        paragraphs(report.disclaimer.isEmpty ? [] : [CitedText(report.disclaimer)], empty: Self.notAvailable)
    }

    /// "Transcript appendix": every sentence the citations point to.
    mutating func addTranscriptAppendix() {
        heading(2, "Transcript appendix")
        if report.transcript.isEmpty {
            append(.placeholder("The report carries no transcript."))
        } else {
            append(.transcript(report.transcript))
        }
    }
}
