/// The output formats of a report.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Plain text in the layout of the reference report.
    case text
    /// Markdown with citations linked to a transcript appendix.
    case markdown
    /// One self-contained HTML page with inline CSS and SVG charts.
    case html
    /// The report model itself as JSON.
    case json
}

extension ReportFormat {
    /// The renderer that writes this format.
    public var renderer: any ReportRenderer {
        switch self {
        case .text: TextRenderer()
        case .markdown: MarkdownRenderer()
        case .html: HTMLRenderer()
        case .json: JSONRenderer()
        }
    }

    /// The usual file extension of this format, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        }
    }
}
