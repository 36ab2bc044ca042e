import Foundation
import RapporteurKit

extension EvaluationTableRenderer {
    /// The table's rows: summary ROUGE, speaker positions, items, talk statistics, coverage, grounding.
    static func rows(_ evaluations: [MeetingEvaluation]) -> [Row] {
        let average = Evaluation.averaged(evaluations)
        var rows: [Row] = []
        for (index, name) in ["ROUGE-1", "ROUGE-2", "ROUGE-L"].enumerated() {
            let score: (SummaryOverlap) -> Double = { [$0.r1.f1, $0.r2.f1, $0.rL.f1][index] }
            rows.append(
                Row(metric: "Summary \(name) F1", cells: evaluations.map { f1($0.summary.map(score)) }, combined: f1(average.summaryF1[index]))
            )
        }
        for (index, name) in ["ROUGE-1", "ROUGE-2", "ROUGE-L"].enumerated() {
            let score: (SummaryOverlap) -> Double = { [$0.r1.f1, $0.r2.f1, $0.rL.f1][index] }
            rows.append(
                Row(
                    metric: "QMSum summary \(name) F1",
                    cells: evaluations.map { f1($0.qmsumSummary.map(score)) },
                    combined: f1(average.qmsumSummaryF1[index])
                )
            )
        }
        rows.append(
            Row(
                metric: "Speaker positions ROUGE-L F1",
                cells: evaluations.map { f1($0.speakerPositions?.meanF1) },
                combined: f1(average.speakerPositionF1)
            )
        )
        rows.append(
            Row(
                metric: "Speaker queries matched",
                cells: evaluations.map { $0.speakerPositions.map { count($0.matchedQueries, $0.queries.count) } ?? dash },
                combined: average.speakerQueries == 0 ? dash : count(average.speakerQueriesMatched, average.speakerQueries)
            )
        )
        rows += itemRows("Decisions", reportList: "Action items matching a decision", evaluations.map(\.decisions), average.decisions)
        rows += itemRows("Actions", reportList: "Action items matching an action", evaluations.map(\.actions), average.actions)
        rows += itemRows("Problems", reportList: "Unresolved issues matching a problem", evaluations.map(\.problems), average.problems)
        rows += talkStatisticsRows(evaluations, average)
        rows += groundingRows(evaluations, average)
        return rows
    }

    static let dash = "–"

    /// ROUGE-L, reference items matched, and report items that match one (`reportList` names that row).
    private static func itemRows(_ name: String, reportList: String, _ matches: [ItemMatch?], _ combined: EvaluationAverage.Items) -> [Row] {
        [
            Row(metric: "\(name) ROUGE-L F1", cells: matches.map { f1($0?.rougeL.f1) }, combined: f1(combined.rougeLF1)),
            Row(
                metric: "\(name) matched (1:1)",
                cells: matches.map { $0.map { "\($0.matchedReferenceItems) (\($0.matchedOneToOne))/\($0.referenceItems)" } ?? dash },
                combined: combined.total == 0 ? dash : "\(combined.matched) (\(combined.matchedOneToOne))/\(combined.total)"
            ),
            Row(
                metric: reportList,
                cells: matches.map { $0.map { count($0.matchedReportItems, $0.reportItems) } ?? dash },
                combined: combined.total == 0 ? dash : count(combined.matchedReportItems, combined.reportItems)
            ),
        ]
    }

    private static func talkStatisticsRows(_ evaluations: [MeetingEvaluation], _ average: EvaluationAverage) -> [Row] {
        let errors: [(String, KeyPath<SpeakerError, Double?>)] = [
            ("Speech time |rel. error|", \.speechTimeRelError), ("Words |rel. error|", \.wordsRelError), ("Words/min |rel. error|", \.wpmRelError),
        ]
        var rows = errors.enumerated().map { index, error in
            Row(
                metric: error.0,
                cells: evaluations.map { percent($0.meanAbsoluteError(error.1)) },
                combined: percent(average.talkStatisticsError[index])
            )
        }
        rows.append(
            Row(
                metric: "Speakers ≥\(Evaluation.defaultCoverageMinimumWords) words with an argument",
                cells: evaluations.map { count($0.speakerCoverage.covered, $0.speakerCoverage.eligible) },
                combined: count(average.speakerCoverage.covered, average.speakerCoverage.eligible)
            )
        )
        return rows
    }

    private static func groundingRows(_ evaluations: [MeetingEvaluation], _ average: EvaluationAverage) -> [Row] {
        let parts: [(String, (GroundingCheck) -> (Int, Int))] = [
            ("Items with valid citations", { ($0.itemsWithValidCitations, $0.items) }),
            ("Quotes verbatim", { ($0.quotesVerbatim, $0.quotes) }),
            ("Numbers supported", { ($0.numbersSupported, $0.numbers) }),
        ]
        var rows = parts.map { name, value in
            Row(metric: name, cells: evaluations.map { count(value($0.grounding)) }, combined: count(value(average.grounding)))
        }
        // One row per section, whatever a system wrote, so that systems side by side have the same rows.
        for section in ReportSection.allCases {
            func cell(_ check: GroundingCheck) -> String {
                guard let share = check.support.first(where: { $0.section == section.rawValue }) else { return dash }
                return count(share.supported, share.items)
            }
            rows.append(Row(metric: "Supported: \(section.title)", cells: evaluations.map { cell($0.grounding) }, combined: cell(average.grounding)))
        }
        return rows
    }

    private static func f1(_ value: Double?) -> String {
        value.map { String(format: "%.3f", $0) } ?? dash
    }

    private static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? dash
    }

    private static func count(_ part: Int, _ total: Int) -> String {
        "\(part)/\(total)"
    }

    private static func count(_ pair: (Int, Int)) -> String {
        count(pair.0, pair.1)
    }
}
