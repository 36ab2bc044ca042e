import Foundation
import Testing

/// Issue 14, item 1, for the numbers read from the command line: each is range-checked while parsing.
@Suite(.serialized) struct OptionRangeTests {
    @Test(arguments: [
        (["bench", "--synthetic", "--growth", "--words", "9223372036854775807"], "Error: --words must be 1 to 10000000, not 9223372036854775807."),
        (["bench", "--synthetic", "--repetitions", "0"], "Error: --repetitions must be 1 to 10000, not 0."),
        (["report", "missing.txt", "--chunk-tokens=-5"], "Error: --chunk-tokens must be 100 to 1000000, not -5."),
        (["eval", "corpus", "--chunk-tokens", "7"], "Error: --chunk-tokens must be 100 to 1000000, not 7."),
        (["report", "missing.txt", "--timeout", "1e300"], "Error: --timeout must be 0.001 to 86400.0, not 1e+300."),
        (["report", "missing.txt", "--timeout", "nan"], "Error: --timeout must be 0.001 to 86400.0, not nan."),
        (["report", "missing.txt", "--context", "10"], "Error: --context must be 512 to 10000000, not 10."),
        (["report", "missing.txt", "--parallel", "0"], "Error: --parallel must be 1 to 256, not 0."),
    ])
    func aNumberOutOfRangeIsAUsageErrorBeforeAnythingIsRead(arguments: [String], message: String) async throws {
        let folder = try TemporaryFolder()
        let result = try await Rapporteur.run(arguments, in: folder.url)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderrLines.first == message)
        #expect(result.stdout.isEmpty)
        #expect(try folder.contents().isEmpty)
    }
}
