import ArgumentParser
import Foundation
import RapporteurEvaluation
import RapporteurKit

/// `rapporteur bench FILE | --synthetic | --growth`: times the deterministic path (read, split and count, verify,
/// render) and checks the target; `rapporteur bench FILE --model-run` measures one report's model work.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time reading, splitting, counting, verifying and rendering (no model), or measure one report's model work.",
        discussion: """
            Build with -c release for meaningful numbers. The verified and rendered report is built mechanically from \
            the transcript (an argument per 15 sentences of a speaker, a section, quote, agreement and difference per \
            100 sentences), standing in for the model's report.

            With --model-run, FILE's report is written on the model (the embedded one, or --llm-url / --gguf) with \
            the response cache off, and the run's calls, prompt tokens evaluated per transcript token, prompt tokens \
            reused, generated tokens and wall time are printed beside the lower bound: the transcript's tokens at the \
            server's measured prefill speed plus the generated tokens at its measured generation speed.
            """
    )

    @ArgumentParser.Argument(help: "A transcript in any format Rapporteur reads.")
    var file: String?

    @Flag(help: "Time a synthetic plenary (a chair and 40 delegations, timestamps) instead of a file.")
    var synthetic = false

    @Flag(help: "Time the synthetic plenary at 1×, 2×, 4× and 8× --words and check that time grows linearly.")
    var growth = false

    @Option(help: "Words of the synthetic plenary (the 1× size with --growth).")
    var words = 30_000

    @Option(help: "Seed of the synthetic plenary.")
    var seed: UInt64 = 1

    @Option(help: "Timed repetitions after one warm-up run.")
    var repetitions = 9

    @Flag(help: "Print JSON for machines instead of tables.")
    var json = false

    @Flag(help: "Print the synthetic plenary transcript instead of timing it (to inspect it or feed it to other commands).")
    var printTranscript = false

    @Flag(help: "Write FILE's report on the model and measure the model work instead of timing the deterministic path.")
    var modelRun = false

    @Option(help: "With --model-run: transcript tokens per chunk the model reads at once.")
    var chunkTokens: Int = ReportPipeline.Options.defaultChunkTokens

    @OptionGroup(title: "Model (with --model-run; the response cache is always off)") var model: ModelOptions

    static let growthFactors = [1, 2, 4, 8]

    func validate() throws {
        guard (file != nil) != (synthetic || growth) else {
            throw ValidationError("Give either a FILE or --synthetic / --growth.")
        }
        guard !modelRun || file != nil else { throw ValidationError("--model-run needs a FILE.") }
        guard !(printTranscript && file != nil) else {
            throw ValidationError("--print-transcript prints the synthetic plenary; leave out FILE.")
        }
        try OptionRange.check(repetitions, in: OptionRange.repetitions, option: "--repetitions")
        try OptionRange.check(words, in: OptionRange.syntheticWords, option: "--words")
        try OptionRange.check(chunkTokens, in: OptionRange.chunkTokens, option: "--chunk-tokens")
    }

    func run() async throws {
        if modelRun, let file {
            try await runModel(file)
            return
        }
        if printTranscript {
            print(SyntheticPlenary.make(words: words, seed: seed), terminator: "")
            return
        }
        var output = BenchOutput()
        if growth {
            let results = try Self.growthFactors.map { factor throws(InputError) in
                try BenchRunner.run(plenary(words: words * factor), name: "synthetic plenary \(factor)×", repetitions: repetitions)
            }
            output.growth = BenchGrowth(factors: Self.growthFactors, results: results)
        } else if let file {
            output.results = [try BenchRunner.run(try FileInput.read(file), name: file, repetitions: repetitions)]
        } else {
            output.results = [try BenchRunner.run(plenary(words: words), name: "synthetic plenary", repetitions: repetitions)]
        }
        if json { print(try output.json(), terminator: "") } else { TerminalText.write(output.text()) }
        let failures = (output.results + (output.growth?.results ?? [])).filter { $0.outcome.groundingFailures > 0 }
        for result in failures {
            TerminalText.note("warning: the stand-in report of \(result.input) is not fully grounded")
        }
    }

    private func runModel(_ file: String) async throws {
        let loaded = try SessionFiles.load(file, rosterPath: nil)
        var measuring = model
        measuring.noCache = true
        var output = BenchOutput()
        output.modelRun = try await measuring.withModel { languageModel in
            try await ModelBenchRunner(model: languageModel, chunkTokens: chunkTokens, progress: TerminalProgress()).run(loaded, input: file)
        }
        if json { print(try output.json(), terminator: "") } else { TerminalText.write(output.text()) }
    }

    private func plenary(words: Int) -> Data {
        Data(SyntheticPlenary.make(words: words, seed: seed).utf8)
    }
}
