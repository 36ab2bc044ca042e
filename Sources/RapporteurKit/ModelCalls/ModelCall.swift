/// One structured model call made exactly as the pipeline makes its own (``StructuredCall``: the budget check,
/// one retry on an unusable reply), with its own count of the calls and tokens; the public face of that call for
/// code outside the core, such as the baselines of `RapporteurEvaluation`.
public struct ModelCall: Sendable {
    private let call: StructuredCall

    /// Creates a call on a model, with an empty usage count.
    ///
    /// - Parameter model: The model.
    public init(model: any LanguageModel) {
        call = StructuredCall(model: model, meter: UsageMeter())
    }

    /// Throws when the prompt plus the answer limit exceeds the model's context window.
    ///
    /// - Parameter request: The request about to be sent.
    /// - Throws: ``LanguageModelError`` with code ``LanguageModelError/Code/overBudget``.
    public func checkBudget(_ request: CompletionRequest) async throws {
        try await call.checkBudget(request)
    }

    /// Sends a request and decodes its answer, retrying once on an unusable reply.
    ///
    /// - Parameters:
    ///   - request: The request; its schema describes `Answer`.
    ///   - type: The type the answer decodes into.
    /// - Returns: The decoded answer.
    /// - Throws: ``LanguageModelError`` when over budget, when the model fails, or when both replies are unusable.
    public func perform<Answer: Decodable>(_ request: CompletionRequest, as type: Answer.Type) async throws -> Answer {
        try await call.perform(request, as: type)
    }

    /// The calls and tokens of every reply so far.
    public var usage: RunMetadata.Usage { call.meter.usage }
}
