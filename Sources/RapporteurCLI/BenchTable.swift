import Foundation
import RapporteurEvaluation
import RapporteurKit

/// Formats benchmark results as aligned tables for people.
enum BenchTable {
    /// The table of one input: the input's sizes, one row per phase, the total and the target.
    ///
    /// - Parameter result: The result.
    /// - Returns: The text, ending with a newline.
    static func render(_ result: BenchResult) -> String {
        let outcome = result.outcome
        let rendered = zip(ReportFormat.allCases, outcome.renderedBytes).map { "\($0.rawValue) \(kilobytes($1))" }
        var lines = [
            "Input: \(result.input): \(grouped(outcome.bytes)) bytes, \(grouped(outcome.words)) words, \(grouped(outcome.turns)) turns, "
                + "\(grouped(outcome.sentences)) sentences, \(outcome.speakers) speakers",
            "Report: \(outcome.arguments) arguments, \(outcome.groundingFailures) grounding failures; rendered "
                + rendered.joined(separator: ", "),
            "Timed: \(result.repetitions) repetitions after 1 warm-up run",
            "",
        ]
        var table = [["phase", "median ms", "min ms"]]
        for row in result.phases {
            let name = row.name == BenchmarkPhase.buildReport.rawValue ? row.name + " *" : row.name
            table.append([name, fixed(row.medianMs), fixed(row.minMs)])
        }
        table.append([])
        for row in [result.total, result.target] { table.append([row.name, fixed(row.medianMs), fixed(row.minMs)]) }
        lines += layout(table)
        lines.append("")
        lines.append("* stands in for the model's work; not in the total.")
        lines.append("total: every other phase; \(fixed(result.totalPerThousandWords)) ms per 1,000 words (median).")
        lines.append(
            "target: read + split+count + render in all four formats, limit \(fixed(result.targetLimitMs)) ms: "
                + (result.meetsTarget ? "met" : "MISSED") + " (median \(fixed(result.target.medianMs)) ms)."
        )
        return lines.joined(separator: "\n") + "\n"
    }

    /// The growth table: one column per size, the largest-over-smallest ratio, and the verdict.
    ///
    /// - Parameter growth: The growth results.
    /// - Returns: The text, ending with a newline.
    static func render(_ growth: BenchGrowth) -> String {
        let header = ["median ms"] + growth.factors.map { "\($0)×" } + ["ratio"]
        var table = [header]
        for (index, phase) in BenchmarkPhase.allCases.enumerated() {
            let ratio = growth.phaseRatios[index].ratio
            table.append([phase.rawValue] + growth.results.map { fixed($0.median(phase)) } + [fixed(ratio)])
        }
        table.append([])
        table.append(["total"] + growth.results.map { fixed($0.total.medianMs) } + [fixed(growth.timeRatio)])
        table.append(["words"] + growth.results.map { grouped($0.outcome.words) } + [fixed(growth.wordRatio)])
        table.append(["ms per 1k words"] + growth.results.map { fixed($0.totalPerThousandWords) } + [fixed(growth.perWordRatio)])
        return (layout(table) + ["", growth.verdict]).joined(separator: "\n") + "\n"
    }

    /// A number with two decimals.
    ///
    /// - Parameter value: The number.
    /// - Returns: The text.
    static func fixed(_ value: Double) -> String { String(format: "%.2f", value) }

    /// An integer with thousands separators.
    ///
    /// - Parameter value: The number.
    /// - Returns: The text, e.g. `23,776`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, digit != "-", (digits.count - index).isMultiple(of: 3) { text.append(",") }
            text.append(digit)
        }
        return text
    }

    private static func kilobytes(_ bytes: Int) -> String { String(format: "%.0f KB", Double(bytes) / 1024) }

    /// Left-aligns the first column and right-aligns the others; an empty row becomes a rule.
    static func layout(_ table: [[String]]) -> [String] {
        let columns = table.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in table.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        return table.map { row in
            guard !row.isEmpty else { return widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") }
            return row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            .joined(separator: "  ")
        }
    }
}
