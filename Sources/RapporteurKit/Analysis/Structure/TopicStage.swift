/// Topics from the taxonomy, for a session about digital policy (``TaxonomyFit``): the model chooses one or two
/// topics per argument from the taxonomy's list, for batches of arguments. A session the taxonomy does not fit
/// makes no call: its topics are its discussion points.
struct TopicStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "topics"
    /// Arguments per call.
    static let batch = 15
    /// The choice that no topic fits.
    static let noTopic = "none of these"

    /// The model's answer: topics per argument ID.
    struct Reply: Codable {
        var topicsOf: [String: [String]]

        static func schema(argumentIDs: [String], topics: [String]) -> JSONValue {
            let list = Schema.array(Schema.oneOf(topics + [noTopic]), minItems: 1, maxItems: 2)
            return Schema.object(["topicsOf": Schema.object(Dictionary(uniqueKeysWithValues: argumentIDs.map { ($0, list) }))])
        }
    }

    let context: RunContext

    private var topicNames: [String] { context.taxonomy.baskets.flatMap(\.topics) }

    /// The arguments with their topics.
    ///
    /// - Parameter arguments: The arguments.
    /// - Returns: The same arguments with topics set where the model chose any.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ arguments: [Argument]) async throws -> [Argument] {
        let batches = stride(from: 0, to: arguments.count, by: Self.batch).map { Array(arguments[$0..<min($0 + Self.batch, arguments.count)]) }
        let context = context
        let chosen = try await context.stage(Self.name, total: batches.count) { step in
            try await OrderedConcurrency.map(batches, concurrency: context.options.concurrency) { batch in
                defer { step() }
                return try await topics(for: batch)
            }
        }
        let byID = chosen.reduce(into: [String: [TopicRef]]()) { $0.merge($1) { first, _ in first } }
        return arguments.map { argument in
            var tagged = argument
            tagged.topics = byID[argument.id] ?? []
            return tagged
        }
    }

    private func topics(for arguments: [Argument]) async throws -> [String: [TopicRef]] {
        let lines = arguments.map { "\($0.id) \(DataFence.escape($0.speaker)): \(DataFence.escape($0.claim))" }
        let request = context.request(
            data: DataFence.notes(lines),
            question: PromptText.topics(topicNames),
            schemaName: "argument_topics",
            schema: Reply.schema(argumentIDs: arguments.map(\.id), topics: topicNames),
            maxTokens: 30 * arguments.count + 40
        )
        let reply = try await context.ask(request, as: Reply.self, stage: Self.name, unit: "topics of \(arguments.count) arguments")
        return Dictionary(
            uniqueKeysWithValues: arguments.map { argument in
                (argument.id, (reply?.topicsOf[argument.id] ?? []).compactMap(context.taxonomy.reference(for:)))
            }
        )
    }
}
