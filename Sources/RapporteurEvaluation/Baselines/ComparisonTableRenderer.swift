import RapporteurKit

/// Renders the evaluations of the pipeline and its baselines side by side: every metric of
/// ``EvaluationTableRenderer`` gets one row per system (`Summary ROUGE-1 F1 — lead`), with one column per meeting
/// and a last column combining the meetings that system was evaluated on (``Evaluation/averaged(_:)``).
///
/// With a single system the rows carry the plain metric names, and the table equals ``EvaluationTableRenderer``'s.
/// A meeting a system has no evaluation for shows the system's label for it (`not run`, `failed`) in every row.
public enum ComparisonTableRenderer {
    /// One system's result on one meeting.
    public enum Cell: Sendable, Hashable {
        /// The meeting was evaluated.
        case evaluated(MeetingEvaluation)
        /// There is no evaluation; the label says why, e.g. `not run` or `failed`.
        case missing(String)
    }

    /// One system (the pipeline or a baseline) across the meetings.
    public struct System: Sendable, Hashable {
        /// The system's name, e.g. `pipeline`, `lead`, `one-call`.
        public var name: String
        /// One cell per meeting, in column order.
        public var cells: [Cell]

        /// Creates a system's column data.
        /// - Parameters:
        ///   - name: The system's name.
        ///   - cells: One cell per meeting, in column order.
        public init(name: String, cells: [Cell]) {
            self.name = name
            self.cells = cells
        }
    }

    /// A plain-text table with aligned columns, for a terminal.
    /// - Parameters:
    ///   - meetings: The meetings' names, in column order.
    ///   - systems: The systems, in row order within each metric.
    /// - Returns: The table, lines ending in a newline.
    public static func terminal(meetings: [String], systems: [System]) -> String {
        let header = ["metric"] + meetings + [EvaluationTableRenderer.combinedHeading]
        let body = rows(columns: meetings.count, systems: systems).map { [$0.metric] + $0.cells + [$0.combined] }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        return line(header) + rule + body.map(line).joined()
    }

    /// A Markdown (GitHub) table, numbers right-aligned.
    /// - Parameters:
    ///   - meetings: The meetings' names, in column order.
    ///   - systems: The systems, in row order within each metric.
    /// - Returns: The table, lines ending in a newline.
    public static func markdown(meetings: [String], systems: [System]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let header = ["Metric"] + meetings.map { "`\($0)`" } + [EvaluationTableRenderer.combinedHeading]
        let alignment = "|---|" + String(repeating: "---:|", count: meetings.count + 1) + "\n"
        return line(header) + alignment
            + rows(columns: meetings.count, systems: systems).map { line([$0.metric] + $0.cells + [$0.combined]) }.joined()
    }

    /// The rows: for each metric, one row per system.
    static func rows(columns: Int, systems: [System]) -> [EvaluationTableRenderer.Row] {
        let perSystem = systems.map { rows(columns: columns, system: $0) }
        guard let metricCount = perSystem.first?.count else { return [] }
        return (0..<metricCount).flatMap { metric in
            zip(systems, perSystem).map { system, rows in
                var row = rows[metric]
                if systems.count > 1 { row.metric += " — \(system.name)" }
                return row
            }
        }
    }

    /// One system's rows, its missing meetings filled with their labels.
    private static func rows(columns: Int, system: System) -> [EvaluationTableRenderer.Row] {
        let cells = (0..<columns).map { $0 < system.cells.count ? system.cells[$0] : .missing(EvaluationTableRenderer.dash) }
        let evaluated = cells.compactMap { cell -> MeetingEvaluation? in
            if case .evaluated(let evaluation) = cell { return evaluation }
            return nil
        }
        return EvaluationTableRenderer.rows(evaluated).map { row in
            var next = 0
            var merged = row
            if evaluated.isEmpty { merged.combined = EvaluationTableRenderer.dash }
            merged.cells = cells.map { cell in
                switch cell {
                case .evaluated:
                    defer { next += 1 }
                    return row.cells[next]
                case .missing(let label):
                    return label
                }
            }
            return merged
        }
    }
}
