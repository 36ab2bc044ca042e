extension Evaluation {
    /// Checks every generated item of a report against its transcript: citations exist and belong to the item's
    /// speaker, quotes are verbatim, numbers occur in the cited sentences. See ``GroundingCheck`` for what is counted.
    ///
    /// This is independent of the pipeline's own verifier, so it also catches what that verifier lets through.
    /// - Parameter report: The report, with its transcript appendix.
    /// - Returns: The counts and the failures.
    public static func groundingCheck(report: Report) -> GroundingCheck {
        GroundingChecker(transcript: report.transcript).check(GroundedItem.items(of: report))
    }
}
