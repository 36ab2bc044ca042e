import Foundation
import RapporteurKit

/// Formats talk statistics as an aligned table for people.
enum StatsTable {
    /// Renders the table, one row per speaker and a total row; time and speed read "n/a" without timestamps.
    ///
    /// - Parameter statistics: The measured statistics.
    /// - Returns: The table, ending with a newline.
    static func render(_ statistics: TalkStatistics) -> String {
        let header = ["Speaker", "Words", "Share", "Turns", "Sentences", "Time", "Time share", "Words/min"]
        var rows = statistics.speakers.map { entry in
            let stats = entry.statistics
            return [
                TerminalText.escape(entry.speaker), "\(stats.words)", percent(stats.wordShare), "\(stats.turns)", "\(stats.sentences)",
                stats.speechSeconds.map(duration) ?? "n/a", stats.timeShare.map(percent) ?? "n/a",
                stats.wordsPerMinute.map { String(format: "%.0f", $0) } ?? "n/a",
            ]
        }
        let turns = statistics.speakers.reduce(0) { $0 + $1.statistics.turns }
        let sentences = statistics.speakers.reduce(0) { $0 + $1.statistics.sentences }
        rows.append([
            "Total (\(statistics.speakers.count) speakers)", "\(statistics.totalWords)", "100.0%", "\(turns)", "\(sentences)",
            statistics.totalSpeechSeconds.map(duration) ?? "n/a", statistics.totalSpeechSeconds == nil ? "n/a" : "100.0%", "",
        ])
        return layout([header] + rows)
            + (statistics.totalSpeechSeconds == nil ? "Time and speed: not available (the transcript has no timestamps).\n" : "")
    }

    private static func layout(_ table: [[String]]) -> String {
        let widths = (0..<table[0].count).map { column in table.map { $0[column].count }.max() ?? 0 }
        var lines = table.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            .joined(separator: "  ")
        }
        lines.insert(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), at: 1)
        lines.insert(lines[1], at: lines.count - 1)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    private static func duration(_ seconds: Double) -> String {
        let total = max(0, Int(saturating: seconds))
        return "\(total / 3600):\(twoDigits(total / 60 % 60)):\(twoDigits(total % 60))"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
