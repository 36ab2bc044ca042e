import Foundation
import Testing

// Serialized: 45 cases × 2–3 runs of the executable at once starved the timing tests of the HTTP client on 2 cores.
@Suite(.serialized) struct BadInputTests {
    @Test(arguments: BadInput.all)
    func badInputFailsWithOneErrorLineNamingFileLineAndReasonAndWritesNothing(_ input: BadInput) async throws {
        let folder = try TemporaryFolder()
        try input.setUp(in: folder)
        let before = try folder.contents()
        for arguments in input.invocations {
            let result = try await Rapporteur.run(arguments, in: folder.url, environment: input.environment)
            let command = arguments.joined(separator: " ")
            #expect(result.status == 1, "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
            #expect(result.stderrLines.count == 1, "\(command) printed:\n\(result.stderr)")
            let line = try #require(result.stderrLines.first)
            #expect(line.hasPrefix("Error: \(input.location): "), "\(command): \(line)")
            #expect(line.contains(input.reason), "\(command): \(line)")
            #expect(try folder.contents() == before, "\(command) left files behind")
        }
    }

    @Test func severalFormatsWithoutOutputFolderAreRejectedBeforeReading() async throws {
        let folder = try TemporaryFolder()
        let result = try await Rapporteur.run(["transcript", "missing.txt", "--to", "text,html"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.first == "Error: Several formats need -o FOLDER.")
        #expect(result.stderr.contains("Usage: rapporteur transcript"))
        #expect(try folder.contents().isEmpty)
    }
}
