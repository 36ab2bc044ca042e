import ArgumentParser
import Foundation
import RapporteurKit

/// `rapporteur transcript FILE --to markdown|html|json`: the normalised transcript with sentence IDs.
struct TranscriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcript",
        abstract: "Print the normalised transcript with the sentence IDs that reports cite, and timestamps."
    )

    @OptionGroup var input: TranscriptOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try input.load()
        let stem = URL(fileURLWithPath: input.file).deletingPathExtension().lastPathComponent + ".transcript"
        let written = try output.write(baseName: stem, inputs: input.files) { TranscriptRenderer.render(session.transcript, as: $0) }
        for path in written { TerminalText.note("wrote \(path)") }
    }
}
