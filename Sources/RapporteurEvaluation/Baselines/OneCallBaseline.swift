public import Foundation
public import RapporteurKit

/// The one-call baseline: the whole transcript and a single request for the whole report (summary, key points,
/// per-speaker arguments, decisions and action items, unresolved issues) in one JSON schema, as most summarising
/// tools do, on the same model as the pipeline.
///
/// The call is made like every pipeline call (``ModelCall``: budget check, one retry on an unusable reply).
/// When the transcript does not fit the context window the baseline is not run, and says so; the transcript is
/// never truncated. The report it builds has no citations: that is the point of the comparison, the grounding
/// check shows what an ungrounded report lacks.
public struct OneCallBaseline: Sendable {
    /// Tokens the answer may take.
    public static let defaultAnswerTokens = 3000

    /// The model.
    public let model: any LanguageModel
    /// Tokens the answer may take.
    public let answerTokens: Int
    /// The tool name written into the report's metadata and disclaimer.
    public let generator: String
    /// The clock, for `createdAt` and the wall time.
    public let now: @Sendable () -> Date

    /// Creates the baseline.
    ///
    /// - Parameters:
    ///   - model: The model, the same the pipeline runs on.
    ///   - answerTokens: Tokens the answer may take.
    ///   - generator: The tool name for metadata and disclaimer.
    ///   - now: The clock; injected so tests get fixed times.
    public init(
        model: any LanguageModel,
        answerTokens: Int = OneCallBaseline.defaultAnswerTokens,
        generator: String = "Rapporteur",
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.model = model
        self.answerTokens = answerTokens
        self.generator = generator
        self.now = now
    }

    /// Asks for the whole report in one call and builds a ``Report`` from the answer.
    ///
    /// - Parameters:
    ///   - transcript: The transcript.
    ///   - speakers: One section per speaker with measured statistics; arguments are filled from the answer.
    ///   - session: The report header.
    /// - Returns: The report, or ``BaselineOutcome/notRun(reason:)`` when the transcript, the prompt and the answer
    ///   do not fit the model's context window.
    /// - Throws: ``LanguageModelError`` when the model fails or both replies are unusable; `CancellationError`.
    public func run(transcript: Transcript, speakers: [SpeakerSection], session: SessionInfo) async throws -> BaselineOutcome {
        let started = now()
        let data = OneCallPrompt.transcript(transcript.turns)
        let request = CompletionRequest(
            messages: [.init(role: "system", content: OneCallPrompt.system), .init(role: "user", content: data + "\n\n" + OneCallPrompt.question)],
            schemaName: "one_call_report",
            schema: OneCallAnswer.schema(speakers: speakers.map(\.name)),
            maxTokens: answerTokens
        )
        let call = ModelCall(model: model)
        do {
            try await call.checkBudget(request)
        } catch let error as LanguageModelError where error.code == .overBudget {
            let tokens = try await model.countTokens(data)
            return .notRun(
                reason: "transcript of \(tokens) tokens exceeds the context of \(model.contextTokens) tokens "
                    + "(with the prompt and a \(answerTokens)-token answer: \(error.detail))"
            )
        }
        let answer = try await call.perform(request, as: OneCallAnswer.self)
        let metadata = RunMetadata.baseline(
            "\(generator) (one-call baseline)",
            model: model,
            started: started,
            finished: now(),
            usage: call.usage
        )
        return .report(report(from: answer, transcript: transcript, speakers: speakers, session: session, metadata: metadata))
    }
}
