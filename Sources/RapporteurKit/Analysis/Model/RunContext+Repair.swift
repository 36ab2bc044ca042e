import Foundation

extension RunContext {
    /// Asks the model once to fix an item that failed verification, on the same data as the original call.
    ///
    /// - Parameters:
    ///   - item: The item as the model wrote it.
    ///   - kind: What it is, e.g. `argument of Alice`.
    ///   - problems: The failures, phrased for the data the model sees.
    ///   - data: The fenced data of the original call (so the prompt cache is reused).
    ///   - schemaName: The schema name of the repair call.
    ///   - schema: The schema of one item.
    ///   - maxTokens: The answer limit.
    ///   - stage: The stage, for diagnostics.
    /// - Returns: The rewritten item, or `nil` when the call failed.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func repair<Item: Codable>(
        _ item: Item,
        kind: String,
        problems: [String],
        data: String,
        schemaName: String,
        schema: JSONValue,
        maxTokens: Int,
        stage: String
    ) async throws -> Item? {
        let question = PromptText.repair(kind: kind, item: Self.json(item), problems: problems)
        let request = request(data: data, question: question, schemaName: schemaName, schema: schema, maxTokens: maxTokens)
        return try await ask(request, as: Item.self, stage: stage, unit: "repair of the \(kind)")
    }

    /// Verifies arguments built from already verified notes without a repair call: they are counted in their
    /// section, and one that fails (which construction should prevent) is dropped.
    ///
    /// - Parameters:
    ///   - arguments: The arguments.
    ///   - section: The section they are counted under.
    ///   - stage: The stage, for diagnostics.
    /// - Returns: The arguments that pass.
    /// - Throws: Never in practice; the signature follows ``verify(_:section:stage:check:repair:)``.
    func verifyAsIs(_ arguments: [Argument], section: String, stage: String) async throws -> [Argument] {
        try await verify(arguments, section: section, stage: stage, check: { verifier.check($0) }, repair: { _, _ in nil })
    }

    /// Compact JSON with sorted keys, as items are shown back to the model.
    ///
    /// - Parameter value: The value.
    /// - Returns: The JSON text.
    static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
