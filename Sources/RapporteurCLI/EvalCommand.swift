import ArgumentParser
import Foundation
import RapporteurKit

/// `rapporteur eval DIR`: reports every meeting of a corpus folder and scores them against the references,
/// side by side with baselines on the same model.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the reports of a folder of meetings against their references, with baselines on the same model.",
        discussion: """
            Each subfolder of DIR with a transcript (transcript.vtt, .srt, .json or .txt; the first with timestamps \
            wins) and an optional reference.json is one meeting; or DIR/eval.json lists them: \
            {"meetings":[{"id","transcript","reference"?,"roster"?}]}. Every report is saved as JSON. A meeting that \
            fails is recorded and the others still run; the exit status is then 1. Metrics: docs/EVALUATION.md.
            """
    )

    /// The output format.
    enum Format: String, EnumerableFlag {
        case table, json, markdown

        static func help(for value: Format) -> ArgumentHelp? {
            switch value {
            case .table: "A plain-text table (the default)."
            case .json: "JSON for machines: evaluations, averages, baselines, model, date, wall time and usage per run."
            case .markdown: "Markdown for docs/."
            }
        }
    }

    @ArgumentParser.Argument(help: "The evaluation folder: one subfolder per meeting, or an eval.json manifest.")
    var directory: String

    @Option(help: "Only these meetings (folder names or manifest ids), comma-separated.")
    var meetings: String?

    @Option(
        name: .customLong("baseline"),
        help:
            "Baselines on the same model: lead, one-call (a 150-word summary from one prompt), one-call-report (the whole report in one schema); repeatable or comma-separated."
    )
    var baselineNames: [String] = []

    @Flag var format: Format = .table

    @Option(name: [.short, .customLong("output")], help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Folder for the reports' JSON (default: eval-reports beside -o, else ./eval-reports).")
    var reports: String?

    @OptionGroup var model: ModelOptions

    @Option(help: "Transcript tokens per chunk the model reads at once.")
    var chunkTokens: Int = ReportPipeline.Options.defaultChunkTokens

    func validate() throws {
        try OptionRange.check(chunkTokens, in: OptionRange.chunkTokens, option: "--chunk-tokens")
        _ = try EvalSystem.parseBaselines(baselineNames)
    }

    func run() async throws {
        let baselines = try EvalSystem.parseBaselines(baselineNames)
        let ids = meetings.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let selected = try EvalDiscovery.select(EvalDiscovery.meetings(in: directory), ids: ids)
        let folder = EvalReportStore.folder(reports: reports, output: output)
        let date = ISO8601DateFormatter().string(from: Date())
        let result = try await model.withModel { languageModel in
            let runner = EvalRunner(
                model: languageModel,
                baselines: baselines,
                chunkTokens: chunkTokens,
                progress: TerminalProgress(),
                log: { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
            )
            let outcomes = try await runner.run(selected) { try EvalReportStore.save(&$0, in: folder) }
            return EvalOutput(
                outcomes: outcomes,
                baselines: baselines,
                date: date,
                generator: runner.generator,
                model: languageModel.name,
                engine: languageModel.engine
            )
        }
        let text =
            switch format {
            case .table: result.terminalText
            case .json: try result.jsonText()
            case .markdown: result.markdownText
            }
        if let output {
            try AtomicFile.write(text, to: output)
            TerminalText.note("wrote \(output)")
        } else if format == .json {
            print(text, terminator: "")
        } else {
            TerminalText.write(text)
        }
        if result.hasFailure { throw ExitCode.failure }
    }
}
