/// A piece of inline content of an ``OutlineBlock``.
enum OutlineInline: Hashable, Sendable {
    /// Text from the report; each renderer escapes it as its format needs.
    case text(String)
    /// The sentence IDs the preceding text rests on.
    case citations([Int])
    /// A link to an anchor inside the same document (plain text where a format has no links).
    case link(String, anchor: String)
}

/// A block of a rendered report, independent of the output format.
///
/// ``ReportOutline`` decides *what* is shown and in which order; the text, Markdown and HTML renderers only
/// decide *how*, so the three formats cannot drift apart.
enum OutlineBlock: Hashable, Sendable {
    /// A heading: 1 is the session title, 2 a top-level section, 3 a subsection, 4 an item.
    case heading(level: Int, content: [OutlineInline], anchor: String?)
    /// A paragraph.
    case paragraph([OutlineInline])
    /// A labelled value shown as a label line and a value line, like "Speech speed" in the reference.
    case field(label: String, value: [OutlineInline])
    /// A labelled value on one line, like "Title: description".
    case term(label: String, value: [OutlineInline])
    /// One item of a bullet list; consecutive bullets form one list.
    case bullet([OutlineInline])
    /// A verbatim quote and the sentences it is taken from.
    case quote(String, citations: [Int])
    /// The statement that a section has no content, so the section never silently disappears.
    case placeholder(String)
    /// The alphabetical index letter that precedes a speaker in the reference layout.
    case indexLetter(String)
    /// A horizontal bar chart.
    case chart(BarChart)
    /// The transcript appendix: every sentence with its ID, time and speaker.
    case transcript([Sentence])
}
