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

    /// The counts per section and the problems, as printed: a table laid out as `bench` lays out its own.
    static func table(_ outcome: SupportVerifier.Outcome) -> String {
        var rows = [["section", "checked", "supported", "re-cited", "dropped", "misattributed"], []]
        var total = SupportVerifier.Count()
        for section in ReportSection.allCases {
            guard let count = outcome.counts[section] else { continue }
            rows.append(Self.row(section.title, count))
            total.checked += count.checked
            total.supported += count.supported
            total.recited += count.recited
            total.dropped += count.dropped
            total.misattributed += count.misattributed
        }
        rows += [[], Self.row("all", total)]
        var lines = BenchTable.layout(rows)
        if !outcome.problems.isEmpty {
            lines.append("")
            lines += outcome.problems.map { "- " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ count: SupportVerifier.Count) -> [String] {
        [name] + [count.checked, count.supported, count.recited, count.dropped, count.misattributed].map(String.init)
    }
}
