extension SupportVerifier.Outcome {
    /// The verified report with the counts in its ``RunMetadata/verification`` (merged into the entry of the same
    /// section, whose `kept` becomes what the support check kept, or added) and a warning per problem.
    public var reportWithCounts: Report {
        var result = report
        var verification = report.metadata.verification
        for section in ReportSection.allCases {
            guard let count = counts[section] else { continue }
            let index =
                verification.firstIndex { $0.section == section.rawValue }
                ?? {
                    verification.append(.init(section: section.rawValue, kept: 0, dropped: 0))
                    return verification.count - 1
                }()
            verification[index].kept = count.supported + count.recited
            verification[index].dropped += count.dropped
            verification[index].supported = count.supported
            verification[index].recited = count.recited
            verification[index].misattributed = count.misattributed
        }
        result.metadata.verification = verification
        result.diagnostics += problems.map { Diagnostic(severity: .warning, message: "support check: \($0)", stage: "support") }
        return result
    }
}
