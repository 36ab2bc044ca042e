/// The structured notes later stages read instead of the transcript: one line per note, `a3 Speaker: text`,
/// grouped in headed sections, each note ID mapped to the sentence IDs it rests on.
///
/// The arguments section comes first and is rendered the same way everywhere, so the discussion-point, relation
/// and synthesis prompts share a byte-identical prefix up to the last argument line.
struct NotesDocument: Sendable, Hashable {
    /// One note.
    struct Note: Sendable, Hashable {
        var id: String
        var speaker: String?
        var text: String
        var citations: [Int]
    }

    private(set) var lines: [String] = []
    private(set) var notes: [String: Note] = [:]
    private(set) var ids: [String] = []

    /// Appends a headed section; an empty section is left out.
    ///
    /// - Parameters:
    ///   - heading: The section heading, e.g. `Arguments`.
    ///   - notes: Its notes.
    mutating func add(_ heading: String, _ notes: [Note]) {
        guard !notes.isEmpty else { return }
        lines.append("\(heading):")
        for note in notes {
            let speaker = note.speaker.map { " \(DataFence.escape($0)):" } ?? ""
            lines.append("\(note.id)\(speaker) \(DataFence.escape(note.text))")
            self.notes[note.id] = note
            ids.append(note.id)
        }
    }

    /// The document fenced as data.
    var text: String { DataFence.notes(lines) }

    /// Whether the document has no notes.
    var isEmpty: Bool { ids.isEmpty }

    /// The sentence IDs the given notes rest on (unknown IDs are ignored).
    ///
    /// - Parameter ids: Note IDs.
    /// - Returns: The union of their citations, sorted.
    func citations(for ids: [String]) -> [Int] {
        Set(ids.flatMap { notes[$0]?.citations ?? [] }).sorted()
    }

    /// The notes for a list of arguments, `a1 Speaker: claim`.
    ///
    /// - Parameter arguments: The arguments.
    /// - Returns: The notes.
    static func argumentNotes(_ arguments: [Argument]) -> [Note] {
        arguments.map { Note(id: $0.id, speaker: $0.speaker, text: $0.claim, citations: $0.citations) }
    }

    /// A document with the arguments section only.
    ///
    /// - Parameter arguments: The arguments.
    /// - Returns: The document.
    static func arguments(_ arguments: [Argument]) -> NotesDocument {
        var document = NotesDocument()
        document.add("Arguments", argumentNotes(arguments))
        return document
    }
}
