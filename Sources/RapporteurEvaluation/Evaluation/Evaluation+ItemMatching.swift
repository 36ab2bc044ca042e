import RapporteurKit

extension Evaluation {
    /// Compares report items with reference items: ROUGE of the joined lists, and how many reference items a report
    /// item matches (best ROUGE-L F1 at least `threshold`, stemmed), and how many report items match a reference item.
    /// - Parameters:
    ///   - reportItems: The report's items, e.g. action item texts.
    ///   - referenceItems: The reference's items, e.g. AMI decisions.
    ///   - threshold: The ROUGE-L F1 from which a pair counts as a match; see ``defaultItemThreshold``.
    /// - Returns: The scores and counts; all zero when either list is empty.
    public static func itemMatching(reportItems: [String], referenceItems: [String], threshold: Double = defaultItemThreshold) -> ItemMatch {
        let reportTokens = reportItems.map { Rouge.tokenize($0, stem: true) }
        let referenceTokens = referenceItems.map { Rouge.tokenize($0, stem: true) }
        let joinedReport = reportTokens.flatMap { $0 }
        let joinedReference = referenceTokens.flatMap { $0 }
        // f1[r][c]: reference item r against report item c.
        let f1 = referenceTokens.map { reference in
            reportTokens.map { Rouge.rougeL(candidateTokens: $0, referenceTokens: reference).f1 }
        }
        return ItemMatch(
            rouge1: Rouge.rougeN(1, candidateTokens: joinedReport, referenceTokens: joinedReference),
            rouge2: Rouge.rougeN(2, candidateTokens: joinedReport, referenceTokens: joinedReference),
            rougeL: Rouge.rougeL(candidateTokens: joinedReport, referenceTokens: joinedReference),
            referenceItems: referenceItems.count,
            reportItems: reportItems.count,
            matchedReferenceItems: f1.filter { ($0.max() ?? 0) >= threshold }.count,
            matchedOneToOne: oneToOneMatches(f1, threshold: threshold),
            matchedReportItems: reportItems.indices.filter { report in f1.contains { $0[report] >= threshold } }.count,
            threshold: threshold
        )
    }

    /// Greedy one-to-one assignment: take pairs from the highest F1 down, skipping items already used.
    static func oneToOneMatches(_ f1: [[Double]], threshold: Double) -> Int {
        var pairs: [(score: Double, reference: Int, report: Int)] = []
        for (reference, row) in f1.enumerated() {
            for (report, score) in row.enumerated() where score >= threshold {
                pairs.append((score, reference, report))
            }
        }
        pairs.sort { ($0.score, $1.reference, $1.report) > ($1.score, $0.reference, $0.report) }
        var usedReferences = Set<Int>()
        var usedReports = Set<Int>()
        for pair in pairs where !usedReferences.contains(pair.reference) && !usedReports.contains(pair.report) {
            usedReferences.insert(pair.reference)
            usedReports.insert(pair.report)
        }
        return usedReferences.count
    }
}
