/// Renders a report as Markdown: `#` headings, citations linked to a transcript appendix with one anchor per sentence.
///
/// Every string from the report is escaped with ``MarkdownEscaping`` so that transcript text cannot add links,
/// emphasis, HTML or list structure.
public struct MarkdownRenderer: ReportRenderer {
    /// Creates a Markdown renderer.
    public init() {}

    /// Renders a report as Markdown.
    ///
    /// - Parameter report: The report.
    /// - Returns: The Markdown, ending with a newline.
    public func render(_ report: Report) -> String {
        ReportOutline.lines(for: report, rendering: Self.markdown(of:))
    }

    private static func markdown(of block: OutlineBlock) -> String {
        switch block {
        case .heading(let level, let content, let anchor):
            let target = anchor.map { #"<a id="\#($0)"></a>"# } ?? ""
            return "\(String(repeating: "#", count: level)) \(target)\(inline(content))"
        case .paragraph(let content): return inline(content)
        case .field(let label, let value), .term(let label, let value): return "**\(escape(label)):** \(inline(value))"
        case .bullet(let content): return "- \(inline(content))"
        case .quote(let quote, let citations): return "> " + inline([.text("“\(quote)”"), .citations(citations)])
        case .placeholder(let text): return "_\(escape(text))_"
        case .indexLetter(let letter): return "**\(escape(letter))**"
        case .chart(let chart): return table(chart)
        case .transcript(let sentences): return transcriptLines(sentences)
        }
    }

    /// Sentences as list items with anchors: `- <a id="s12"></a>[12] 00:01:02 **Speaker:** text`.
    ///
    /// - Parameter sentences: The sentences.
    /// - Returns: One line per sentence.
    static func transcriptLines(_ sentences: [Sentence]) -> String {
        sentences.map { sentence in
            let time = TranscriptLine.time(sentence).map { "\($0) " } ?? ""
            let anchor = #"<a id="\#(Anchor.sentence(sentence.id))"></a>"#
            return "- \(anchor)[\(sentence.id)] \(time)**\(escape(sentence.speaker)):** \(escape(sentence.text))"
        }
        .joined(separator: "\n")
    }

    /// Citations as links to the transcript appendix: `[12](#s12)[40-42](#s40)`.
    ///
    /// - Parameter ids: Sentence IDs.
    /// - Returns: The links, empty when there are no IDs.
    static func citations(_ ids: [Int]) -> String {
        CitationRuns.runs(ids).map { "[\(CitationRuns.label($0))](#\(Anchor.sentence($0.lowerBound)))" }.joined()
    }

    private static func inline(_ content: [OutlineInline]) -> String {
        var text = ""
        for part in content {
            switch part {
            case .text(let value): text += MarkdownEscaping.escape(value, atLineStart: text.isEmpty)
            case .link(let value, let anchor): text += "[\(MarkdownEscaping.escape(value, atLineStart: false))](#\(anchor))"
            case .citations(let ids):
                let links = citations(ids)
                if !links.isEmpty && !text.isEmpty && text.last?.isWhitespace == false { text += " " }
                text += links
            }
        }
        return text
    }

    private static func table(_ chart: BarChart) -> String {
        var lines = ["_\(escape(chart.caption))_", "", "| \(chart.labelHeader) | \(chart.valueHeader) |", "| --- | ---: |"]
        lines += chart.bars.map { "| \(MarkdownEscaping.escapeTableCell($0.label)) | \(MarkdownEscaping.escapeTableCell($0.valueLabel)) |" }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }
}
