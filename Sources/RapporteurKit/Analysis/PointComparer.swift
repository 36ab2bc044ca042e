/// Asks which arguments of one discussion point agree, differ or partly agree, and verifies the groups.
///
/// A group needs arguments of at least two speakers; an agreement and a partial agreement cite each speaker's
/// sentences that bear most on it (``CitationFocus``), and each stance of a difference cites only its own speaker's
/// arguments, those that bear most on the stance, so attribution holds by construction.
struct PointComparer: Sendable {
    let context: RunContext
    let document: NotesDocument
    let point: DiscussionStage.Outcome
    let arguments: [String: Argument]

    private var stage: String { RelationStage.name }
    private var ids: [String] { point.argumentIDs }

    /// Makes the call and verifies what it found.
    ///
    /// - Returns: The verified agreements, differences and partial agreements of this point.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run() async throws -> RelationStage.Outcome {
        let request = context.request(
            data: document.text,
            question: PromptText.relations(point: point.point.title, arguments: ids),
            schemaName: "argument_relations",
            schema: RelationReply.schema(argumentIDs: ids),
            maxTokens: 600
        )
        let unit = "agreements and differences on \"\(point.point.title)\""
        guard let reply = try await context.ask(request, as: RelationReply.self, stage: stage, unit: unit) else { return .init() }
        let agreements = try await verifiedGroups(reply.agreements, section: "agreements", kind: "agreement") {
            context.verifier.check(agreement($0))
        }
        let differences = try await verifiedGroups(reply.differences, section: "differences", kind: "difference") {
            context.verifier.check(difference($0).viewpoint)
        }
        let partial = try await context.verify(
            reply.partial.filter { hasTwoSpeakers($0.arguments) },
            section: "partialAgreements",
            stage: stage,
            check: { context.verifier.check(partialAgreement($0), item: "partial agreement") },
            repair: { item, failures in
                try await repair(
                    item,
                    kind: "partial agreement",
                    failures,
                    schema: RelationReply.partialSchema(argumentIDs: ids),
                    ids: item.arguments
                )
            }
        )
        return .init(agreements: agreements.map(agreement), differences: differences.map(difference), partial: partial.map(partialAgreement))
    }

    /// Verifies agreement or difference groups of two or more speakers, each distinct, with one repair each.
    private func verifiedGroups(
        _ groups: [RelationReply.Group],
        section: String,
        kind: String,
        check: (RelationReply.Group) -> [GroundingFailure]
    ) async throws -> [RelationReply.Group] {
        let schema = RelationReply.groupSchema(argumentIDs: ids)
        return try await context.verify(
            distinct(groups.filter(hasTwoSpeakers)),
            section: section,
            stage: stage,
            check: check,
            repair: { try await repair($0, kind: kind, $1, schema: schema, ids: $0.arguments) }
        )
    }

    private func members(_ ids: [String]) -> [Argument] {
        var seen = Set<String>()
        return ids.filter { self.ids.contains($0) && seen.insert($0).inserted }.compactMap { arguments[$0] }
    }

    /// Groups with the same set of arguments as an earlier group are left out.
    private func distinct(_ groups: [RelationReply.Group]) -> [RelationReply.Group] {
        var seen = Set<Set<String>>()
        return groups.filter { seen.insert(Set(members($0.arguments).map(\.id))).inserted }
    }

    private func hasTwoSpeakers(_ group: RelationReply.Group) -> Bool { hasTwoSpeakers(group.arguments) }

    private func hasTwoSpeakers(_ ids: [String]) -> Bool { Set(members(ids).map(\.speaker)).count >= 2 }

    private func speakers(_ members: [Argument]) -> [String] {
        var seen = Set<String>()
        return members.map(\.speaker).filter { seen.insert($0).inserted }
    }

    private func agreement(_ group: RelationReply.Group) -> Agreements.Point {
        let members = members(group.arguments)
        var topics: [TopicRef] = []
        for topic in members.flatMap(\.topics) where !topics.contains(topic) { topics.append(topic) }
        return Agreements.Point(
            title: group.title.trimmingWhitespace(),
            speakers: speakers(members),
            argumentIDs: members.map(\.id),
            explanation: group.explanation.trimmingWhitespace(),
            topics: topics,
            citations: focused(group.title + " " + group.explanation, members: members)
        )
    }

    /// The members' citations, narrowed per speaker (``CitationFocus``), so every speaker keeps a cited sentence.
    private func focused(_ text: String, members: [Argument]) -> [Int] {
        let perSpeaker = speakers(members).map { speaker in
            let own = Set(members.filter { $0.speaker == speaker }.flatMap(\.citations)).sorted()
            return CitationFocus.focus(text, citations: own, sentence: context.verifier.sentence, limit: CitationFocus.limit / 2)
        }
        return Set(perSpeaker.joined()).sorted()
    }

    private func difference(_ group: RelationReply.Group) -> RelationStage.Difference {
        let members = members(group.arguments)
        var topics: [TopicRef] = []
        for topic in members.flatMap(\.topics) where !topics.contains(topic) { topics.append(topic) }
        let stances = speakers(members).map { speaker in
            let own = members.filter { $0.speaker == speaker }
            let stance = own.map(\.claim).joined(separator: "; ")
            let citations = Set(own.flatMap(\.citations)).sorted()
            return Differences.Stance(
                speaker: speaker,
                stance: stance,
                citations: CitationFocus.focus(stance, citations: citations, sentence: context.verifier.sentence, limit: CitationFocus.limit / 2)
            )
        }
        let viewpoint = Differences.Viewpoint(
            title: group.title.trimmingWhitespace(),
            stances: stances,
            explanation: group.explanation.trimmingWhitespace(),
            topics: topics
        )
        return RelationStage.Difference(viewpoint: viewpoint, argumentIDs: members.map(\.id))
    }

    private func partialAgreement(_ partial: RelationReply.Partial) -> CitedText {
        let text = partial.text.trimmingWhitespace()
        return CitedText(text, citations: focused(text, members: members(partial.arguments)))
    }

    private func repair<Item: Codable>(
        _ item: Item,
        kind: String,
        _ failures: [GroundingFailure],
        schema: JSONValue,
        ids: [String]
    ) async throws -> Item? {
        let cited = "the arguments you grouped [\(ids.joined(separator: ", "))]"
        return try await context.repair(
            item,
            kind: kind,
            problems: failures.map { $0.instruction(citing: cited, unit: "argument") },
            data: document.text,
            schemaName: "relation_repair",
            schema: schema,
            maxTokens: 200,
            stage: stage
        )
    }
}
