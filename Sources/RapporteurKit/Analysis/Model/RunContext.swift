/// Everything the stages of one run share: the model call helper, the verifier, the log and the progress sink.
final class RunContext: Sendable {
    /// Model calls in a row that may fail with a server failure (timeouts, HTTP errors, rate limits) before the run
    /// stops as a whole; unusable replies and over-budget prompts do not count.
    static let maxFailureStreak = 3

    let call: StructuredCall
    let verifier: GroundingVerifier
    /// The support check, for gists and written texts checked as they come in.
    let support: SupportCheck
    let transcript: Transcript
    let taxonomy: Taxonomy
    let options: ReportPipeline.Options
    let log = RunLog()
    let progress: (any PipelineProgress)?

    init(model: any LanguageModel, transcript: Transcript, taxonomy: Taxonomy, options: ReportPipeline.Options, progress: (any PipelineProgress)?) {
        self.call = StructuredCall(model: model, meter: UsageMeter())
        self.verifier = GroundingVerifier(transcript: transcript)
        self.support = SupportCheck(sentences: transcript.sentences)
        self.transcript = transcript
        self.taxonomy = taxonomy
        self.options = options
        self.progress = progress
    }

    /// A request: the shared system prompt, then one user message with the data first and the question after it,
    /// so every call on the same data shares a byte-identical prefix.
    ///
    /// - Parameters:
    ///   - data: Fenced data (a transcript chunk or notes).
    ///   - question: The question, asked after the data.
    ///   - schemaName: The answer schema's name.
    ///   - schema: The answer schema.
    ///   - maxTokens: The answer limit.
    /// - Returns: The request.
    func request(data: String, question: String, schemaName: String, schema: JSONValue, maxTokens: Int) -> CompletionRequest {
        CompletionRequest(
            messages: [.init(role: "system", content: PromptText.system), .init(role: "user", content: data + "\n\n" + question)],
            schemaName: schemaName,
            schema: schema,
            maxTokens: maxTokens
        )
    }

    /// Makes a call; a failure becomes an error diagnostic naming what is left out, and `nil`.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - type: The answer type.
    ///   - stage: The stage, for the diagnostic.
    ///   - unit: What the call was for, e.g. `arguments of Alice in chunk 2 (sentences 40–80)`.
    /// - Returns: The answer, or `nil` when the call failed.
    /// - Throws: ``PipelineError/modelUnavailable(stage:error:)`` when the server is unreachable or
    ///   ``maxFailureStreak`` calls in a row failed with server failures; `CancellationError` when cancelled.
    func ask<Answer: Decodable>(_ request: CompletionRequest, as type: Answer.Type, stage: String, unit: String) async throws -> Answer? {
        do {
            let answer = try await call.perform(request, as: type)
            _ = log.noteCall(failed: false)
            return answer
        } catch let error as LanguageModelError {
            let streak = log.noteCall(failed: Self.isTransportFailure(error))
            log.add(.error, stage: stage, "\(unit) left out: \(error)")
            if error.code == .unreachable || streak >= Self.maxFailureStreak {
                throw PipelineError.modelUnavailable(stage: stage, error: error)
            }
            return nil
        }
    }

    /// Whether an error says the server is failing (rather than one request or reply being unusable).
    static func isTransportFailure(_ error: LanguageModelError) -> Bool {
        switch error.code {
        case .unreachable, .timeout, .rateLimited, .http: true
        case .malformedResponse, .overBudget: false
        }
    }

    /// Checks items, repairs each failing one once, and drops what still fails, counting all in the log.
    ///
    /// - Parameters:
    ///   - items: The items.
    ///   - section: The section they are counted under.
    ///   - stage: The stage, for diagnostics.
    ///   - check: The grounding check.
    ///   - repair: Asks the model for a fixed item, or returns `nil`.
    /// - Returns: The items kept, in order.
    /// - Throws: What `repair` throws (only ``PipelineError``).
    func verify<Item>(
        _ items: [Item],
        section: String,
        stage: String,
        check: (Item) -> [GroundingFailure],
        repair: (Item, [GroundingFailure]) async throws -> Item?
    ) async throws -> [Item] {
        var kept: [Item] = []
        for item in items {
            let failures = check(item)
            if failures.isEmpty {
                kept.append(item)
                log.count(section: section, kept: true, repaired: false)
                continue
            }
            if let fixed = try await repair(item, failures), check(fixed).isEmpty {
                kept.append(fixed)
                log.count(section: section, kept: true, repaired: true)
                continue
            }
            log.count(section: section, kept: false, repaired: false)
            log.add(.warning, stage: stage, "dropped unverifiable item: " + failures.map(\.description).joined(separator: "; "))
        }
        return kept
    }

    /// Reports progress around a stage.
    ///
    /// - Parameters:
    ///   - stage: The stage's name.
    ///   - total: Its planned steps.
    ///   - body: The stage's work; it receives a function to call after each step.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    func stage<Result>(_ stage: String, total: Int, _ body: (_ step: @escaping @Sendable () -> Void) async throws -> Result) async throws -> Result {
        progress?.stageStarted(stage, total: total)
        let counter = StepCounter()
        let progress = self.progress
        let result = try await body { progress?.stepFinished(stage, completed: counter.next(), total: total) }
        progress?.stageFinished(stage)
        return result
    }
}
