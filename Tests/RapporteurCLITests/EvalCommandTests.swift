import ArgumentParser
import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

@testable import RapporteurCLI

/// Transcripts and references written for the evaluation tests (not copied from the corpus).
enum EvalFixture {
    static let timedVTT = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v Alice>We should connect every school by next year.

        00:00:04.500 --> 00:00:07.000
        <v Bruno>The budget does not allow it.

        """
    static let untimedJSON = #"{"turns":[{"speaker":"Alice","text":"We should connect every school."},{"speaker":"Bruno","text":"No."}]}"#
    static let untimedText = "Alice: We should connect every school.\nBruno: The budget does not allow it.\n"
    static let timedText =
        "[00:00:01.000 - 00:00:03.000] Alice: We should connect every school.\n"
        + "[00:00:03.500 - 00:00:05.000] Bruno: The budget does not allow it.\n"
    static let igfRaw = ">> ALICE: We should connect every school.\n>> BRUNO: The budget does not allow it.\n"

    /// A QMSum-style reference for the Senedd excerpt fixture.
    static let seneddReference = """
        {"general_summary": [{"query": "Summarize the whole meeting.", "answer": "The committee discussed how schools \
        support pupils and which guidance the Welsh Government gives to schools and local authorities."}],
         "specific_queries": [{"query": "What did Lynne Neagle think about guidance?", "answer": "Lynne Neagle asked \
        about the guidance given to schools."}]}
        """

    static let senedd = "senedd-cype-2020-04-education-excerpt.txt"

    /// The shared corpus, on machines that have it.
    static let corpus = "/work/shared/corpus"

    /// Writes files into subfolders of a temporary folder, e.g. `["a/transcript.vtt": text]`.
    static func folder(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for (path, text) in files {
            let url = folder.file(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    /// A folder with the Senedd excerpt and its reference as meeting `senedd`.
    static func seneddFolder() throws -> TemporaryFolder {
        let folder = try Self.folder(["senedd/reference.json": seneddReference])
        try FileManager.default.copyItem(at: try fixtureURL(senedd), to: folder.file("senedd/transcript.txt"))
        return folder
    }

    static func fixtureURL(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    }

    static func runner(_ model: ScriptedLanguageModel, baselines: [EvalSystem] = [.lead, .oneCallReport]) -> EvalRunner {
        EvalRunner(model: model, baselines: baselines, generator: "Rapporteur test", now: { Date(timeIntervalSince1970: 1_766_000_000) })
    }
}

@Suite struct EvalCommandTests {
    @Test func baselinesAreRepeatableOrCommaSeparatedWithoutRepeats() throws {
        #expect(try EvalSystem.parseBaselines(["lead,one-call"]) == [.lead, .oneCall])
        #expect(try EvalSystem.parseBaselines(["one-call", "lead", "one-call"]) == [.oneCall, .lead])
        #expect(try EvalSystem.parseBaselines([]) == [])
        #expect(throws: ValidationError.self) { try EvalSystem.parseBaselines(["pipeline"]) }
        #expect(throws: ValidationError.self) { try EvalSystem.parseBaselines(["lead,summary"]) }
    }

    @Test func optionsParse() throws {
        let command = try EvalCommand.parse([
            "corpus", "--meetings", "a,b", "--baseline", "lead", "--baseline", "one-call", "--markdown", "-o", "docs/t.md", "--chunk-tokens", "900",
        ])
        #expect(command.directory == "corpus")
        #expect(command.meetings == "a,b")
        #expect(command.baselineNames == ["lead", "one-call"])
        #expect(command.format == .markdown)
        #expect(command.output == "docs/t.md")
        #expect(command.chunkTokens == 900)
        #expect(throws: (any Error).self) { try EvalCommand.parse(["corpus", "--json", "--markdown"]) }
        #expect(throws: (any Error).self) { try EvalCommand.parse(["corpus", "--baseline", "magic"]) }
    }

    @Test func executableReportsAMissingFolderBeforeStartingAModel() async throws {
        let folder = try TemporaryFolder()
        let result = try await Rapporteur.run(["eval", "no-such-corpus", "--llm-url", "http://127.0.0.1:9"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-corpus"))
        #expect(try folder.contents().isEmpty)
    }
}
