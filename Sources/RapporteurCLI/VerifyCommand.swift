import ArgumentParser
import Foundation
import RapporteurKit

/// `rapporteur verify REPORT.json [--to FORMATS -o OUT]`: the support check on a saved report.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that every statement of a saved report is supported by the sentences it cites.",
        discussion: """
            Prints, per section, how many items their citations support, how many the check cites anew, and how \
            many nothing supports (misattributions among them), then one line per problem. With -o, writes the \
            verified report: re-cited, with each item's support score, the unsupported left out.
            """
    )

    @ArgumentParser.Argument(help: "A report written with --to json.")
    var report: String

    @Option(name: .shortAndLong, help: "Write the verified report here (formats from --to, default json).")
    var output: String?

    @Option(help: "Output formats of the verified report, comma-separated: text, markdown, html, json.")
    var to: String = "json"

    func run() throws {
        let loaded = try ReportFile.load(report)
        let outcome = SupportVerifier(sentences: loaded.transcript).verify(loaded)
        TerminalText.write(Self.table(outcome) + "\n")
        if let output {
            let options = try OutputOptions.parse(["--to", to, "-o", output])
            try options.validate()
            let verified = outcome.reportWithCounts
            let stem = URL(fileURLWithPath: report).deletingPathExtension().lastPathComponent
            let written = try options.write(baseName: stem, inputs: [report]) { $0.renderer.render(verified) }
            for path in written { TerminalText.note("wrote \(path)") }
        }
    }

    /// The counts per section and the problems, as printed.
    static func table(_ outcome: SupportVerifier.Outcome) -> String {
        var lines = ["section                        checked  supported  re-cited  dropped  misattributed"]
        var total = SupportVerifier.Count()
        for section in ReportSection.allCases {
            guard let count = outcome.counts[section] else { continue }
            lines.append(Self.row(section.title, count))
            total.checked += count.checked
            total.supported += count.supported
            total.recited += count.recited
            total.dropped += count.dropped
            total.misattributed += count.misattributed
        }
        lines.append(Self.row("all", total))
        if !outcome.problems.isEmpty {
            lines.append("")
            lines += outcome.problems.map { "- " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ count: SupportVerifier.Count) -> String {
        func cell(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: " ", count: max(0, width - text.count)) + text
        }
        return name.padding(toLength: 30, withPad: " ", startingAt: 0) + cell(count.checked, 8) + cell(count.supported, 11)
            + cell(count.recited, 10) + cell(count.dropped, 9) + cell(count.misattributed, 15)
    }
}
