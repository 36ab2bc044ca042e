extension ReportOutline {
    /// "Run metadata": generator, model, engine, time, usage and the verifier's counts per section.
    mutating func addRunMetadata() {
        let metadata = report.metadata
        heading(2, "Run metadata")
        term("Generator", metadata.generator)
        term("Model", metadata.model ?? "none (statistics-only report)")
        term("Engine", metadata.engine ?? "not recorded")
        term("Created", metadata.createdAt)
        if let wall = metadata.wallSeconds { term("Wall time", "\(ReportNumbers.integer(wall)) seconds") }
        let usage = metadata.usage
        let calls = ReportNumbers.counted(usage.calls, "call", "calls")
        term("Model calls", "\(calls), \(usage.cachedCalls) answered from the cache")
        term(
            "Tokens",
            "\(usage.promptTokensEvaluated) prompt tokens evaluated, \(usage.promptTokensReused) reused, "
                + "\(usage.generatedTokens) generated"
        )
        heading(3, "Verification")
        if metadata.verification.isEmpty { append(.placeholder("No verification counts recorded.")) }
        for count in metadata.verification {
            append(.bullet([.text("\(count.section): \(Self.verificationLine(count))")]))
        }
    }

    /// "12 kept (2 repaired), 1 dropped", and after a support check "; 9 supported as cited, 3 re-cited,
    /// 1 misattribution".
    ///
    /// - Parameter count: One section's counts.
    /// - Returns: The line.
    static func verificationLine(_ count: RunMetadata.SectionVerification) -> String {
        var line = "\(count.kept) kept (\(count.repaired) repaired), \(count.dropped) dropped"
        if let supported = count.supported, let recited = count.recited {
            line += "; \(supported) supported as cited, \(recited) re-cited"
            if let misattributed = count.misattributed, misattributed > 0 {
                line += ", " + ReportNumbers.counted(misattributed, "misattribution", "misattributions")
            }
        }
        return line
    }

    /// "Diagnostics": input warnings and failed stages.
    mutating func addDiagnostics() {
        heading(2, "Diagnostics")
        if report.diagnostics.isEmpty { append(.placeholder("None.")) }
        for diagnostic in report.diagnostics {
            append(.bullet([.text(Self.diagnosticLine(diagnostic))]))
        }
    }

    /// "warning: message (file:line; stage x)".
    ///
    /// - Parameter diagnostic: The diagnostic.
    /// - Returns: The line.
    static func diagnosticLine(_ diagnostic: Diagnostic) -> String {
        var place: [String] = []
        if let file = diagnostic.file { place.append(diagnostic.line.map { "\(file):\($0)" } ?? file) }
        if let stage = diagnostic.stage { place.append("stage \(stage)") }
        let suffix = place.isEmpty ? "" : " (\(place.joined(separator: "; ")))"
        return "\(diagnostic.severity.rawValue): \(diagnostic.message)\(suffix)"
    }

    private mutating func term(_ label: String, _ value: String) {
        append(.term(label: label, value: [.text(value)]))
    }
}
