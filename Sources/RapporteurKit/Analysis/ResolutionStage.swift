/// Step 7 of the pipeline: which of the decisions and actions noted chunk by chunk record a decision or an action.
///
/// Asked for the decisions and actions of one chunk at a time, the small model lists up to four whatever the chunk
/// holds, often sentences copied from it: on the Senedd committee education_1, 40 of them, among them "Thank you,
/// Steve." and "That's great.". One call reads all of them and names those that record a decision taken or an action
/// to carry out; the report and the synthesis keep those. The answer is a choice of IDs, so nothing new is written
/// and every kept item is the one that was verified. When the call fails, all items are kept and the diagnostic says
/// so.
struct ResolutionStage: Sendable {
    /// The stage's name in progress reports and diagnostics.
    static let name = "resolutions"

    /// The answer: the IDs of the notes that record a decision or an action.
    struct Reply: Codable {
        var ids: [String]

        static func schema(_ ids: [String]) -> JSONValue {
            Schema.object(["ids": Schema.array(Schema.oneOf(ids), maxItems: ids.count)])
        }
    }

    let context: RunContext

    /// Keeps the items that record a decision or an action.
    ///
    /// - Parameter items: The decisions and actions noted in the chunks, without repeats.
    /// - Returns: The items the model named, in their order; all items when the call failed.
    /// - Throws: ``PipelineError`` when the model is unavailable.
    func run(_ items: [Takeaways.ActionItem]) async throws -> [Takeaways.ActionItem] {
        guard !items.isEmpty else { return [] }
        let document = Self.notes(items)
        return try await context.stage(Self.name, total: 1) { step in
            defer { step() }
            let request = context.request(
                data: document.text,
                question: PromptText.resolutions,
                schemaName: "resolutions",
                schema: Reply.schema(document.ids),
                maxTokens: min(800, 60 + 8 * items.count)
            )
            let unit = "choice among the \(items.count) decisions and action items (all kept)"
            guard let reply = try await context.ask(request, as: Reply.self, stage: Self.name, unit: unit) else { return items }
            let chosen = Set(reply.ids)
            let kept = zip(document.ids, items).filter { chosen.contains($0.0) }.map(\.1)
            context.log.add(
                .note,
                stage: Self.name,
                "kept \(kept.count) of the \(items.count) decisions and action items noted in the chunks; the others record no decision or action"
            )
            return kept
        }
    }

    /// The items as notes `r1`, `r2`, … under ``NotesHeading/decisions``, the owner named.
    ///
    /// - Parameter items: The items.
    /// - Returns: The notes document.
    static func notes(_ items: [Takeaways.ActionItem]) -> NotesDocument {
        var document = NotesDocument()
        document.add(
            NotesHeading.decisions,
            items.enumerated().map { offset, item in
                NotesDocument.Note(id: "r\(offset + 1)", text: item.text + (item.owner.map { " (to act: \($0))" } ?? ""), citations: item.citations)
            }
        )
        return document
    }
}
