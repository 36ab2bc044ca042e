import Foundation
import RapporteurKit
import Testing

@Suite struct TranscriptCommandTests {
    @Test(arguments: ["icsi_Bed009_head.vtt", "igf2020_of42_head.txt"])
    func jsonListsSentencesNumberedFromOne(_ name: String) async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture(name)
        let result = try await Rapporteur.run(["transcript", name, "--to", "json"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let transcript = try InProcess.transcript(name)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(!sentences.isEmpty)
        #expect(sentences.compactMap { $0["id"] as? Int } == Array(1...transcript.sentences.count))
        #expect(result.stdout == TranscriptRenderer.render(transcript, as: .json))
    }

    @Test(arguments: ReportFormat.allCases)
    func printsWhatTheLibraryRenders(_ format: ReportFormat) async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("icsi_Bed009_head.vtt")
        let result = try await Rapporteur.run(["transcript", "icsi_Bed009_head.vtt", "--to", format.rawValue], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == TranscriptRenderer.render(try InProcess.transcript("icsi_Bed009_head.vtt"), as: format))
    }

    @Test func htmlToAFileWritesExactlyThatFile() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("igf2020_of42_head.txt")
        let result = try await Rapporteur.run(["transcript", "igf2020_of42_head.txt", "--to", "html", "-o", "page.html"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["wrote page.html"])
        #expect(try folder.contents() == ["igf2020_of42_head.txt", "page.html"])
        let written = try String(contentsOf: folder.file("page.html"), encoding: .utf8)
        #expect(written == TranscriptRenderer.render(try InProcess.transcript("igf2020_of42_head.txt"), as: .html))
    }

    @Test(arguments: ["icsi_roster.yaml", "icsi_roster.json"])
    func rosterNamesAndRolesReachTheTranscript(_ roster: String) async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("icsi_Bed009_head.vtt")
        try folder.copyFixture(roster)
        let result = try await Rapporteur.run(["transcript", "icsi_Bed009_head.vtt", "--roster", roster, "--to", "json"], in: folder.url)
        #expect(result.status == 0)
        let transcript = try InProcess.transcript("icsi_Bed009_head.vtt", rosterJSON: "icsi_roster.json")
        let merged = try #require(transcript.speakers.first { $0.name == "Sound Check" })
        #expect(merged.role == "Microphone test")
        #expect(merged.labels == ["me012", "me003"])
        // The diagnostics name the roster file as given, so compare with the in-process output for the same name.
        let expected = TranscriptRenderer.render(transcript, as: .json).replacingOccurrences(of: "icsi_roster.json", with: roster)
        #expect(result.stdout == expected)
    }
}
