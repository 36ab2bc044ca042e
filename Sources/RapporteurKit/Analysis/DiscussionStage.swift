/// Step 5 of the pipeline: the session's major discussion points, named from the argument list, with every
/// argument assigned to one.
struct DiscussionStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "discussion points"

    /// A discussion point and its member arguments.
    struct Outcome: Sendable, Hashable {
        var point: KeyPoints.DiscussionPoint
        var argumentIDs: [String]
    }

    struct Reply: Codable {
        var points: [Item]

        struct Item: Codable, Hashable {
            var arguments: [String]
            var description: String
            var heading: String
        }

        static func itemSchema(argumentIDs: [String]) -> JSONValue {
            Schema.object([
                "arguments": Schema.array(Schema.oneOf(argumentIDs), minItems: 1, maxItems: argumentIDs.count),
                "description": Schema.string,
                "heading": Schema.string,
            ])
        }
    }

    let context: RunContext

    /// Names the points and sets each argument's ``Argument/discussionPoint``.
    ///
    /// - Parameter arguments: All arguments; updated in place.
    /// - Returns: The verified points with their members.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ arguments: inout [Argument]) async throws -> [Outcome] {
        guard !arguments.isEmpty else { return [] }
        let ids = arguments.map(\.id)
        let document = NotesDocument.arguments(arguments)
        let maximum = min(6, ids.count)
        let schema = Schema.object(["points": Schema.array(Reply.itemSchema(argumentIDs: ids), minItems: 1, maxItems: maximum)])
        let request = context.request(
            data: document.text,
            question: PromptText.discussionPoints(minimum: min(3, ids.count), maximum: maximum),
            schemaName: "discussion_points",
            schema: schema,
            maxTokens: 100 * maximum + 4 * ids.count + 50
        )
        let reply = try await context.stage(Self.name, total: 1) { step in
            defer { step() }
            return try await context.ask(request, as: Reply.self, stage: Self.name, unit: "major discussion points")
        }
        let outcomes = try await verify(reply?.points ?? [], document: document, ids: ids)
        for outcome in outcomes {
            for index in arguments.indices where arguments[index].discussionPoint == nil && outcome.argumentIDs.contains(arguments[index].id) {
                arguments[index].discussionPoint = outcome.point.title
            }
        }
        return outcomes
    }

    private func verify(_ items: [Reply.Item], document: NotesDocument, ids: [String]) async throws -> [Outcome] {
        let outcome = { (item: Reply.Item) in
            let members = ids.filter(item.arguments.contains)
            let description = CitedText(item.description.trimmingWhitespace(), citations: document.citations(for: members))
            return Outcome(point: KeyPoints.DiscussionPoint(title: item.heading.trimmingWhitespace(), description: description), argumentIDs: members)
        }
        let verified = try await context.verify(
            items.filter { !$0.heading.trimmingWhitespace().isEmpty },
            section: "discussionPoints",
            stage: Self.name,
            check: { context.verifier.check(outcome($0).point) },
            repair: { item, failures in
                let cited = "the arguments you assigned [\(item.arguments.joined(separator: ", "))]"
                return try await context.repair(
                    item,
                    kind: "discussion point",
                    problems: failures.map { $0.instruction(citing: cited, unit: "argument") },
                    data: document.text,
                    schemaName: "discussion_point_repair",
                    schema: Reply.itemSchema(argumentIDs: ids),
                    maxTokens: 200,
                    stage: Self.name
                )
            }
        )
        return verified.map(outcome)
    }
}
