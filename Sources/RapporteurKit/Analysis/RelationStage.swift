/// Step 6 of the pipeline: within each discussion point with two or more speakers, which arguments agree,
/// disagree or partly agree. Fills agreement points, different viewpoints (one stance per speaker, citing that
/// speaker's arguments), partial agreements, and the `agreedWith`/`disagreedWith` relations of arguments.
struct RelationStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "relations"

    /// A different viewpoint and the arguments it was built from.
    struct Difference: Sendable, Hashable {
        var viewpoint: Differences.Viewpoint
        var argumentIDs: [String]
    }

    /// What the stage found.
    struct Outcome: Sendable, Hashable {
        var agreements: [Agreements.Point] = []
        var differences: [Difference] = []
        var partial: [CitedText] = []
    }

    let context: RunContext

    /// Compares the arguments of each discussion point.
    ///
    /// - Parameters:
    ///   - points: The discussion points and their members.
    ///   - arguments: All arguments; their relations are filled in place.
    /// - Returns: The verified agreements, differences and partial agreements.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ points: [DiscussionStage.Outcome], arguments: inout [Argument]) async throws -> Outcome {
        let byID = Dictionary(uniqueKeysWithValues: arguments.map { ($0.id, $0) })
        let contested = points.filter { Set($0.argumentIDs.compactMap { byID[$0]?.speaker }).count >= 2 }
        let document = NotesDocument.arguments(arguments)
        var outcome = Outcome()
        try await context.stage(Self.name, total: contested.count) { step in
            for point in contested {
                let comparer = PointComparer(context: context, document: document, point: point, arguments: byID)
                let found = try await comparer.run()
                outcome.agreements += found.agreements
                outcome.differences += found.differences
                outcome.partial += found.partial
                step()
            }
        }
        for index in arguments.indices { relate(&arguments[index], outcome: outcome, arguments: byID) }
        return outcome
    }

    /// Fills one argument's `agreedWith` and `disagreedWith` from the kept groups.
    private func relate(_ argument: inout Argument, outcome: Outcome, arguments: [String: Argument]) {
        func relations(_ groups: [(String, [String])]) -> [Argument.Relation] {
            var seen = Set<Argument.Relation>()
            return groups.filter { $0.1.contains(argument.id) }.flatMap { title, members in
                members.compactMap { arguments[$0] }.filter { $0.speaker != argument.speaker }.map {
                    Argument.Relation(speaker: $0.speaker, on: title, argumentID: $0.id)
                }
            }.filter { seen.insert($0).inserted }
        }
        argument.agreedWith = relations(outcome.agreements.map { ($0.title, $0.argumentIDs) })
        argument.disagreedWith = relations(outcome.differences.map { ($0.viewpoint.title, $0.argumentIDs) })
    }
}
