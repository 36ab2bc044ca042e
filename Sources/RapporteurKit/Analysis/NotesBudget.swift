/// Keeps the notes a stage reads within the model's context window by reading fewer notes, never by cutting one.
///
/// The notes grow with the session: measured on the Canadian committee meeting covid_2 (23.8k words, 281 chunks,
/// 71 speakers), the synthesis notes came to 16,258 tokens (the overview's prompt with them to 16,566), so at the local default context of 16,384 tokens every
/// synthesis call would have been over budget, and the report would have had no summary, takeaways or narrative.
/// When the notes do not fit, the sections that grow with the transcript are thinned: the arguments keep those
/// resting on the most sentences (they come first), the chunks' decisions and open questions keep notes spread
/// evenly over the session. The other sections (discussion points, agreements, differences, quotes) are bounded
/// and stay whole. Every kept note is whole and keeps its ID, and the caller records what was left out.
struct NotesBudget: Sendable {
    /// How many notes of one thinned section were read.
    struct Cut: Sendable, Hashable {
        var heading: String
        var kept: Int
        var total: Int
    }

    /// The fitted document, what was left out of it, and its size.
    struct Fitted: Sendable, Hashable {
        var document: NotesDocument
        var cuts: [Cut]
        var tokens: Int
        /// The whole document's size.
        var originalTokens: Int
    }

    /// Sections thinned from their end: their notes come heaviest first.
    static let heaviestFirst: Set<String> = [NotesHeading.arguments]
    /// Sections thinned evenly: their notes are in transcript order.
    static let spreadOver: Set<String> = [NotesHeading.decisions, NotesHeading.questions]

    /// Attempts at a smaller share before giving up.
    static let attempts = 8

    /// The tokens the document may take.
    let budget: Int
    /// Counts the tokens of a text with the model's tokenizer.
    let count: @Sendable (String) async throws -> Int

    /// The document, thinned until its text fits the budget.
    ///
    /// - Parameter document: The notes.
    /// - Returns: The document unchanged when it fits; a thinned one with its cuts when that fits; `nil` when even
    ///   the sections that are never thinned exceed the budget (the calls then fail as over budget, loudly).
    /// - Throws: What the token counter throws.
    func fitted(_ document: NotesDocument) async throws -> Fitted? {
        let total = try await count(document.text)
        guard total > budget else { return Fitted(document: document, cuts: [], tokens: total, originalTokens: total) }
        let fixedHeadings = Set(document.sections.map(\.heading)).subtracting(Self.heaviestFirst.union(Self.spreadOver))
        let fixed = try await count(document.keeping(fixedHeadings).text)
        guard fixed < budget, total > fixed else { return nil }
        var share = Double(budget - fixed) / Double(total - fixed)
        for _ in 0..<Self.attempts {
            let (thinned, cuts) = Self.thinned(document, share: share)
            let tokens = try await count(thinned.text)
            if tokens <= budget { return Fitted(document: thinned, cuts: cuts, tokens: tokens, originalTokens: total) }
            share *= min(0.95, Double(budget - fixed) / Double(max(tokens - fixed, 1)))
        }
        return nil
    }

    /// The document with every thinnable section cut to `share` of its notes, rounded down.
    ///
    /// - Parameters:
    ///   - document: The notes.
    ///   - share: The share of notes to keep, between 0 and 1.
    /// - Returns: The thinned document (IDs unchanged, an emptied section left out) and one cut per thinned section.
    static func thinned(_ document: NotesDocument, share: Double) -> (NotesDocument, [Cut]) {
        var result = NotesDocument()
        var cuts: [Cut] = []
        for section in document.sections {
            let notes = section.notes
            let keep = Int((Double(notes.count) * min(max(share, 0), 1)).rounded(.down))
            let kept: [NotesDocument.Note]
            if heaviestFirst.contains(section.heading) {
                kept = Array(notes.prefix(max(keep, 1)))
            } else if spreadOver.contains(section.heading) {
                kept = spread(keeping: keep, of: notes.count).map { notes[$0] }
            } else {
                kept = notes
            }
            if kept.count < notes.count { cuts.append(Cut(heading: section.heading, kept: kept.count, total: notes.count)) }
            result.add(section.heading, kept)
        }
        return (result, cuts)
    }

    /// `count` indices out of `0..<total`, spread evenly, the first included.
    ///
    /// - Parameters:
    ///   - count: How many to keep.
    ///   - total: How many there are.
    /// - Returns: Increasing indices.
    static func spread(keeping count: Int, of total: Int) -> [Int] {
        guard count < total else { return Array(0..<total) }
        guard count > 0 else { return [] }
        return (0..<count).map { $0 * total / count }
    }

    /// What the cuts mean, for the diagnostics: "150 of 194 arguments, 300 of 612 decisions and actions".
    ///
    /// - Parameter cuts: The cuts.
    /// - Returns: One phrase per cut, joined.
    static func describe(_ cuts: [Cut]) -> String {
        cuts.map { cut in
            let how = heaviestFirst.contains(cut.heading) ? "those resting on the most sentences" : "spread over the session"
            return "\(cut.kept) of \(cut.total) \(cut.heading.lowercased()) (\(how))"
        }
        .joined(separator: ", ")
    }
}
