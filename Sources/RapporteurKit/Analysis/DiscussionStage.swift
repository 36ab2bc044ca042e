/// Step 5 of the pipeline: the session's major discussion points, named by the model from the argument list,
/// each argument assigned to the point it shares most words with (``PointAssigner``).
struct DiscussionStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "discussion points"

    /// A discussion point and its member arguments.
    struct Outcome: Sendable, Hashable {
        var point: KeyPoints.DiscussionPoint
        var argumentIDs: [String]
    }

    /// The answer: the points. Which arguments belong to which point is computed by ``PointAssigner``.
    struct Reply: Codable {
        var discussionPoints: [Point]

        struct Point: Codable, Hashable {
            var description: String
            var heading: String
        }

        static let pointSchema = Schema.object(["description": Schema.sentence, "heading": Schema.label])

        static func schema(maximum: Int) -> JSONValue {
            Schema.object(["discussionPoints": Schema.array(pointSchema, minItems: 1, maxItems: maximum)])
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
            schema: Reply.schema(maximum: maximum),
            maxTokens: 100 * maximum + 50
        )
        let reply = try await context.stage(Self.name, total: 1) { step in
            defer { step() }
            return try await context.ask(request, as: Reply.self, stage: Self.name, unit: "major discussion points")
        }
        guard var reply else { return [] }
        let named = reply.discussionPoints.map { Reply.Point(description: $0.description, heading: Self.heading($0.heading)) }
        reply.discussionPoints = Self.distinct(named)
        let outcomes = try await verify(reply, document: document, arguments: arguments)
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

    /// A heading without the label of the notes it was named from: the small model opened every heading of an
    /// open forum with "Arguments about" (measured on IGF: 5 of 5 points), after the notes' title "Arguments:";
    /// and a phrase, not a cut-off sentence (``HeadingPhrase``).
    static func heading(_ raw: String) -> String {
        let named = withoutNotesLabel(raw)
        let phrase = HeadingPhrase.make(named)
        return phrase.split(separator: " ").count >= 2 ? phrase : named
    }

    private static func withoutNotesLabel(_ raw: String) -> String {
        let trimmed = raw.trimmingWhitespace()
        let lowered = trimmed.lowercased()
        guard let label = ["arguments about ", "arguments on ", "arguments for ", "arguments regarding "].first(where: lowered.hasPrefix) else {
            return trimmed
        }
        let rest = String(trimmed.dropFirst(label.count)).trimmingWhitespace()
        guard let first = rest.first else { return trimmed }
        return first.uppercased() + rest.dropFirst()
    }

    /// The points without repeats: a small model sometimes names one point twice (measured: "Request for
    /// Additional Information" as points 4 and 5), and two points with one heading cannot be told apart.
    static func distinct(_ points: [Reply.Point]) -> [Reply.Point] {
        var seen: Set<String> = []
        return points.filter { seen.insert($0.heading.trimmingWhitespace().lowercased()).inserted }
    }

    private func verify(_ reply: Reply, document: NotesDocument, arguments: [Argument]) async throws -> [Outcome] {
        let assignment = PointAssigner.assign(
            arguments.map { PointAssigner.Text(id: $0.id, text: $0.claim + " " + $0.explanation.text) },
            to: reply.discussionPoints.map { $0.heading + " " + $0.description },
            ignoring: arguments.map(\.speaker)
        )
        let members = reply.discussionPoints.indices.map { index in arguments.map(\.id).filter { assignment[$0] == index } }
        let candidates = zip(reply.discussionPoints, members).filter { point, members in
            guard members.isEmpty else { return !point.heading.trimmingWhitespace().isEmpty }
            context.log.count(section: "discussionPoints", kept: false, repaired: false)
            context.log.add(.warning, stage: Self.name, "dropped discussion point \"\(point.heading)\": no argument was assigned to it")
            return false
        }
        let outcome = { (candidate: (Reply.Point, [String])) in
            let text = candidate.0.description.trimmingWhitespace()
            let citations = CitationFocus.focus(
                candidate.0.heading + " " + text,
                citations: document.citations(for: candidate.1),
                sentence: context.verifier.sentence
            )
            let description = CitedText(text, citations: citations)
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
