/// Renders a report as plain text in the layout of the reference report, section by section.
///
/// Headings are underlined (`=` for the title and sections, `-` for subsections); labelled values take two
/// lines, label then value, as in the reference; citations follow each generated item as `[12][40-42]`.
public struct TextRenderer: ReportRenderer {
    /// Creates a text renderer.
    public init() {}

    /// Renders a report as plain text.
    ///
    /// - Parameter report: The report.
    /// - Returns: The text, ending with a newline.
    public func render(_ report: Report) -> String {
        ReportOutline.lines(for: report, rendering: Self.text(of:))
    }

    private static func text(of block: OutlineBlock) -> String {
        switch block {
        case .heading(let level, let content, _): heading(level, inline(content))
        case .paragraph(let content): inline(content)
        case .field(let label, let value): "\(label)\n\(inline(value))"
        case .term(let label, let value): "\(label): \(inline(value))"
        case .bullet(let content): "- \(inline(content))"
        case .quote(let quote, let citations): inline([.text("“\(quote)”"), .citations(citations)])
        case .placeholder(let text), .indexLetter(let text): text
        case .chart(let chart): self.chart(chart)
        case .transcript(let sentences): sentences.map(TranscriptLine.plain).joined(separator: "\n")
        }
    }

    private static func heading(_ level: Int, _ text: String) -> String {
        switch level {
        case 1, 2: "\(text)\n\(String(repeating: "=", count: text.count))"
        case 3: "\(text)\n\(String(repeating: "-", count: text.count))"
        default: text
        }
    }

    private static func inline(_ content: [OutlineInline]) -> String {
        var text = ""
        for part in content {
            switch part {
            case .text(let value), .link(let value, _): text += value
            case .citations(let ids):
                let cited = CitationRuns.plain(ids)
                if !cited.isEmpty && !text.isEmpty && text.last?.isWhitespace == false { text += " " }
                text += cited
            }
        }
        return text
    }

    private static func chart(_ chart: BarChart) -> String {
        let width = min(chart.bars.map(\.label.count).max() ?? 0, 32)
        let rows = chart.bars.map { bar in
            let label = bar.label.count > width ? bar.label.prefix(width - 1) + "…" : bar.label
            let padding = String(repeating: " ", count: max(0, width - label.count))
            let length = Int(saturating: chart.length(of: bar, fullLength: 30))
            let drawn = String(repeating: "#", count: length) + String(repeating: " ", count: 30 - length)
            return "\(label)\(padding)  \(drawn)  \(bar.valueLabel)"
        }
        return ([chart.caption, ""] + rows).joined(separator: "\n")
    }
}
