/// Fills every section of a ``Report`` from a ``Transcript`` with a language model: the model chooses, the code
/// builds, and every written sentence is checked for support.
///
/// Each stage takes a value and returns one: chunks of whole turns (``Chunker``) → per chunk, the sentences that
/// state each speaker's positions with a gist of at most 15 words, the decisions, actions and proposals among the
/// sentences that may record one, labelled from an enum, and the quotable sentences, all chosen by ID
/// (``MapStage``, ``ChunkNotes``) → each speaker's positions merged into arguments (``SpeakerArguments``) →
/// the arguments grouped into discussion points by lexical similarity, each named and narrated by the model from
/// its own sentences (``DiscussionStage``) → pairs of arguments by different speakers labelled agree, disagree,
/// partly or unrelated (``RelationStage``) → topics, only for a session the digital-policy taxonomy fits
/// (``TopicStage``, ``TaxonomyFit``) → the summary, purpose and tone from one call over an extract
/// (``SessionExtract``, ``WritingStage``) and the sections built from the notes without the model
/// (``StructuredSections``) → the report, checked for support (``SupportVerifier``: every sentence cited anew to the
/// transcript sentences that support it, the unsupported, misattributed and repeated left out). Questions, and
/// whether a later turn answered them, are found by the code (``AnsweredQuestions``). A model call that fails after
/// its retry becomes an error diagnostic and leaves its part empty; the run stops only when the model is unavailable.
public struct ReportPipeline: Sendable {
    /// Transcript tokens kept free in the context window for the system prompt, a question and an answer.
    static let contextReserve = 1200
    /// The smallest chunk budget the pipeline works with.
    static let minimumChunkTokens = 200

    /// The model.
    public let model: any LanguageModel
    /// The taxonomy topics are chosen from.
    public let taxonomy: Taxonomy
    /// The settings.
    public let options: Options
    /// Where progress is reported.
    public let progress: (any PipelineProgress)?

    /// Creates a pipeline.
    ///
    /// - Parameters:
    ///   - model: The language model.
    ///   - taxonomy: The topic taxonomy.
    ///   - options: The settings.
    ///   - progress: Receives progress, e.g. for progress bars.
    public init(model: any LanguageModel, taxonomy: Taxonomy = .diplo, options: Options = .init(), progress: (any PipelineProgress)? = nil) {
        self.model = model
        self.taxonomy = taxonomy
        self.options = options
        self.progress = progress
    }

    /// Runs the pipeline.
    ///
    /// - Parameters:
    ///   - transcript: The transcript, split into sentences.
    ///   - speakers: One section per speaker (name, role from the roster or `nil`, role source, whether
    ///     additional, measured statistics), arguments empty; the report keeps this order.
    ///   - session: The report header.
    /// - Returns: The report, with failed stages listed as error diagnostics.
    /// - Throws: ``PipelineError`` for a too-short transcript, a too-small context window or an unavailable
    ///   model; `CancellationError` when cancelled.
    public func run(transcript: Transcript, speakers: [SpeakerSection], session: SessionInfo) async throws -> Report {
        let started = options.now()
        try options.checkLength(transcript)
        let context = RunContext(model: model, transcript: transcript, taxonomy: taxonomy, options: options, progress: progress)
        warnAboutMissingSections(transcript: transcript, speakers: speakers, context: context)
        let chunks = try await chunk(transcript, context: context)
        let notes = try await MapStage(
            context: context,
            roleless: speakers.filter { $0.role == nil }.map(\.name),
            totalWords: WordCounter.bySpeaker(transcript.sentences),
            reported: Set(speakers.map(\.name)),
            firstTurns: transcript.turns.reversed().reduce(into: [:]) { $0[$1.speaker] = $1.index }
        ).run(chunks)
        let positions = SpeakerArguments(
            notes.flatMap(\.positions),
            speakers: speakers.map(\.name),
            maxPerSpeaker: options.maxArgumentsPerSpeaker,
            sentence: context.verifier.sentence,
            words: ContentWords(ignoringNamesOf: transcript.speakers.map(\.name))
        )
        let discussion = try await DiscussionStage(context: context).run(positions)
        let relations = try await RelationStage(context: context).run(discussion)
        let rate = TaxonomyFit.rate(transcript.sentences)
        let fits = options.forcesTaxonomy || rate >= TaxonomyFit.threshold
        let arguments = fits ? try await TopicStage(context: context).run(relations.arguments) : relations.arguments
        let quotes = Self.selectQuotes(notes, limit: options.maxThoughtProvoking).compactMap(context.verifier.sentence)
        let extract = SessionExtract(
            points: discussion.points,
            arguments: arguments,
            maxWords: options.summaryExtractWords,
            transcript: transcript.sentences,
            sentence: context.verifier.sentence
        )
        let written = try await WritingStage(context: context).run(extract: extract, quotes: quotes)
        let sections = StructuredSections(
            discussion: discussion,
            relations: relations,
            commitments: notes.flatMap(\.commitments),
            questions: Self.unansweredQuestions(transcript.sentences, support: context.support)
        )
        let parts = Parts(
            speakers: speakers,
            notes: notes,
            arguments: arguments,
            points: discussion.points,
            relations: relations,
            written: written,
            sections: sections
        )
        var draft = assemble(parts, transcript: transcript, session: session, context: context, started: started)
        if !fits {
            draft = TaxonomyFit.withPointTopics(draft)
            draft.diagnostics.append(
                Diagnostic(
                    severity: .note,
                    message: "topics are the session's discussion points: \((rate * 10).rounded() / 10) digital-policy terms per 1,000 words, under "
                        + "\(TaxonomyFit.threshold), so the digital-policy taxonomy does not fit (--taxonomy forces one)",
                    stage: "topics"
                )
            )
        }
        guard options.checksSupport else { return draft }
        return SupportVerifier(sentences: transcript.sentences).verify(draft).reportWithCounts
    }

    private func chunk(_ transcript: Transcript, context: RunContext) async throws -> [TranscriptChunk] {
        let budget = min(options.chunkTokens, model.contextTokens - Self.contextReserve)
        guard budget >= Self.minimumChunkTokens else {
            throw PipelineError.contextTooSmall(contextTokens: model.contextTokens, minimum: Self.contextReserve + Self.minimumChunkTokens)
        }
        let model = model
        return try await context.stage("chunking", total: 1) { step in
            defer { step() }
            do {
                return try await Chunker(budget: budget).chunks(of: transcript) { try await model.countTokens($0) }
            } catch let error as LanguageModelError {
                throw PipelineError.modelUnavailable(stage: "chunking", error: error)
            }
        }
    }

    /// The transcript's questions that no later turn answered, without the ones addressed to the report's writer.
    static func unansweredQuestions(_ sentences: [Sentence], support: SupportCheck) -> [Sentence] {
        let questions = AnsweredQuestions(sentences) { support.contentStems(of: $0.id) }
        return sentences.filter { questions.questions.contains($0.id) && questions.answers[$0.id] == nil && !DirectiveDetector.isDirective($0.text) }
    }

    private func warnAboutMissingSections(transcript: Transcript, speakers: [SpeakerSection], context: RunContext) {
        let listed = Set(speakers.map(\.name))
        for speaker in transcript.speakers.map(\.name) where !listed.contains(speaker) {
            context.log.add(
                .warning,
                stage: "speakers",
                "\(speaker) speaks in the transcript but has no speaker section; their arguments are not reported"
            )
        }
    }
}
