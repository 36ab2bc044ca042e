/// The headings of the notes the synthesis reads (``ReportPipeline/synthesisNotes(arguments:points:relations:notes:quotes:)``),
/// named once so a call that reads only some sections (``NotesDocument/keeping(_:)``) names them the same way.
enum NotesHeading {
    static let arguments = "Arguments"
    static let points = "Discussion points"
    static let agreements = "Agreements"
    static let differences = "Differences"
    static let partial = "Partial agreements"
    static let decisions = "Decisions and actions"
    static let questions = "Open questions"
    static let quotes = "Quotes"

    /// What the unresolved-issues call reads: what was discussed, where speakers differed or only partly agreed,
    /// what was decided (so it is not called open) and the questions raised. Not the arguments and agreements.
    static let openIssues: Set = [points, differences, partial, decisions, questions]
}
