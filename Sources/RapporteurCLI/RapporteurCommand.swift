public import ArgumentParser

/// The `rapporteur` command: grounded session reports from transcripts.
public struct RapporteurCommand: AsyncParsableCommand {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "rapporteur",
        abstract: "Grounded session reports from meeting transcripts: every statement cited, every quote verbatim.",
        version: version,
        subcommands: [
            ReportCommand.self, StatsCommand.self, TranscriptCommand.self, RenderCommand.self, VerifyCommand.self, ModelCommand.self,
            EvalCommand.self,
            BenchCommand.self,
        ]
    )

    /// Creates the command (ArgumentParser needs it).
    public init() {}
}

/// Runs the `rapporteur` command with the process arguments and exits.
public func runRapporteur() async {
    await RapporteurCommand.main()
}
