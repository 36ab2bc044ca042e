import Foundation

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

    /// A headed section of notes.
    struct Section: Sendable, Hashable {
        var heading: String
        var notes: [Note]
    }

    private(set) var sections: [Section] = []
    /// The notes by ID, for looking up citations.
    private(set) var notes: [String: Note] = [:]

    /// The note IDs in document order.
    var ids: [String] { sections.flatMap { $0.notes.map(\.id) } }

    /// Appends a headed section; an empty section is left out.
    ///
    /// - Parameters:
    ///   - heading: The section heading, e.g. `Arguments`.
    ///   - notes: Its notes.
    mutating func add(_ heading: String, _ notes: [Note]) {
        guard !notes.isEmpty else { return }
        sections.append(Section(heading: heading, notes: notes))
        for note in notes { self.notes[note.id] = note }
    }

    /// The sections with the given headings, in this document's order and with the same note IDs.
    ///
    /// - Parameter headings: The headings to keep.
    /// - Returns: The smaller document.
    func keeping(_ headings: Set<String>) -> NotesDocument {
        var document = NotesDocument()
        for section in sections where headings.contains(section.heading) { document.add(section.heading, section.notes) }
        return document
    }

    /// The document's lines: per section its heading, then one line per note, `a3 Speaker: text`.
    var lines: [String] {
        sections.flatMap { section in
            ["\(section.heading):"]
                + section.notes.map { note in
                    let speaker = note.speaker.map { " \(DataFence.escape($0)):" } ?? ""
                    return "\(note.id)\(speaker) \(DataFence.escape(note.text))"
                }
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

    /// A decision note's text with its owner, `text (to act: Owner)`.
    ///
    /// - Parameters:
    ///   - text: The decision or action.
    ///   - owner: Who is to act, when known.
    /// - Returns: The note's text.
    static func decision(_ text: String, owner: String?) -> String {
        text + (owner.map { " (to act: \($0))" } ?? "")
    }

    /// A synthesised text without a decision note's owner mark copied at its end: measured on covid_2, all four
    /// unresolved issues were decision notes copied whole, "… suspected fraud? (to act: Hon. Andrew Scheer)".
    ///
    /// - Parameter text: A synthesised text.
    /// - Returns: The text without a trailing `(to act: …)`.
    static func withoutOwnerMark(_ text: String) -> String {
        guard let range = text.range(of: #"\s*\(to act: [^()]*\)\s*$"#, options: .regularExpression) else { return text }
        return String(text[..<range.lowerBound])
    }

    /// The notes for a list of arguments, `a1 Speaker: claim`, those resting on the most sentences first.
    ///
    /// A small model names discussion points and writes its summary mostly from the first notes it reads. With
    /// the arguments in speaker order, the chair's procedural remarks came first, and "who chairs if the link
    /// drops" became the first discussion point and the first summary paragraph of a committee meeting. An
    /// argument's sentences (claim, explanation and evidence) measure how much of the session it took, so that
    /// order puts the substance first; ties keep speaker order.
    ///
    /// - Parameters:
    ///   - arguments: The arguments.
    ///   - detailed: Whether a note adds the argument's explanation to its claim (and rests on its sentences too).
    /// - Returns: The notes.
    static func argumentNotes(_ arguments: [Argument], detailed: Bool = false) -> [Note] {
        let weighted = arguments.enumerated().map { offset, argument in (offset, weight(of: argument), argument) }
        return weighted.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map { _, _, argument in
            guard detailed, !argument.explanation.text.isEmpty else {
                return Note(id: argument.id, speaker: argument.speaker, text: argument.claim, citations: argument.citations)
            }
            let text = argument.claim.trimmingWhitespace() + " — " + argument.explanation.text.trimmingWhitespace()
            let citations = Set(argument.citations + argument.explanation.citations).sorted()
            return Note(id: argument.id, speaker: argument.speaker, text: text, citations: citations)
        }
    }

    /// The number of distinct sentences an argument rests on.
    static func weight(of argument: Argument) -> Int {
        sentences(of: argument).count
    }

    /// The sentences an argument rests on: its claim's, explanation's and evidence's.
    static func sentences(of argument: Argument) -> Set<Int> {
        Set(argument.citations + argument.explanation.citations + (argument.evidence?.citations ?? []))
    }

    /// A document with the arguments section only.
    ///
    /// - Parameter arguments: The arguments.
    /// - Returns: The document.
    static func arguments(_ arguments: [Argument]) -> NotesDocument {
        var document = NotesDocument()
        document.add(NotesHeading.arguments, argumentNotes(arguments))
        return document
    }
}
