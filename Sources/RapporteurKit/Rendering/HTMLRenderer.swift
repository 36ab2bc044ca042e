/// Renders a report as one self-contained HTML page.
///
/// The page has inline CSS and inline SVG charts (talk time per speaker, arguments per topic basket), no script
/// and no external resource; citations link to the transcript appendix (`<a href="#s12">` → `<li id="s12">`), and
/// every string from the report is HTML-escaped.
public struct HTMLRenderer: ReportRenderer {
    /// Creates an HTML renderer.
    public init() {}

    /// Renders a report as an HTML page.
    ///
    /// - Parameter report: The report.
    /// - Returns: The page, ending with a newline.
    public func render(_ report: Report) -> String {
        let blocks = ReportOutline.blocks(for: report)
        return HTMLPage.document(title: report.session.title, body: Self.body(blocks))
    }

    /// What wraps consecutive blocks of one kind.
    private enum Container {
        case none, list, fields

        init(_ block: OutlineBlock) {
            switch block {
            case .bullet: self = .list
            case .field: self = .fields
            default: self = .none
            }
        }

        var open: [String] { self == .list ? ["<ul>"] : self == .fields ? [#"<dl class="fields">"#] : [] }
        var close: [String] { self == .list ? ["</ul>"] : self == .fields ? ["</dl>"] : [] }
    }

    private static func body(_ blocks: [OutlineBlock]) -> String {
        var lines: [String] = []
        var container = Container.none
        var closeWrapper: String?
        var navigation: String? = self.navigation(blocks)
        for block in blocks {
            let next = Container(block)
            if next != container { lines += container.close }
            if case .heading(let level, _, _) = block, level <= 2 {
                lines += closeWrapper.map { [$0] } ?? []
                if level == 2, let nav = navigation {
                    lines.append(nav)
                    navigation = nil
                }
                lines.append(level == 1 ? #"<header class="session">"# : "<section>")
                closeWrapper = level == 1 ? "</header>" : "</section>"
            }
            if next != container { lines += next.open }
            container = next
            lines.append(html(of: block))
        }
        lines += container.close
        lines += closeWrapper.map { [$0] } ?? []
        return lines.joined(separator: "\n")
    }

    private static func navigation(_ blocks: [OutlineBlock]) -> String? {
        let items = blocks.compactMap { block -> String? in
            guard case .heading(2, let content, let anchor?) = block else { return nil }
            return ##"<li><a href="#\##(anchor)">\##(inline(content))</a></li>"##
        }
        guard !items.isEmpty else { return nil }
        return (["<nav class=\"toc\" aria-label=\"Contents\">", "<ol>"] + items + ["</ol>", "</nav>"]).joined(separator: "\n")
    }

    private static func html(of block: OutlineBlock) -> String {
        switch block {
        case .heading(let level, let content, let anchor):
            let id = anchor.map { #" id="\#($0)""# } ?? ""
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)\(id)>\(inline(content))</\(tag)>"
        case .paragraph(let content): return "<p>\(inline(content))</p>"
        case .field(let label, let value): return "<dt>\(escape(label))</dt><dd>\(inline(value))</dd>"
        case .term(let label, let value): return #"<p class="term"><strong>\#(escape(label)):</strong> \#(inline(value))</p>"#
        case .bullet(let content): return "<li>\(inline(content))</li>"
        case .quote(let quote, let citations): return "<blockquote><p>“\(escape(quote))”\(cites(citations))</p></blockquote>"
        case .placeholder(let text): return #"<p class="none">\#(escape(text))</p>"#
        case .indexLetter(let letter): return #"<p class="letter" aria-hidden="true">\#(escape(letter))</p>"#
        case .chart(let chart): return HTMLBarChart.figure(chart)
        case .transcript(let sentences): return HTMLPage.transcriptList(sentences)
        }
    }

    private static func inline(_ content: [OutlineInline]) -> String {
        content.map { part in
            switch part {
            case .text(let value): escape(value)
            case .link(let value, let anchor): ##"<a href="#\##(anchor)">\##(escape(value))</a>"##
            case .citations(let ids): cites(ids)
            }
        }
        .joined()
    }

    /// Citations as links to the appendix, e.g. ` <span class="cites"><a href="#s12">[12]</a></span>`.
    ///
    /// - Parameter ids: Sentence IDs.
    /// - Returns: The links with a leading space, or nothing when there are no IDs.
    static func cites(_ ids: [Int]) -> String {
        let links = CitationRuns.runs(ids).map { ##"<a href="#\##(Anchor.sentence($0.lowerBound))">[\##(CitationRuns.label($0))]</a>"## }
        return links.isEmpty ? "" : #" <span class="cites">\#(links.joined())</span>"#
    }

    private static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
