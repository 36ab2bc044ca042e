/// Draws a ``BarChart`` as an inline SVG horizontal bar chart (no external assets, every label escaped).
enum HTMLBarChart {
    private static let width = 760.0
    private static let labelEnd = 196.0
    private static let barStart = 204.0
    private static let fullBar = 330.0
    private static let rowHeight = 28.0
    private static let maxLabelLength = 28

    /// The chart as a `<figure>` with a caption and an SVG.
    ///
    /// - Parameter chart: The chart data.
    /// - Returns: The HTML.
    static func figure(_ chart: BarChart) -> String {
        let caption = HTMLEscaping.escape(chart.caption)
        let height = Double(chart.bars.count) * rowHeight + 8
        var lines = [
            #"<figure class="chart">"#,
            "<figcaption>\(caption)</figcaption>",
            #"<svg class="bars" viewBox="0 0 \#(number(width)) \#(number(height))" role="img" aria-label="\#(caption)">"#,
        ]
        for (row, bar) in chart.bars.enumerated() { lines.append(self.row(bar, at: row, of: chart)) }
        lines += ["</svg>", "</figure>"]
        return lines.joined(separator: "\n")
    }

    private static func row(_ bar: BarChart.Bar, at row: Int, of chart: BarChart) -> String {
        let top = Double(row) * rowHeight + 4
        let length = chart.length(of: bar, fullLength: fullBar)
        let label = bar.label.count > maxLabelLength ? bar.label.prefix(maxLabelLength - 1) + "…" : bar.label
        let baseline = number(top + 15)
        return #"<g><title>\#(HTMLEscaping.escape("\(bar.label): \(bar.valueLabel)"))</title>"#
            + #"<text x="\#(number(labelEnd))" y="\#(baseline)" text-anchor="end">\#(HTMLEscaping.escape(String(label)))</text>"#
            + #"<rect class="bar" x="\#(number(barStart))" y="\#(number(top + 2))" width="\#(number(length))" height="18" rx="3"></rect>"#
            + #"<text x="\#(number(barStart + length + 8))" y="\#(baseline)">\#(HTMLEscaping.escape(bar.valueLabel))</text></g>"#
    }

    /// A non-negative coordinate with at most one decimal, e.g. `204`, `112.5`.
    private static func number(_ value: Double) -> String {
        let tenths = Int(saturating: max(0, value) * 10)
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
