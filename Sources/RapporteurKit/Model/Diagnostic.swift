/// A problem the run survived, kept in the report so a reader can judge it.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Worth knowing, changes nothing.
        case note
        /// Something was suspicious or left out.
        case warning
        /// A stage failed; its section is incomplete.
        case error
    }

    /// How serious it is.
    public var severity: Severity
    /// What happened, for people.
    public var message: String
    /// The input file, when the diagnostic is about input.
    public var file: String?
    /// The 1-based input line, when there is one.
    public var line: Int?
    /// The pipeline stage, when the diagnostic is about analysis.
    public var stage: String?

    /// Creates a diagnostic.
    public init(severity: Severity, message: String, file: String? = nil, line: Int? = nil, stage: String? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.stage = stage
    }
}
