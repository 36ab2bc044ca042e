import RapporteurKit

extension Evaluation {
    /// Combines the evaluations of several meetings; see ``EvaluationAverage`` for how each metric is combined.
    /// - Parameter evaluations: The meetings' evaluations.
    /// - Returns: The combined metrics.
    public static func averaged(_ evaluations: [MeetingEvaluation]) -> EvaluationAverage {
        let queries = evaluations.flatMap { $0.speakerPositions?.queries ?? [] }
        let speakers = evaluations.flatMap(\.talkStatistics)
        return EvaluationAverage(
            meetings: evaluations.count,
            summaryF1: rougeMeans(evaluations.compactMap(\.summary)),
            qmsumSummaryF1: rougeMeans(evaluations.compactMap(\.qmsumSummary)),
            speakerPositionF1: mean(queries.map(\.rougeL.f1)),
            speakerQueriesMatched: queries.filter { $0.reportSpeaker != nil }.count,
            speakerQueries: queries.count,
            decisions: combined(evaluations.compactMap(\.decisions)),
            actions: combined(evaluations.compactMap(\.actions)),
            problems: combined(evaluations.compactMap(\.problems)),
            talkStatisticsError: [\SpeakerError.speechTimeRelError, \.wordsRelError, \.wpmRelError].map { error in
                mean(speakers.compactMap { $0[keyPath: error] }.map(abs))
            },
            speakerCoverage: SpeakerCoverage(
                eligible: evaluations.reduce(0) { $0 + $1.speakerCoverage.eligible },
                covered: evaluations.reduce(0) { $0 + $1.speakerCoverage.covered }
            ),
            grounding: summed(evaluations.map(\.grounding))
        )
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    private static func rougeMeans(_ overlaps: [SummaryOverlap]) -> [Double?] {
        [\SummaryOverlap.r1, \.r2, \.rL].map { score in mean(overlaps.map { $0[keyPath: score].f1 }) }
    }

    private static func combined(_ matches: [ItemMatch]) -> EvaluationAverage.Items {
        let sum = { (count: KeyPath<ItemMatch, Int>) in matches.reduce(0) { $0 + $1[keyPath: count] } }
        return EvaluationAverage.Items(
            rougeLF1: mean(matches.map(\.rougeL.f1)),
            matched: sum(\.matchedReferenceItems),
            matchedOneToOne: sum(\.matchedOneToOne),
            total: sum(\.referenceItems),
            matchedReportItems: sum(\.matchedReportItems),
            reportItems: sum(\.reportItems)
        )
    }

    private static func summed(_ checks: [GroundingCheck]) -> GroundingCheck {
        checks.reduce(into: GroundingCheck()) { total, check in
            total.items += check.items
            total.itemsWithCitations += check.itemsWithCitations
            total.itemsWithValidCitations += check.itemsWithValidCitations
            total.quotes += check.quotes
            total.quotesVerbatim += check.quotesVerbatim
            total.numbers += check.numbers
            total.numbersSupported += check.numbersSupported
            for section in check.support {
                if let index = total.support.firstIndex(where: { $0.section == section.section }) {
                    total.support[index].items += section.items
                    total.support[index].supported += section.supported
                } else {
                    total.support.append(section)
                }
            }
        }
    }
}
