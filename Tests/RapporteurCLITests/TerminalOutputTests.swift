import Foundation
import RapporteurKit
import Testing

/// Issue 14, item 2: control characters from the input reach the terminal only escaped; files keep them.
@Suite(.serialized) struct TerminalOutputTests {
    /// A JSON transcript whose speaker names and text hold an ANSI colour, an OSC title, a NUL and a bidi override.
    static let hostile = #"""
        {"turns": [
          {"speaker": "\u001b[31mMallory\u001b[0m", "text": "Title \u001b]0;pwned\u0007 here."},
          {"speaker": "Eve\u0000", "text": "A \u202eright-to-left\u202c turn."},
          {"speaker": "Eve\u0000", "text": "  "}
        ]}
        """#

    private func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Data(Self.hostile.utf8), to: "t.json")
        return folder
    }

    @Test(arguments: [["stats", "t.json"], ["transcript", "t.json", "--to", "text"], ["transcript", "t.json", "--to", "markdown"]])
    func standardOutputAndWarningsShowControlCharactersEscaped(_ arguments: [String]) async throws {
        let folder = try folder()
        let result = try await Rapporteur.run(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        for output in [result.stdout, result.stderr] {
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
            #expect(!output.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
        }
        if arguments[0] == "stats" {
            #expect(result.stdout.contains("\\u{1B}[31mMallory\\u{1B}[0m"))
            #expect(result.stdout.contains("Eve\\u{0}"))
            #expect(result.stderr.hasPrefix("warning: t.json:4: skipped an empty turn of Eve\\u{0}"))
        } else if arguments.last == "text" {
            #expect(result.stdout.contains("Title \\u{1B}]0;pwned\\u{7} here."))
            #expect(result.stdout.contains("A \\u{202E}right-to-left\\u{202C} turn."))
        }
    }

    @Test func statsTableColumnsStayAlignedWithEscapedNames() async throws {
        let folder = try folder()
        let result = try await Rapporteur.run(["stats", "t.json"], in: folder.url)
        let lines = result.stdout.split(separator: "\n").prefix(5)
        #expect(Set(lines.map(\.count)).count == 1, "\(lines)")
    }

    @Test(arguments: ["text", "markdown", "html"])
    func filesKeepTheTextExactly(_ format: String) async throws {
        let folder = try folder()
        let result = try await Rapporteur.run(["transcript", "t.json", "--to", format, "-o", "out.\(format)"], in: folder.url)
        #expect(result.status == 0)
        let written = try String(contentsOf: folder.file("out.\(format)"), encoding: .utf8)
        let transcript = TranscriptBuilder.build(try TranscriptReader.read(Data(Self.hostile.utf8), name: "t.json"), source: "t.json")
        #expect(written == TranscriptRenderer.render(transcript, as: try #require(ReportFormat(rawValue: format))))
        #expect(written.contains("\u{202E}"))
    }

    @Test func jsonOnStandardOutputStaysExact() async throws {
        let folder = try folder()
        let result = try await Rapporteur.run(["transcript", "t.json", "--to", "json"], in: folder.url)
        #expect(result.status == 0)
        let transcript = TranscriptBuilder.build(try TranscriptReader.read(Data(Self.hostile.utf8), name: "t.json"), source: "t.json")
        #expect(result.stdout == TranscriptRenderer.render(transcript, as: .json))
    }

    @Test func errorsQuotingTheInputAreEscaped() async throws {
        let folder = try TemporaryFolder()
        let name = "evil\u{1B}]0;x\u{7}.txt"
        let result = try await Rapporteur.run(["stats", name], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["Error: evil\\u{1B}]0;x\\u{7}.txt: no such file"])
    }
}

/// Issue 14, items 3 and 7: inputs that are streams, and what the help and `bench` say.
@Suite(.serialized) struct InputStreamTests {
    @Test func standardInputAndDevStdinAreRead() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Data("Alice: Hello there.\nBob: Hi.\n".utf8), to: "t.txt")
        for arguments in [["stats", "-", "--json"], ["stats", "/dev/stdin", "--json"]] {
            let result = try await Rapporteur.run(arguments, in: folder.url, input: folder.file("t.txt"))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let statistics = try JSONDecoder().decode(TalkStatistics.self, from: Data(result.stdout.utf8))
            #expect(statistics.speakers.map(\.speaker) == ["Alice", "Bob"])
        }
    }

    @Test func aFIFOIsReadAsAStream() async throws {
        let folder = try TemporaryFolder()
        let fifo = folder.file("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Task {
            try await onOwnThread {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: fifo))
                try handle.write(contentsOf: Data("Alice: Through a pipe.\nBob: Indeed.\n".utf8))
                try handle.close()
            }
        }
        let result = try await Rapporteur.run(["stats", "pipe.txt", "--json"], in: folder.url)
        try await writer.value
        #expect(result.status == 0, "\(result.stderr)")
        let statistics = try JSONDecoder().decode(TalkStatistics.self, from: Data(result.stdout.utf8))
        #expect(statistics.totalWords == 4)
    }

    @Test func helpListsTheFormatValuesOnce() async throws {
        let folder = try TemporaryFolder()
        let result = try await Rapporteur.run(["stats", "--help"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "webvtt").count == 2, "\(result.stdout)")
    }

    @Test func benchCountsTheSpeakersStatsCounts() async throws {
        let folder = try TemporaryFolder()
        try folder.copyFixture("qmsum_covid_2_excerpt.txt")
        let stats = try await Rapporteur.run(["stats", "qmsum_covid_2_excerpt.txt", "--json"], in: folder.url)
        let statistics = try JSONDecoder().decode(TalkStatistics.self, from: Data(stats.stdout.utf8))
        let bench = try await Rapporteur.run(["bench", "qmsum_covid_2_excerpt.txt", "--repetitions", "1", "--json"], in: folder.url)
        #expect(bench.status == 0, "\(bench.stderr)")
        let counted = try #require(bench.stdout.firstMatch(of: /"speakers" : (\d+)/)?.output.1)
        #expect(Int(counted) == statistics.speakers.count)
    }
}
