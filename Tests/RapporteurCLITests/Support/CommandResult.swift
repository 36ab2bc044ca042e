/// What one run of the `rapporteur` executable produced.
struct CommandResult: Sendable {
    /// The exit status.
    var status: Int32
    /// Everything written to standard output.
    var stdout: String
    /// Everything written to standard error.
    var stderr: String

    /// The lines of standard error, without the final newline.
    var stderrLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(stderr.hasSuffix("\n") ? 1 : 0)
    }
}
