/// Fills every section of a ``Report`` from a ``Transcript`` with a language model, grounding each generated
/// item in transcript sentences.
///
/// The stages, built for a small local model: chunk the transcript into windows of whole turns; per chunk, ask
/// small questions (arguments per speaker, decisions, open questions, quotable sentences, roles) with the chunk
/// text first and identical in every call so a prompt cache reuses it; merge each speaker's arguments; name the
/// discussion points; compare arguments within each point; write the prose from these notes; verify every item
/// (cited IDs exist, attributed items cite their speaker, quotes verbatim, numbers present in the cited
/// sentences), repairing a failing item once or dropping it; then check the assembled report's support
/// (``SupportVerifier``: every sentence cited anew to the transcript sentences that support it, the unsupported,
/// misattributed and repeated left out) and, for a session that is not about digital policy, use its discussion
/// points as topics (``TaxonomyFit``). A model call that fails after its retry becomes an error diagnostic and
/// leaves its part empty; the run stops only when the model is unavailable.
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
        var arguments = try await ReduceStage(context: context).run(notes, speakers: speakers.map(\.name))
        let points = try await DiscussionStage(context: context).run(&arguments)
        let relations = try await RelationStage(context: context).run(points, arguments: &arguments)
        let quotes = Self.selectQuotes(notes, limit: options.maxThoughtProvoking).compactMap(context.verifier.sentence)
        let document = try await SynthesisStage.fitted(
            Self.synthesisNotes(arguments: arguments, points: points, relations: relations, notes: notes, quotes: quotes),
            quotes: quotes.count,
            context: context
        )
        let synthesis = try await SynthesisStage(
            context: context,
            document: document,
            speakers: transcript.speakers.map(\.name),
            quotes: quotes,
            briefs: PointBrief.largest(of: points, arguments: arguments, limit: options.summaryPoints)
        ).run()
        let parts = Parts(
            speakers: speakers,
            notes: notes,
            arguments: arguments,
            points: points,
            relations: relations,
            synthesis: synthesis
        )
        var draft = assemble(parts, transcript: transcript, session: session, context: context, started: started)
        let rate = TaxonomyFit.rate(transcript.sentences)
        if !options.forcesTaxonomy, rate < TaxonomyFit.threshold {
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
