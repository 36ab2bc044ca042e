import Foundation
import RapporteurEvaluation
import RapporteurKit

extension BenchTable {
    /// The table of a model run: the work done, the server's speeds, the lower bound and the ratio.
    ///
    /// - Parameter result: The model run's figures.
    /// - Returns: The text, ending with a newline.
    static func render(_ result: ModelBenchResult) -> String {
        let efficiency = result.efficiency
        var lines = [
            "Model run: \(result.input): \(grouped(result.words)) words, \(grouped(efficiency.transcriptTokens)) tokens; "
                + "\(result.model) on \(result.engine), chunks of \(grouped(result.chunkTokens)) tokens, response cache off",
            "Report: \(result.itemsKept) items verified, \(result.itemsDropped) dropped",
            "",
        ]
        let perToken = efficiency.evaluatedPerTranscriptToken.map { "\(fixed($0)) per transcript token" } ?? ""
        var table = [
            ["model calls", grouped(efficiency.calls), ""],
            ["prompt tokens evaluated", grouped(efficiency.promptTokensEvaluated), perToken],
            ["prompt tokens reused", grouped(efficiency.promptTokensReused), "from the server's prompt cache"],
            ["generated tokens", grouped(efficiency.generatedTokens), ""],
            ["wall time", TerminalProgress.duration(efficiency.wallSeconds), ""],
        ]
        if let prefill = efficiency.prefillTokensPerSecond, let generation = efficiency.generationTokensPerSecond,
            let bound = efficiency.lowerBoundSeconds, let ratio = efficiency.wallOverLowerBound, let share = efficiency.serverShareOfWall
        {
            table += [
                ["server prefill", fixed(prefill), "tokens/s, measured by the server over this run"],
                ["server generation", fixed(generation), "tokens/s"],
                ["server busy", String(format: "%.0f %%", share * 100), "of the wall time"],
                ["lower bound", TerminalProgress.duration(bound), "transcript tokens at prefill + generated tokens at generation speed"],
                ["wall / lower bound", fixed(ratio), ""],
            ]
        } else {
            table.append(["lower bound", "-", "the server reports no timings (llama.cpp's do)"])
        }
        let aligned = layout(table.map { Array($0.prefix(2)) })
        lines += zip(aligned, table).map { line, row in row[2].isEmpty ? line : line + "  " + row[2] }
        return lines.joined(separator: "\n") + "\n"
    }
}
