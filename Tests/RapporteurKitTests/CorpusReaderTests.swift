import Foundation
import RapporteurKit
import Testing

/// Reads the corpus excerpts in `Fixtures/` (and the full corpus when it is on this machine) in every format it comes in,
/// and checks the formats agree with the corpus JSON, which the corpus README defines as the reference.
@Suite struct CorpusReaderTests {
    static let corpus = URL(fileURLWithPath: "/work/shared/corpus")
    static let corpusExists = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("README.md").path)

    static func fixture(_ name: String) throws -> Data {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        let url = try #require(Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// The turns of a corpus `transcript.json`, decoded independently of the reader under test.
    struct ReferenceTurn: Decodable {
        var speaker: String?
        var text: String
        var start: Double?
        var end: Double?
        var type: String?
    }

    struct ReferenceFile: Decodable {
        var turns: [ReferenceTurn]
    }

    static func reference(_ data: Data) throws -> [ReferenceTurn] {
        try JSONDecoder().decode(ReferenceFile.self, from: data).turns
    }

    static func expectSameTurns(_ turns: [RawTurn], _ reference: [ReferenceTurn], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(turns.count == reference.count, sourceLocation: sourceLocation)
        for (turn, expected) in zip(turns, reference) {
            #expect(turn.speaker == (expected.speaker ?? "UNLABELLED"), sourceLocation: sourceLocation)
            #expect(turn.text == expected.text.split(whereSeparator: \.isWhitespace).joined(separator: " "), sourceLocation: sourceLocation)
            #expect(turn.start == expected.start, sourceLocation: sourceLocation)
            #expect(turn.end == expected.end, sourceLocation: sourceLocation)
        }
    }

    // MARK: - Excerpts

    @Test(arguments: ["ami_ES2002b", "icsi_Bed009", "igf2020_of42", "qmsum_covid_2", "qmsum_education_1"])
    func plainTextExcerptMatchesCorpusJSON(item: String) throws {
        let raw = try TranscriptReader.read(Self.fixture("\(item)_excerpt.txt"), name: "\(item).txt")
        let reference = try Self.reference(Self.fixture("\(item)_excerpt.json"))
        #expect(raw.format == .plain)
        #expect(raw.diagnostics.isEmpty)
        Self.expectSameTurns(Array(raw.turns.prefix(reference.count)), reference)
        #expect(raw.turns.map(\.line) == Array(1...raw.turns.count))
    }

    @Test(arguments: ["ami_ES2002b", "icsi_Bed009", "qmsum_covid_2", "qmsum_education_1"])
    func jsonExcerptReadsEveryTurnWithItsLine(item: String) throws {
        let data = try Self.fixture("\(item)_excerpt.json")
        let raw = try TranscriptReader.read(data, name: "\(item).json")
        #expect(raw.format == .json)
        Self.expectSameTurns(raw.turns, try Self.reference(data))
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for turn in raw.turns {
            let line = try #require(turn.line)
            #expect(lines[line - 1].trimmingCharacters(in: .whitespaces) == "{")
            #expect(lines[line].contains("\"speaker\": \(String(decoding: try JSONEncoder().encode(turn.speaker), as: UTF8.self))"))
        }
    }

    @Test(arguments: ["ami_ES2002b", "icsi_Bed009"])
    func webVTTExcerptMatchesCorpusJSONDespiteOverlaps(item: String) throws {
        let raw = try TranscriptReader.read(Self.fixture("\(item)_excerpt.vtt"), name: "\(item).vtt")
        let reference = try Self.reference(Self.fixture("\(item)_excerpt.json"))
        #expect(raw.format == .webvtt)
        Self.expectSameTurns(raw.turns, reference)
        let overlaps = zip(raw.turns, raw.turns.dropFirst()).filter { ($0.end ?? 0) > ($1.start ?? 0) }
        #expect(!overlaps.isEmpty)
        #expect(raw.diagnostics.isEmpty)
    }

    @Test func igfCaptionsMatchTheCorpusTurnsWithoutTheCaptionNote() throws {
        let raw = try TranscriptReader.read(Self.fixture("igf2020_of42_captions.txt"), name: "igf.txt")
        let plain = try TranscriptReader.read(Self.fixture("igf2020_of42_excerpt.txt"), name: "igf-plain.txt")
        #expect(raw.format == .captions)
        #expect(raw.diagnostics.isEmpty)
        let speech = plain.turns.filter { $0.speaker != "UNLABELLED" }
        #expect(raw.turns.map(\.speaker) == speech.map(\.speaker))
        #expect(raw.turns.map(\.text) == speech.map(\.text))
        #expect(raw.turns.map(\.line) == [1, 8, 9, 14, 15, 18, 21, 22, 34, 36, 51, 58, 61])
        #expect(!raw.turns.contains { $0.text.contains("Captioner") })
    }

    @Test func igfJSONAttributesTheCaptionNoteToAnUnidentifiedSpeaker() throws {
        let raw = try TranscriptReader.read(Self.fixture("igf2020_of42_excerpt.json"), name: "igf.json")
        #expect(raw.turns.count == 12)
        #expect(raw.turns[11].speaker == TranscriptReader.unidentifiedSpeaker)
        #expect(raw.turns[11].text == "(Captioner will disconnect in two minutes)")
        #expect(raw.diagnostics.map(\.line) == [raw.turns[11].line])
    }

    // MARK: - Full corpus

    struct CorpusCase: Sendable, CustomTestStringConvertible {
        var folder: String
        var file: String
        var testDescription: String { "\(folder)/\(file)" }
    }

    static let corpusCases: [CorpusCase] = {
        guard corpusExists, let folders = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else { return [] }
        return folders.sorted().flatMap { folder -> [CorpusCase] in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path)) ?? []
            return files.filter { $0.hasPrefix("transcript.") || $0 == "transcript_igf_raw.txt" }.sorted().map {
                CorpusCase(folder: folder, file: $0)
            }
        }
    }()

    @Test(.enabled(if: corpusExists, "needs /work/shared/corpus"), arguments: corpusCases)
    func fullCorpusFileMatchesItsJSONTurns(_ item: CorpusCase) throws {
        let folder = Self.corpus.appendingPathComponent(item.folder)
        let raw = try TranscriptReader.read(Data(contentsOf: folder.appendingPathComponent(item.file)), name: item.file)
        var reference = try Self.reference(Data(contentsOf: folder.appendingPathComponent("transcript.json")))
        if raw.format == .captions {
            reference.removeAll { $0.type == "caption_annotation" }
        } else if raw.format == .json {
            reference = reference.map { turn in
                var turn = turn
                turn.speaker = turn.speaker ?? TranscriptReader.unidentifiedSpeaker
                return turn
            }
        }
        Self.expectSameTurns(raw.turns, reference)
        #expect(Set(Roster.speakers(of: raw).map(\.name)) == Set(reference.map { $0.speaker ?? "UNLABELLED" }))
        print("corpus \(item.testDescription): \(raw.format) \(raw.turns.count) turns, \(Roster.speakers(of: raw).count) speakers")
    }
}
