/// The sections built from the structured notes without the model, so that each says only what its notes hold:
/// key takeaways (the most central argument of each point), decisions and action items (the sentences labelled so),
/// unresolved issues (the differences, the partial agreements and the questions nobody answered), suggested
/// compromises (proposals made on a point where speakers differed), follow-up questions (the other unanswered
/// questions), and the consensus and disagreement levels (from the pairs' labels).
struct StructuredSections: Sendable, Hashable {
    /// The most unanswered questions listed as unresolved issues; the rest are follow-up questions.
    static let maxQuestionIssues = 3
    /// The most follow-up questions.
    static let maxFollowUps = 5
    /// The most differences listed as unresolved issues.
    static let maxDifferenceIssues = 3
    /// A question shorter than this is not listed ("Can you hear me?").
    static let minimumQuestionWords = 6

    var keyTakeaways: [CitedText] = []
    var actionItems: [Takeaways.ActionItem] = []
    var unresolvedIssues: [CitedText] = []
    var compromises: [CitedText] = []
    var followUpQuestions: [FollowUpQuestion] = []
    var consensus: Assessment?
    var disagreement: Assessment?

    /// Builds the sections.
    ///
    /// - Parameters:
    ///   - discussion: The points and arguments.
    ///   - relations: The labelled pairs.
    ///   - commitments: The decisions, actions and proposals.
    ///   - questions: The unanswered questions, in transcript order.
    init(discussion: DiscussionStage.Outcome, relations: RelationStage.Outcome, commitments: [CommitmentNote], questions: [Sentence]) {
        let byID = Dictionary(uniqueKeysWithValues: discussion.arguments.map { ($0.id, $0) })
        keyTakeaways = discussion.points.compactMap { point in
            point.argumentIDs.first.flatMap { byID[$0] }.map { CitedText("\($0.speaker): \(Self.sentence($0.claim))", citations: $0.citations) }
        }
        var seen = Set<String>()
        actionItems = commitments.filter { $0.kind != .proposal && seen.insert($0.text.lowercased()).inserted }.map { note in
            Takeaways.ActionItem(text: Self.sentence(note.text), owner: note.owner, citations: note.citations)
        }
        let contested = Set(relations.pairs.filter { $0.label == .disagree || $0.label == .partly }.map(\.point))
        let contestedSentences = Set(discussion.points.filter { contested.contains($0.title) }.flatMap(\.sentences))
        compromises = commitments.filter { note in
            note.kind == .proposal && contestedSentences.contains { abs($0 - note.sentence) <= SupportVerifier.window }
        }.map { CitedText("\($0.speaker): \(Self.sentence($0.text))", citations: $0.citations) }
        let listed = questions.filter { WordCounter.count($0.text) >= Self.minimumQuestionWords }
        let differences = relations.differences.map { viewpoint in
            CitedText(
                viewpoint.title + ": " + viewpoint.stances.map { "\($0.speaker): \(Self.sentence($0.stance))" }.joined(separator: " "),
                citations: Array(Set(viewpoint.stances.flatMap(\.citations))).sorted()
            )
        }
        unresolvedIssues =
            (differences + relations.partial).prefix(Self.maxDifferenceIssues)
            + listed.prefix(Self.maxQuestionIssues).map { CitedText($0.text, citations: [$0.id]) }
        followUpQuestions = listed.dropFirst(Self.maxQuestionIssues).prefix(Self.maxFollowUps).map {
            FollowUpQuestion(question: $0.text, speaker: $0.speaker, explanation: "", citations: [$0.id])
        }
        let related = relations.pairs.filter { $0.label != .unrelated }
        if !related.isEmpty {
            let agreeing = Double(related.filter { $0.label == .agree }.count) + 0.5 * Double(related.filter { $0.label == .partly }.count)
            let share = agreeing / Double(related.count)
            let agreement = relations.agreements.first.map { CitedText($0.title + ": " + $0.explanation, citations: $0.citations) }
            // Each level is shown with the pair it rests on most: an agreement for consensus, a difference for
            // disagreement, else a partial agreement; a level with no such pair is not stated.
            if let shown = agreement ?? relations.partial.first { consensus = Assessment(summary: shown, level: Self.level(share) + " consensus") }
            if let shown = differences.first ?? relations.partial.first {
                disagreement = Assessment(summary: shown, level: Self.level(1 - share) + " disagreement")
            }
        }
    }

    /// "High" for a share of at least two thirds, "Moderate" for at least one third, "Low" below.
    static func level(_ share: Double) -> String {
        share >= 2.0 / 3 ? "High" : share >= 1.0 / 3 ? "Moderate" : "Low"
    }

    /// A text as a sentence: trimmed, with a full stop when it has no final punctuation.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let last = trimmed.last else { return trimmed }
        return ".!?".contains(last) ? trimmed : trimmed + "."
    }
}
