public import ArgumentParser
import Foundation

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
///
/// Does what `AsyncParsableCommand.main()` does, except that an error of Rapporteur's own modules (not one of the
/// argument parser's, which also carry help and usage requests) is printed with its control characters escaped
/// (``TerminalText``): input errors quote file names and text from the input.
public func runRapporteur() async {
    do {
        var command = try RapporteurCommand.parseAsRoot()
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    } catch {
        let isOwn = String(reflecting: type(of: error)).hasPrefix("Rapporteur")
        RapporteurCommand.exit(withError: isOwn ? EscapedError(error) : error)
    }
}

/// An error whose description is the wrapped error's, with its control characters escaped.
private struct EscapedError: Error, CustomStringConvertible {
    /// The escaped description.
    var description: String

    /// Wraps an error.
    ///
    /// - Parameter error: The error the command threw.
    init(_ error: any Error) {
        let text = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
        description = TerminalText.escape(text)
    }
}
