import ArgumentParser
import Foundation
import RapporteurKit

/// `rapporteur render REPORT.json --to text|markdown|html|json [-o OUT]`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a report saved as JSON into text, Markdown, HTML or JSON again."
    )

    @ArgumentParser.Argument(help: "A report written with --to json.")
    var report: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try ReportFile.load(report)
        let stem = URL(fileURLWithPath: report).deletingPathExtension().lastPathComponent
        let written = try output.write(baseName: stem, inputs: [report]) { $0.renderer.render(loaded) }
        for path in written { TerminalText.note("wrote \(path)") }
    }
}
