/// One major discussion point as the summary paragraph about it is written: its title, its one-sentence
/// description and the notes of the arguments assigned to it.
///
/// The overview call sees every note at once, and the small model wrote one paragraph about the first few notes
/// (measured on education_1: a single paragraph for the whole meeting, ending with who chairs if the link drops,
/// where two or three were asked for). A paragraph
/// written from one point's arguments only keeps each paragraph on its subject and lets the summary cover the
/// session's main subjects.
struct PointBrief: Sendable, Hashable {
    /// The point's title.
    var title: String
    /// The point's one-sentence description.
    var description: String
    /// The point's arguments, claim and explanation, those resting on the most sentences first.
    var document: NotesDocument

    /// The briefs of the points that rest on the most transcript sentences, in the order the points were named.
    ///
    /// - Parameters:
    ///   - points: The verified discussion points with their member arguments.
    ///   - arguments: All arguments.
    ///   - limit: The most briefs.
    /// - Returns: At most `limit` briefs; points without a known argument are left out.
    static func largest(of points: [DiscussionStage.Outcome], arguments: [Argument], limit: Int) -> [PointBrief] {
        let byID = Dictionary(arguments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let briefs = points.enumerated().compactMap { offset, outcome -> (offset: Int, weight: Int, brief: PointBrief)? in
            let members = outcome.argumentIDs.compactMap { byID[$0] }
            guard !members.isEmpty else { return nil }
            let weight = Set(members.flatMap(NotesDocument.sentences)).count
            var document = NotesDocument()
            document.add(NotesHeading.arguments, NotesDocument.argumentNotes(members, detailed: true))
            return (offset, weight, PointBrief(title: outcome.point.title, description: outcome.point.description.text, document: document))
        }
        let kept = briefs.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.offset < $1.offset }.prefix(max(0, limit))
        return kept.sorted { $0.offset < $1.offset }.map(\.brief)
    }
}
