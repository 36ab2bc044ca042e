import Foundation
import RapporteurKit
import RapporteurTesting
import Testing

/// One unusable input and the error the command line must report for it.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// Which commands read the input.
    enum Reader: Sendable {
        /// `stats` and `transcript`, which read a transcript (and a roster).
        case transcript
        /// `render`, which reads a report.
        case report
    }

    /// What the case is about.
    var testDescription: String
    /// The files to create in the working folder.
    var files: [String: Data]
    /// Fixtures to copy into the working folder.
    var fixtures: [String] = []
    /// Symbolic links to create in the working folder: name → target.
    var links: [String: String] = [:]
    /// The input arguments (file and options), without the output options.
    var arguments: [String]
    /// Environment variables for the commands.
    var environment: [String: String] = [:]
    /// Which commands read it.
    var reader: Reader = .transcript
    /// The expected `file` or `file:line` the error starts with.
    var location: String
    /// A fragment of the reason the error must contain.
    var reason: String
    /// Command lines to run instead of the reader's usual ones.
    var commands: [[String]]? = nil

    /// The command lines to run; the transcript and render ones write into `out/` or `result.*` when they succeed.
    var invocations: [[String]] {
        if let commands { return commands }
        return switch reader {
        case .transcript:
            [["stats"] + arguments, ["stats", "--json"] + arguments, ["transcript"] + arguments + ["--to", "html", "-o", "out/transcript.html"]]
        case .report:
            [["render"] + arguments + ["--to", "text,html", "-o", "out/"], ["render"] + arguments + ["--to", "markdown", "-o", "result.md"]]
        }
    }

    /// Creates the files and copies the fixtures into a folder.
    ///
    /// - Parameter folder: The working folder.
    /// - Throws: When a file cannot be written.
    func setUp(in folder: TemporaryFolder) throws {
        for (name, data) in files { try folder.write(data, to: name) }
        for name in fixtures { try folder.copyFixture(name) }
        for (name, target) in links { try FileManager.default.createSymbolicLink(atPath: folder.file(name).path, withDestinationPath: target) }
    }

    /// Every case.
    static let all: [BadInput] = transcripts + rosters + reports + numbers + streams + messages + reportChecks

    static let transcripts: [BadInput] = [
        BadInput(testDescription: "empty file", files: ["empty.txt": Data()], arguments: ["empty.txt"], location: "empty.txt", reason: "empty"),
        BadInput(
            testDescription: "binary file",
            files: ["recording.txt": Data([0x52, 0x49, 0x46, 0x46, 0x00, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x57, 0x41, 0x56, 0x45])],
            arguments: ["recording.txt"],
            location: "recording.txt",
            reason: "binary"
        ),
        BadInput(
            testDescription: "text that is not UTF-8",
            files: ["latin1.txt": Data("Alice: Hello.\nBob: Caf".utf8) + Data([0xE9]) + Data(" au lait.\n".utf8)],
            arguments: ["latin1.txt"],
            location: "latin1.txt:2",
            reason: "not UTF-8"
        ),
        BadInput(
            testDescription: "WebVTT with a broken timing line",
            files: [
                "broken.vtt": Data("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v A>Hello.\n\n2\n00:00:03.000 --> 00:0x:04.000\n<v B>Hi.\n".utf8)
            ],
            arguments: ["broken.vtt"],
            location: "broken.vtt:8",
            reason: "broken cue timing"
        ),
        BadInput(
            testDescription: "SRT cue without its index",
            files: ["noindex.srt": Data("1\n00:00:01,000 --> 00:00:02,000\nA: Hi.\n\n00:00:03,000 --> 00:00:04,000\nB: There.\n".utf8)],
            arguments: ["noindex.srt"],
            location: "noindex.srt:5",
            reason: "no number line"
        ),
        BadInput(
            testDescription: "SRT cue ending before it starts",
            files: ["inverted.srt": Data("1\n00:00:01,000 --> 00:00:02,000\nA: Hi.\n\n2\n00:00:09,000 --> 00:00:04,000\nB: There.\n".utf8)],
            arguments: ["inverted.srt"],
            location: "inverted.srt:6",
            reason: "ends (00:00:04.000) before it starts (00:00:09.000)"
        ),
        BadInput(
            testDescription: "JSON of the wrong shape",
            files: ["wrong.json": Data(#"{"foo": 1}"#.utf8)],
            arguments: ["wrong.json"],
            location: "wrong.json",
            reason: #"found an object with keys "foo""#
        ),
        BadInput(
            testDescription: "JSON turn without text",
            files: ["turns.json": Data("{\"turns\": [{\"speaker\": \"A\", \"text\": \"Hi.\"},\n  {\"speaker\": \"B\"}]}".utf8)],
            arguments: ["turns.json"],
            location: "turns.json:2",
            reason: #"turns[1] has no "text""#
        ),
        BadInput(testDescription: "missing file", files: [:], arguments: ["missing.txt"], location: "missing.txt", reason: "no such file"),
    ]

    static let rosters: [BadInput] = [
        BadInput(
            testDescription: "YAML roster naming an unknown speaker",
            files: ["roster.yaml": Data("speakers:\n  - name: Zed\n    labels: [NOBODY]\n".utf8)],
            fixtures: ["igf2020_of42_head.txt"],
            arguments: ["igf2020_of42_head.txt", "--roster", "roster.yaml"],
            location: "roster.yaml",
            reason: #"the roster label "NOBODY" (speaker "Zed") matches no speaker"#
        ),
        BadInput(
            testDescription: "JSON roster naming an unknown speaker",
            files: ["roster.json": Data(#"{"speakers": [{"name": "Moira Patterson"}, {"name": "Zed Unknown"}]}"#.utf8)],
            fixtures: ["igf2020_of42_head.txt"],
            arguments: ["igf2020_of42_head.txt", "--roster", "roster.json"],
            location: "roster.json",
            reason: #"the roster speaker "Zed Unknown" matches no speaker"#
        ),
        BadInput(
            testDescription: "malformed YAML roster",
            files: ["roster.yaml": Data("speakers:\n  - name: Zed\n   labels: [x\n".utf8)],
            fixtures: ["igf2020_of42_head.txt"],
            arguments: ["igf2020_of42_head.txt", "--roster", "roster.yaml"],
            location: "roster.yaml:3",
            reason: "not valid YAML"
        ),
        BadInput(
            testDescription: "YAML roster of the wrong shape",
            files: ["roster.yml": Data("speakers: 3\n".utf8)],
            fixtures: ["igf2020_of42_head.txt"],
            arguments: ["igf2020_of42_head.txt", "--roster", "roster.yml"],
            location: "roster.yml",
            reason: "not a roster: speakers has the wrong type"
        ),
        BadInput(
            testDescription: "missing roster",
            files: [:],
            fixtures: ["igf2020_of42_head.txt"],
            arguments: ["igf2020_of42_head.txt", "--roster", "nowhere.yaml"],
            location: "nowhere.yaml",
            reason: "no such file"
        ),
    ]

    static let reports: [BadInput] = [
        BadInput(
            testDescription: "report JSON that is not a report",
            files: ["notreport.json": Data(#"{"hello": "world"}"#.utf8)],
            arguments: ["notreport.json"],
            reader: .report,
            location: "notreport.json",
            reason: #"not a Rapporteur report (JSON of docs/report.schema.json): missing "schemaVersion""#
        ),
        BadInput(
            testDescription: "report of a future schema",
            files: ["future.json": Data(futureReport.utf8)],
            arguments: ["future.json"],
            reader: .report,
            location: "future.json",
            reason: "report schema 99.0 is not readable by this build"
        ),
        BadInput(
            testDescription: "missing report",
            files: [:],
            arguments: ["missing.json"],
            reader: .report,
            location: "missing.json",
            reason: "no such file"
        ),
    ]

    /// The full fixture report claiming a schema version this build cannot read.
    private static var futureReport: String {
        var report = FixtureReport.full()
        report.schemaVersion = "99.0"
        return JSONRenderer().render(report)
    }
}
