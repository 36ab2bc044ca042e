import RapporteurKit

/// One-line forms of diagnostics for the terminal.
enum DiagnosticText {
    /// `file:line: message`, or as much of it as the diagnostic has.
    ///
    /// - Parameter diagnostic: The diagnostic.
    /// - Returns: The line.
    static func line(_ diagnostic: Diagnostic) -> String {
        var location = diagnostic.file ?? diagnostic.stage ?? ""
        if let line = diagnostic.line { location += ":\(line)" }
        return location.isEmpty ? diagnostic.message : "\(location): \(diagnostic.message)"
    }
}
