extension SynthesisStage {
    /// The answer limit of the narrative sections, the largest answer of the calls on the whole notes but the quotes'.
    static let narrativeSectionsAnswer = 1000

    /// The answer limit of the thought-provoking comments: about 80 tokens per quote.
    ///
    /// - Parameter quotes: The number of quotes.
    /// - Returns: The limit.
    static func thoughtProvokingAnswer(quotes: Int) -> Int {
        80 * quotes + 150
    }

    /// The questions asked after the whole notes.
    ///
    /// - Parameter quoteIDs: The quotes' note IDs.
    /// - Returns: The questions.
    static func wholeNotesQuestions(quoteIDs: [String]) -> [String] {
        [
            PromptText.overview, PromptText.takeaways, PromptText.assessment, PromptText.followUps,
            PromptText.narrativeSections, PromptText.narrativeFrame, PromptText.thoughtProvoking(quoteIDs),
        ]
    }

    /// The synthesis notes as the calls on the whole notes can read them: unchanged when they fit the context
    /// with the system prompt, the longest question and the largest answer; otherwise thinned by ``NotesBudget``,
    /// with a warning naming what was left out. When even the bounded sections do not fit, the notes are returned
    /// whole and every call fails as over budget, each with its error.
    ///
    /// - Parameters:
    ///   - document: The notes (``ReportPipeline/synthesisNotes(arguments:points:relations:notes:quotes:)``).
    ///   - quotes: The number of quotes among them.
    ///   - context: The run, for the model and the diagnostics.
    /// - Returns: The notes to read.
    /// - Throws: What the model's token counter throws.
    static func fitted(_ document: NotesDocument, quotes: Int, context: RunContext) async throws -> NotesDocument {
        let model = context.call.model
        let quoteIDs = (0..<quotes).map { "t\($0 + 1)" }
        let longest = wholeNotesQuestions(quoteIDs: quoteIDs).max { $0.utf8.count < $1.utf8.count } ?? ""
        let instructions = try await model.countTokens(PromptText.system + "\n\n\n" + longest)
        let margin = 2 * StructuredCall.tokensPerMessage + 16
        let answer = max(narrativeSectionsAnswer, thoughtProvokingAnswer(quotes: quotes))
        let budget = NotesBudget(budget: model.contextTokens - instructions - margin - answer) { try await model.countTokens($0) }
        guard let fitted = try await budget.fitted(document) else { return document }
        if !fitted.cuts.isEmpty {
            context.log.add(
                .warning,
                stage: name,
                "the notes (\(fitted.originalTokens) tokens) do not fit the context of \(model.contextTokens) tokens with the "
                    + "instructions and the longest answer, so the synthesis read \(NotesBudget.describe(fitted.cuts)); "
                    + "the other notes whole. A larger --context lets it read them all"
            )
        }
        return fitted.document
    }
}
