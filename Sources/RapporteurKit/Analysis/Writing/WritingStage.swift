/// The written sections, in two calls: the summary, purpose and tone from one call over an extract of the session
/// (``SessionExtract``), and why each chosen quote provokes thought from one call over the quotes. The narrative is
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

        static let schema = Schema.object(["purpose": Schema.sentence, "summary": Schema.text(maxLength: 900), "tone": Schema.sentence])
    }

    /// The quotes' answer: why each provokes thought, in order.
    struct Reasons: Codable {
        var reasons: [String]

        static func schema(quotes: Int) -> JSONValue {
            Schema.object(["reasons": Schema.array(Schema.text(maxLength: 200), minItems: quotes, maxItems: quotes)])
        }
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
        guard !extract.sentences.isEmpty else {
            context.log.add(.warning, stage: Self.name, "no positions were extracted, so there is nothing to summarise; the summary is empty")
            return outcome
        }
        try await context.stage(Self.name, total: quotes.isEmpty ? 1 : 2) { step in
            let ids = extract.sentences.map(\.id)
            let request = context.request(
                data: DataFence.transcript(extract.sentences),
                question: PromptText.overview,
                schemaName: "overview",
                schema: Overview.schema,
                maxTokens: 400
            )
            if let reply = try await context.ask(request, as: Overview.self, stage: Self.name, unit: "summary, purpose and tone") {
                outcome.summary = cited(reply.summary, ids).map { [$0] } ?? []
                outcome.purpose = cited(reply.purpose, ids)
                outcome.tone = cited(reply.tone, ids)
            }
            step()
            guard !quotes.isEmpty else { return }
            outcome.thoughtProvoking = try await reasons(for: quotes)
            step()
        }
        return outcome
    }

    private func reasons(for quotes: [Sentence]) async throws -> [ThoughtProvokingComment] {
        let lines = quotes.enumerated().map { "t\($0.offset + 1) \(DataFence.escape($0.element.speaker)): \"\(DataFence.escape($0.element.text))\"" }
        let request = context.request(
            data: DataFence.notes(lines),
            question: PromptText.thoughtProvoking(quotes.count),
            schemaName: "thought_provoking",
            schema: Reasons.schema(quotes: quotes.count),
            maxTokens: 40 * quotes.count + 20
        )
        let reply = try await context.ask(request, as: Reasons.self, stage: Self.name, unit: "why the quotes provoke thought")
        return quotes.enumerated().map { offset, sentence in
            let reason = reply.flatMap { offset < $0.reasons.count ? Self.withoutOrdinal($0.reasons[offset].trimmingWhitespace()) : nil } ?? ""
            return ThoughtProvokingComment(quote: sentence.text, speaker: sentence.speaker, reason: reason, impact: "", citations: [sentence.id])
        }
    }

    /// A reason without the quote's place in the list the model saw: "The second quote provides …" reads "It
    /// provides …" under its own quote (the model wrote "the first quote" despite being told not to).
    static func withoutOrdinal(_ reason: String) -> String {
        let ordinals = ["first", "second", "third", "fourth", "fifth", "last", "final"]
        for ordinal in ordinals {
            for lead in ["The \(ordinal) quote ", "This \(ordinal) quote "] where reason.hasPrefix(lead) {
                return "It " + reason.dropFirst(lead.count)
            }
        }
        return reason
    }

    /// A written text cited to the extract, or `nil` when it is empty.
    private func cited(_ text: String, _ ids: [Int]) -> CitedText? {
        let written = SentenceReference.removed(from: text.trimmingWhitespace()) { context.verifier.sentence($0) != nil }
        return written.isEmpty ? nil : CitedText(written, citations: ids)
    }
}
