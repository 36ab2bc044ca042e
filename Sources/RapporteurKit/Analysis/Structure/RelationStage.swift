/// Agreements, differences and partial agreements: per discussion point, the model labels the most alike pairs of
/// arguments by different speakers from an enum (agree, disagree, partly, unrelated); the sections follow from the
/// labels, their texts from the arguments' own claims, so nothing in them is written by the model.
struct RelationStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "relations"
    /// The most pairs labelled per point.
    static let maxPairs = 4

    /// How two arguments relate.
    enum Label: String, Sendable, Hashable, CaseIterable, Codable {
        case agree
        case disagree
        case partly
        case unrelated
    }

    /// Two arguments of different speakers, labelled.
    struct Pair: Sendable, Hashable {
        var first: Argument
        var second: Argument
        var label: Label
        var point: String
    }

    /// The model's answer for one point: a label per pair, in order.
    struct Reply: Codable {
        var labels: [Label]

        static func schema(pairs: Int) -> JSONValue {
            Schema.object([
                "labels": Schema.array(Schema.oneOf(Label.allCases.map(\.rawValue)), minItems: pairs, maxItems: pairs)
            ])
        }
    }

    /// The stage's output.
    struct Outcome: Sendable, Hashable {
        var pairs: [Pair] = []
        var arguments: [Argument] = []

        var agreements: [Agreements.Point] {
            pairs.filter { $0.label == .agree }.map { pair in
                Agreements.Point(
                    title: pair.point,
                    speakers: [pair.first.speaker, pair.second.speaker],
                    argumentIDs: [pair.first.id, pair.second.id],
                    explanation: RelationStage.juxtaposed(pair),
                    citations: Array(Set(pair.first.citations + pair.second.citations)).sorted()
                )
            }
        }

        var differences: [Differences.Viewpoint] {
            pairs.filter { $0.label == .disagree }.map { pair in
                Differences.Viewpoint(
                    title: pair.point,
                    stances: [pair.first, pair.second].map { Differences.Stance(speaker: $0.speaker, stance: $0.claim, citations: $0.citations) },
                    explanation: ""
                )
            }
        }

        var partial: [CitedText] {
            pairs.filter { $0.label == .partly }.map { pair in
                CitedText(
                    pair.point + ": " + RelationStage.juxtaposed(pair),
                    citations: Array(Set(pair.first.citations + pair.second.citations)).sorted()
                )
            }
        }
    }

    let context: RunContext

    /// Labels the pairs of every point with arguments of at least two speakers.
    ///
    /// - Parameter discussion: The points and arguments.
    /// - Returns: The labelled pairs, and the arguments with whom they agree and disagree.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ discussion: DiscussionStage.Outcome) async throws -> Outcome {
        let byID = Dictionary(uniqueKeysWithValues: discussion.arguments.map { ($0.id, $0) })
        let vectors = discussion.vectors
        let index = Dictionary(uniqueKeysWithValues: discussion.arguments.enumerated().map { ($1.id, $0) })
        let work = discussion.points.map { point -> (DiscussionStage.Point, [(Argument, Argument)]) in
            let members = point.argumentIDs.compactMap { byID[$0] }
            var candidates: [(Argument, Argument, Double)] = []
            for (i, first) in members.enumerated() {
                for second in members[(i + 1)...] where second.speaker != first.speaker {
                    let similarity = vectors.similarity(index[first.id] ?? 0, index[second.id] ?? 0)
                    candidates.append(first.id < second.id ? (first, second, similarity) : (second, first, similarity))
                }
            }
            let chosen = candidates.sorted { $0.2 > $1.2 }.prefix(Self.maxPairs).map { ($0.0, $0.1) }
            return (point, chosen)
        }.filter { !$0.1.isEmpty }
        let context = context
        let labelled = try await context.stage(Self.name, total: work.count) { step in
            try await OrderedConcurrency.map(work, concurrency: context.options.concurrency) { point, pairs in
                defer { step() }
                return try await label(pairs, on: point)
            }
        }
        context.log.orderDiagnostics(of: Self.name)
        let pairs = labelled.flatMap { $0 }
        let arguments = discussion.arguments.map { argument in
            var related = argument
            func others(_ label: Label) -> [Argument.Relation] {
                pairs.filter { $0.label == label && ($0.first.id == argument.id || $0.second.id == argument.id) }.map { pair in
                    let other = pair.first.id == argument.id ? pair.second : pair.first
                    return Argument.Relation(speaker: other.speaker, on: pair.point, argumentID: other.id)
                }
            }
            related.agreedWith = others(.agree)
            related.disagreedWith = others(.disagree)
            return related
        }
        return Outcome(pairs: pairs, arguments: arguments)
    }

    private func label(_ pairs: [(Argument, Argument)], on point: DiscussionStage.Point) async throws -> [Pair] {
        let lines = pairs.enumerated().map { offset, pair in
            "x\(offset + 1): (A) \(Self.line(pair.0)) (B) \(Self.line(pair.1))"
        }
        let request = context.request(
            data: DataFence.notes(lines),
            question: PromptText.relations(point: point.title, pairs: pairs.count),
            schemaName: "relations",
            schema: Reply.schema(pairs: pairs.count),
            maxTokens: 8 * pairs.count + 20
        )
        let unit = "relations on \"\(point.title)\""
        guard let reply = try await context.ask(request, as: Reply.self, stage: Self.name, unit: unit) else { return [] }
        return zip(pairs, reply.labels).map { Pair(first: $0.0, second: $0.1, label: $1, point: point.title) }
    }

    private static func line(_ argument: Argument) -> String {
        let said = argument.explanation.text.isEmpty ? argument.claim : argument.explanation.text
        return "\(DataFence.escape(argument.speaker)): \(DataFence.escape(said))"
    }

    /// The two arguments side by side, in their speakers' names: "Ann Jones: schools should reopen. Bob Lee: …".
    static func juxtaposed(_ pair: Pair) -> String {
        [pair.first, pair.second].map { "\($0.speaker): \(StructuredSections.sentence($0.claim))" }.joined(separator: " ")
    }
}
