public import Foundation
public import RapporteurKit

/// The baseline most meeting tools are: one prompt with the whole transcript and "Summarize the whole meeting in
/// one paragraph of about 150 words", on the same model. Its summary is what the pipeline's is compared with; it
/// has no other section and no citations. (``OneCallBaseline`` asks for the whole report in one schema instead.)
public struct SummaryCallBaseline: Sendable {
    /// Tokens the answer may take: a 150-word paragraph with room to spare.
    public static let answerTokens = 400
    /// The question after the transcript.
    static let question = "Summarize the whole meeting in one paragraph of about 150 words. summary = the paragraph."

    /// The model.
    public let model: any LanguageModel
    /// The tool name for the report's metadata.
    public let generator: String
    /// The clock.
    public let now: @Sendable () -> Date

    /// Creates the baseline.
    ///
    /// - Parameters:
    ///   - model: The model, the same as the pipeline's.
    ///   - generator: The tool name for metadata.
    ///   - now: The clock.
    public init(model: any LanguageModel, generator: String = "Rapporteur", now: @escaping @Sendable () -> Date = { Date() }) {
        self.model = model
        self.generator = generator
        self.now = now
    }

    private struct Answer: Decodable { var summary: String }

    /// Asks for the summary.
    ///
    /// - Parameters:
    ///   - transcript: The transcript, sent whole as `Speaker: text` lines.
    ///   - speakers: The speaker sections, kept without arguments.
    ///   - session: The report header.
    /// - Returns: A report whose only generated section is the summary, or `notRun` when the transcript does not
    ///   fit the context (it is never cut).
    /// - Throws: ``LanguageModelError`` when the call fails after its retry.
    public func run(transcript: Transcript, speakers: [SpeakerSection], session: SessionInfo) async throws -> BaselineOutcome {
        let started = now()
        let data = OneCallPrompt.transcript(transcript.turns)
        let schema = AnswerSchema.object(["summary": AnswerSchema.string])
        let request = CompletionRequest(
            messages: [.init(role: "system", content: OneCallPrompt.system), .init(role: "user", content: data + "\n\n" + Self.question)],
            schemaName: "one_call_summary",
            schema: schema,
            maxTokens: Self.answerTokens
        )
        let call = ModelCall(model: model)
        do {
            try await call.checkBudget(request)
        } catch let error as LanguageModelError where error.code == .overBudget {
            return .notRun(reason: "transcript exceeds the context of \(model.contextTokens) tokens (\(error.detail))")
        }
        let answer = try await call.perform(request, as: Answer.self)
        let metadata = RunMetadata.baseline(
            "\(generator) (one-call summary baseline)",
            model: model,
            started: started,
            finished: now(),
            usage: call.usage
        )
        return .report(
            Report(
                session: session,
                summary: [CitedText(answer.summary.trimmingWhitespace())],
                speakers: speakers,
                disclaimer: "A baseline: one prompt, the whole transcript, a summary. Not verified and without citations.",
                transcript: transcript.sentences,
                metadata: metadata,
                diagnostics: transcript.diagnostics
            )
        )
    }
}

extension String {
    /// The string without leading and trailing white space, as the core trims model answers (its helper of the
    /// same name is internal to `RapporteurKit`).
    fileprivate func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return String(self[start..<end])
    }
}
