/// Turns a ``Report`` into one output format.
///
/// Renderers are pure: they read only the report, do no I/O and always produce the same output for the same
/// report, so their output can be compared with golden files.
public protocol ReportRenderer: Sendable {
    /// Renders a report.
    ///
    /// - Parameter report: The report to render.
    /// - Returns: The whole document, ending with a newline.
    func render(_ report: Report) -> String
}
