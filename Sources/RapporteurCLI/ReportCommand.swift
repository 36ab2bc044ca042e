import ArgumentParser
import Foundation
import RapporteurKit
import RapporteurLLM

/// `rapporteur report FILE`: the grounded session report.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the grounded session report of a transcript, on the embedded local model or any OpenAI-compatible one."
    )

    @OptionGroup var input: TranscriptOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: SessionOptions
    @OptionGroup var model: ModelOptions

    @Option(
        help: """
            A topic taxonomy file (JSON: {id, name, version, baskets:[{name, topics}]}), used whatever the session is \
            about. Without it, Diplo's digital-policy taxonomy is used for sessions about digital policy, and other \
            sessions' topics are their own discussion points.
            """
    )
    var taxonomy: String?

    @Option(help: "Transcript tokens per chunk the model reads at once.")
    var chunkTokens: Int = ReportPipeline.Options.defaultChunkTokens

    @Option(
        help: """
            Model calls in flight at once, for servers that batch (vLLM, hosted APIs, llama.cpp with several slots): \
            the chunks' extraction calls run this many at a time, results in the same order. Keep 1 on the embedded \
            model (2 cores).
            """
    )
    var parallel: Int = 1

    func validate() throws {
        try OptionRange.check(chunkTokens, in: OptionRange.chunkTokens, option: "--chunk-tokens")
        try OptionRange.check(parallel, in: OptionRange.parallel, option: "--parallel")
    }

    func run() async throws {
        let started = Date()
        let loaded = try input.load()
        let taxonomyFile = taxonomy
        let taxonomy = try taxonomy.map { try Taxonomy.decode(FileInput.read($0), name: $0) } ?? .diplo
        let sessionInfo = session.info(roster: loaded.session, file: input.file)
        let progress = TerminalProgress()
        var options = ReportPipeline.Options(
            chunkTokens: chunkTokens,
            concurrency: parallel,
            generator: "Rapporteur \(RapporteurCommand.version)"
        )
        options.forcesTaxonomy = self.taxonomy != nil
        try options.checkLength(loaded.transcript)
        let report = try await model.withModel { languageModel in
            let pipeline = ReportPipeline(model: languageModel, taxonomy: taxonomy, options: options, progress: progress)
            return try await pipeline.run(transcript: loaded.transcript, speakers: loaded.speakerSections, session: sessionInfo)
        }
        let stem = URL(fileURLWithPath: input.file).deletingPathExtension().lastPathComponent
        let written = try output.write(baseName: stem, inputs: input.files + (taxonomyFile.map { [$0] } ?? [])) { $0.renderer.render(report) }
        for path in written { TerminalText.note("wrote \(path)") }
        for diagnostic in report.diagnostics where diagnostic.severity != .note {
            TerminalText.note("\(diagnostic.severity.rawValue): \(DiagnosticText.line(diagnostic))")
        }
        TerminalText.note(RunSummary.line(report, wallSeconds: Date().timeIntervalSince(started)))
    }
}
