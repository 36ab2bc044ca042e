/// The written sections, in one call: the summary, purpose and tone over an extract of the session
/// (``SessionExtract``). The chosen quotes go in verbatim. The narrative is
/// the discussion points' paragraphs (``DiscussionStage``). Every text is checked for support afterwards, with the
/// rest of the report (``SupportVerifier``).
struct WritingStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "writing"

    /// The overview's answer.
    struct Overview: Codable {
        var purpose: String
        var summary: String
        var tone: String

        static let schema = Schema.object(["purpose": Schema.sentence, "summary": Schema.text(maxLength: 1500), "tone": Schema.sentence])
    }

    /// The stage's output.
    struct Outcome: Sendable, Hashable {
        var summary: [CitedText] = []
        var purpose: CitedText?
        var tone: CitedText?
        var thoughtProvoking: [ThoughtProvokingComment] = []
    }

    let context: RunContext

    /// Writes the overview and the quotes' reasons.
    ///
    /// - Parameters:
    ///   - extract: The sentences the overview rests on.
    ///   - quotes: The chosen quotes.
    /// - Returns: The written texts, cited to the sentences they rest on.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(extract: SessionExtract, quotes: [Sentence]) async throws -> Outcome {
        var outcome = Outcome()
        // The quotes go in as they were said, without a reason written for each: asked for reasons for five quotes
        // at once, the 1.5B model gave the reasons of one quote under another (education_1), and the support check
        // cannot tell, as the reason's words are in the transcript nearby.
        outcome.thoughtProvoking = quotes.map {
            ThoughtProvokingComment(quote: $0.text, speaker: $0.speaker, reason: "", impact: "", citations: [$0.id])
        }
        guard !extract.sentences.isEmpty else {
            context.log.add(.warning, stage: Self.name, "no positions were extracted, so there is nothing to summarise; the summary is empty")
            return outcome
        }
        try await context.stage(Self.name, total: 1) { step in
            let ids = extract.sentences.map(\.id)
            let request = context.request(
                data: DataFence.transcript(extract.sentences),
                question: PromptText.overview,
                schemaName: "overview",
                schema: Overview.schema,
                maxTokens: 500
            )
            if let reply = try await context.ask(request, as: Overview.self, stage: Self.name, unit: "summary, purpose and tone") {
                outcome.summary = cited(reply.summary, ids).map { [$0] } ?? []
                outcome.purpose = cited(reply.purpose, ids)
                outcome.tone = cited(reply.tone, ids)
            }
            step()
        }
        return outcome
    }

    /// A written text cited to the extract, or `nil` when it is empty.
    private func cited(_ text: String, _ ids: [Int]) -> CitedText? {
        let written = SentenceReference.removed(from: text.trimmingWhitespace()) { context.verifier.sentence($0) != nil }
        return written.isEmpty ? nil : CitedText(written, citations: ids)
    }
}
