import RapporteurKit

/// Renders meeting evaluations as a table: one row per metric, one column per meeting, and a last column combining
/// them (``Evaluation/averaged(_:)``). A dash marks a metric the meeting's reference cannot measure.
///
/// Cells: ROUGE F1 with three decimals; counts as `matched/total`; item matches as `best (one-to-one)/total`;
/// talk-statistics errors as mean absolute relative error in percent. JSON output is the `Codable` form of
/// ``MeetingEvaluation`` and ``EvaluationAverage``.
public enum EvaluationTableRenderer {
    /// One metric across the meetings.
    struct Row: Equatable {
        var metric: String
        var cells: [String]
        var combined: String
    }

    /// The heading of the combined column.
    static let combinedHeading = "all"

    /// A plain-text table with aligned columns, for a terminal.
    /// - Parameter evaluations: The meetings' evaluations, in column order.
    /// - Returns: The table, lines ending in a newline.
    public static func terminal(_ evaluations: [MeetingEvaluation]) -> String {
        let header = ["metric"] + evaluations.map(\.meeting) + [combinedHeading]
        let body = rows(evaluations).map { [$0.metric] + $0.cells + [$0.combined] }
        let widths = header.indices.map { column in
            ([header] + body).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            return padded.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        return line(header) + rule + body.map(line).joined()
    }

    /// A Markdown (GitHub) table, numbers right-aligned, for `docs/EVALUATION.md`.
    /// - Parameter evaluations: The meetings' evaluations, in column order.
    /// - Returns: The table, lines ending in a newline.
    public static func markdown(_ evaluations: [MeetingEvaluation]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |\n"
        }
        let header = ["Metric"] + evaluations.map { "`\($0.meeting)`" } + [combinedHeading]
        let alignment = "|---|" + String(repeating: "---:|", count: evaluations.count + 1) + "\n"
        return line(header) + alignment + rows(evaluations).map { line([$0.metric] + $0.cells + [$0.combined]) }.joined()
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }

    fileprivate func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
