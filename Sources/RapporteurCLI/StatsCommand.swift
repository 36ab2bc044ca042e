import ArgumentParser
import Foundation
import RapporteurKit

/// `rapporteur stats FILE`: measured talk statistics per speaker.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Measure words, turns, speech time, share and speed per speaker (no model involved)."
    )

    @OptionGroup var input: TranscriptOptions

    @Flag(help: "Print JSON for machines instead of a table.")
    var json = false

    func run() throws {
        let session = try input.load()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(session.statistics), as: UTF8.self))
        } else {
            TerminalText.write(StatsTable.render(session.statistics))
        }
        for diagnostic in session.transcript.diagnostics {
            TerminalText.note("warning: \(DiagnosticText.line(diagnostic))")
        }
    }
}
