/// Turns synthesis answers that cite notes into items that cite sentences, verifying and repairing each.
struct CitedWriter: Sendable {
    let context: RunContext
    let document: NotesDocument

    /// Maps, verifies and (once) repairs cited texts.
    ///
    /// - Parameters:
    ///   - items: The texts as the model wrote them.
    ///   - section: The section they are counted under.
    ///   - kind: What one item is, for the repair prompt and diagnostics.
    /// - Returns: The kept texts with sentence citations.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func verified(_ items: [SynthesisReplies.Cited], section: String, kind: String) async throws -> [CitedText] {
        let nonEmpty = items.filter { !$0.text.trimmingWhitespace().isEmpty }
        let distinct = Self.distinct(nonEmpty)
        if distinct.count < nonEmpty.count {
            context.log.add(.note, stage: SynthesisStage.name, "left out \(nonEmpty.count - distinct.count) repeated \(kind)(s)")
        }
        let kept = try await context.verify(
            distinct,
            section: section,
            stage: SynthesisStage.name,
            check: { context.verifier.check(text($0), item: kind) },
            // A repair rewrites one item, sentence or paragraph, so it gets the paragraph's cap.
            repair: { try await repair($0, notes: $0.notes, kind: kind, $1, schema: SynthesisReplies.cited(document.ids, text: Schema.paragraph)) }
        )
        return kept.map(text)
    }

    /// How alike two texts of one list may be (ROUGE-L F1, stemmed) before the later one counts as a repeat.
    static let repeatSimilarity = 0.8

    /// The texts without repeats: a small model sometimes writes one paragraph two or three times (measured: a
    /// three-paragraph summary whose paragraphs differed in one word).
    static func distinct(_ items: [SynthesisReplies.Cited]) -> [SynthesisReplies.Cited] {
        var kept: [SynthesisReplies.Cited] = []
        for item in items where !isRepeat(item.text, of: kept.map(\.text)) {
            kept.append(item)
        }
        return kept
    }

    /// The lists of one answer without the items that repeat an item of an earlier list: a small model sometimes
    /// writes one sentence as a key takeaway, an unresolved issue and a compromise (measured on AMI ES2002b: all
    /// three lists were that one sentence). Repeats within a list are left to ``distinct(_:)``.
    ///
    /// - Parameter lists: The lists in the order they are reported.
    /// - Returns: The lists, each without the items that repeat an earlier list's item.
    static func distinctAcross(_ lists: [[SynthesisReplies.Cited]]) -> [[SynthesisReplies.Cited]] {
        var earlier: [String] = []
        return lists.map { list in
            let kept = list.filter { !isRepeat($0.text, of: earlier) }
            earlier += kept.map(\.text)
            return kept
        }
    }

    /// Whether a paragraph says no more than its heading: it repeats it (``repeatSimilarity``), or it is shorter
    /// than a sentence, ``shortestParagraph`` words (measured on IGF: every paragraph of a narrative section was
    /// its heading again, "Arguments about Atonkic").
    static func restates(_ heading: String, _ paragraph: String) -> Bool {
        WordCounter.count(paragraph) < shortestParagraph || isRepeat(paragraph, of: [heading])
    }

    /// The fewest words a paragraph has.
    static let shortestParagraph = 8

    /// Whether a text repeats one of the given texts (``repeatSimilarity``).
    static func isRepeat(_ text: String, of texts: [String]) -> Bool {
        texts.contains { Rouge.rougeL(candidate: text, reference: $0, stem: true).f1 >= repeatSimilarity }
    }

    /// Maps, verifies and (once) repairs follow-up questions.
    ///
    /// A question attributed to a speaker cites those sentences of its notes that the speaker said; when none
    /// are, it keeps all and fails verification, so it is repaired or dropped.
    ///
    /// - Parameters:
    ///   - items: The questions as the model wrote them.
    ///   - speakers: The session's speakers.
    /// - Returns: The kept questions.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func verified(_ items: [SynthesisReplies.Question], speakers: [String]) async throws -> [FollowUpQuestion] {
        let schema = SynthesisReplies.Question.schema(document.ids, speakers: speakers)
        let kept = try await context.verify(
            items.filter { !$0.question.trimmingWhitespace().isEmpty },
            section: "followUpQuestions",
            stage: SynthesisStage.name,
            check: { context.verifier.check(question($0)) },
            repair: { try await repair($0, notes: $0.notes, kind: "follow-up question", $1, schema: schema) }
        )
        return kept.map(question)
    }

    /// Builds, verifies and (once) repairs thought-provoking comments: the quote is the transcript sentence, the
    /// model wrote only reason and impact, and no number may appear in them that the sentence lacks.
    ///
    /// - Parameter items: The quote note ID, its sentence and the model's comment, for each quote.
    /// - Returns: The kept comments.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func verified(
        _ items: [(id: String, sentence: Sentence, comment: SynthesisReplies.ThoughtProvoking.Comment)]
    ) async throws
        -> [ThoughtProvokingComment]
    {
        let build = { (item: (id: String, sentence: Sentence, comment: SynthesisReplies.ThoughtProvoking.Comment)) in
            ThoughtProvokingComment(
                quote: item.sentence.text,
                speaker: item.sentence.speaker,
                reason: item.comment.reason.trimmingWhitespace(),
                impact: item.comment.impact.trimmingWhitespace(),
                citations: [item.sentence.id]
            )
        }
        let kept = try await context.verify(
            items,
            section: "thoughtProvoking",
            stage: SynthesisStage.name,
            check: { context.verifier.check(build($0)) },
            repair: { item, failures in
                let fixed = try await repair(
                    item.comment,
                    notes: [item.id],
                    kind: "comment on quote \(item.id)",
                    failures,
                    schema: SynthesisReplies.ThoughtProvoking.commentSchema
                )
                return fixed.map { (item.id, item.sentence, $0) }
            }
        )
        return kept.map(build)
    }

    private func text(_ item: SynthesisReplies.Cited) -> CitedText {
        let text = item.text.trimmingWhitespace()
        return CitedText(text, citations: focused(text, document.citations(for: item.notes)))
    }

    private func focused(_ text: String, _ citations: [Int]) -> [Int] {
        CitationFocus.focus(text, citations: citations, sentence: context.verifier.sentence)
    }

    private func question(_ item: SynthesisReplies.Question) -> FollowUpQuestion {
        let mapped = document.citations(for: item.notes)
        var citations = mapped
        if let speaker = item.speaker {
            let own = mapped.filter { context.verifier.sentence($0)?.speaker == speaker }
            if !own.isEmpty { citations = own }
        }
        let question = item.question.trimmingWhitespace()
        let explanation = item.explanation.trimmingWhitespace()
        return FollowUpQuestion(
            question: question,
            speaker: item.speaker,
            explanation: explanation,
            citations: focused(question + " " + explanation, citations)
        )
    }

    private func repair<Item: Codable>(
        _ item: Item,
        notes: [String],
        kind: String,
        _ failures: [GroundingFailure],
        schema: JSONValue
    ) async throws -> Item? {
        let cited = "the notes you cited [\(notes.joined(separator: ", "))]"
        return try await context.repair(
            item,
            kind: kind,
            problems: failures.map { $0.instruction(citing: cited, unit: "note") },
            data: document.text,
            schemaName: "synthesis_repair",
            schema: schema,
            maxTokens: 300,
            stage: SynthesisStage.name
        )
    }
}
