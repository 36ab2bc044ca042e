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

    /// The answer: the points, then for every argument the number of its point. The assignment is an object
    /// with one required property per argument, so a constrained model cannot leave an argument out.
    struct Reply: Codable {
        var discussionPoints: [Point]
        var pointOfArgument: [String: Int]

        struct Point: Codable, Hashable {
            var description: String
            var heading: String
        }

        static let pointSchema = Schema.object(["description": Schema.string, "heading": Schema.string])

        static func schema(argumentIDs: [String], maximum: Int) -> JSONValue {
            let numbers = Schema.oneOf(Array(1...maximum))
            return Schema.object([
                "discussionPoints": Schema.array(pointSchema, minItems: 1, maxItems: maximum),
                "pointOfArgument": Schema.object(Dictionary(uniqueKeysWithValues: argumentIDs.map { ($0, numbers) })),
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
        let request = context.request(
            data: document.text,
            question: PromptText.discussionPoints(minimum: min(3, ids.count), maximum: maximum),
            schemaName: "discussion_points",
            schema: Reply.schema(argumentIDs: ids, maximum: maximum),
            maxTokens: 80 * maximum + 8 * ids.count + 50
        )
        let reply = try await context.stage(Self.name, total: 1) { step in
            defer { step() }
            return try await context.ask(request, as: Reply.self, stage: Self.name, unit: "major discussion points")
        }
        guard let reply else { return [] }
        let outcomes = try await verify(reply, document: document, ids: ids)
        for outcome in outcomes {
            for index in arguments.indices where outcome.argumentIDs.contains(arguments[index].id) {
                arguments[index].discussionPoint = outcome.point.title
            }
        }
        let unassigned = arguments.filter { $0.discussionPoint == nil }.map(\.id)
        if !unassigned.isEmpty {
            context.log.add(.note, stage: Self.name, "arguments without a discussion point: \(unassigned.joined(separator: ", "))")
        }
        return outcomes
    }

    private func verify(_ reply: Reply, document: NotesDocument, ids: [String]) async throws -> [Outcome] {
        let members = reply.discussionPoints.indices.map { index in ids.filter { reply.pointOfArgument[$0] == index + 1 } }
        let candidates = zip(reply.discussionPoints, members).filter { point, members in
            guard members.isEmpty else { return !point.heading.trimmingWhitespace().isEmpty }
            context.log.count(section: "discussionPoints", kept: false, repaired: false)
            context.log.add(.warning, stage: Self.name, "dropped discussion point \"\(point.heading)\": no argument was assigned to it")
            return false
        }
        let outcome = { (candidate: (Reply.Point, [String])) in
            let description = CitedText(candidate.0.description.trimmingWhitespace(), citations: document.citations(for: candidate.1))
            return Outcome(
                point: KeyPoints.DiscussionPoint(title: candidate.0.heading.trimmingWhitespace(), description: description),
                argumentIDs: candidate.1
            )
        }
        let verified = try await context.verify(
            candidates,
            section: "discussionPoints",
            stage: Self.name,
            check: { context.verifier.check(outcome($0).point) },
            repair: { candidate, failures in
                let cited = "the arguments assigned to it [\(candidate.1.joined(separator: ", "))]"
                let fixed = try await context.repair(
                    candidate.0,
                    kind: "discussion point",
                    problems: failures.map { $0.instruction(citing: cited, unit: "argument") },
                    data: document.text,
                    schemaName: "discussion_point_repair",
                    schema: Reply.pointSchema,
                    maxTokens: 200,
                    stage: Self.name
                )
                return fixed.map { ($0, candidate.1) }
            }
        )
        return verified.map(outcome)
    }
}
