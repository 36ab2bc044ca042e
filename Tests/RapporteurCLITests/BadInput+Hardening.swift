import Foundation
import RapporteurKit
import RapporteurTesting

// The classes of failure of issue 14 ("hardening"): each class has cases beyond the issue's example.
extension BadInput {
    /// Numbers out of range, in transcripts (item 1).
    static let numbers: [BadInput] = [
        BadInput(
            testDescription: "JSON end time of 1e19 s (crashed every command)",
            files: ["huge.json": Data(#"{"segments": [{"start": 0, "end": 1e19, "text": "Hi.", "speaker": "A"}]}"#.utf8)],
            arguments: ["huge.json"],
            location: "huge.json:1",
            reason: #"segments[0] has a "end" of 1e+19 s, past the limit of 1,000 hours"#
        ),
        BadInput(
            testDescription: "JSON start time of 1e15 s (printed a negative time)",
            files: ["far.json": Data(#"{"turns": [\#n{"speaker": "A", "text": "Hi."},\#n{"speaker": "B", "text": "Yo.", "start": 1e15}]}"#.utf8)],
            arguments: ["far.json"],
            location: "far.json:3",
            reason: #"turns[1] has a "start" of 1000000000000000.0 s, past the limit"#
        ),
        BadInput(
            testDescription: "JSON time past Int's range, as a top-level array",
            files: ["inf.json": Data(#"[{"start": 1e308, "end": 1e308, "text": "Hi."}]"#.utf8)],
            arguments: ["inf.json"],
            location: "inf.json:1",
            reason: #"element 0 has a "start" of 1e+308 s"#
        ),
    ]

    /// Unbounded and unusual inputs (item 3) and file-system messages (item 7).
    static let streams: [BadInput] = [
        BadInput(
            testDescription: "input past the size limit",
            files: ["long.txt": Data(String(repeating: "Alice: Hello there, everyone.\n", count: 40_000).utf8)],
            arguments: ["long.txt"],
            environment: ["RAPPORTEUR_MAX_INPUT_MB": "1"],
            location: "long.txt",
            reason: "larger than the input limit of 1 MiB; set RAPPORTEUR_MAX_INPUT_MB to read more"
        ),
        BadInput(
            testDescription: "endless device (/dev/zero) stops at the size limit",
            files: [:],
            arguments: ["/dev/zero"],
            environment: ["RAPPORTEUR_MAX_INPUT_MB": "1"],
            location: "/dev/zero",
            reason: "larger than the input limit of 1 MiB"
        ),
        BadInput(
            testDescription: "a size limit that is not a number",
            files: ["t.txt": Data("Alice: Hi.\n".utf8)],
            arguments: ["t.txt"],
            environment: ["RAPPORTEUR_MAX_INPUT_MB": "lots"],
            location: "RAPPORTEUR_MAX_INPUT_MB",
            reason: #""lots" is not a whole number of MiB"#
        ),
        BadInput(
            testDescription: "/dev/null reads as empty (was \"cannot be read\")",
            files: [:],
            arguments: ["/dev/null"],
            location: "/dev/null",
            reason: "the file is empty"
        ),
        BadInput(
            testDescription: "symbolic link loop",
            files: [:],
            links: ["loop.txt": "loop2.txt", "loop2.txt": "loop.txt"],
            arguments: ["loop.txt"],
            location: "loop.txt",
            reason: "a loop of symbolic links"
        ),
        BadInput(
            testDescription: "dangling symbolic link",
            files: [:],
            links: ["gone.txt": "nowhere.txt"],
            arguments: ["gone.txt"],
            location: "gone.txt",
            reason: "a symbolic link to a file that does not exist"
        ),
        BadInput(
            testDescription: "a folder",
            files: [:],
            arguments: ["."],
            location: ".",
            reason: "is a folder, not a file"
        ),
        BadInput(
            testDescription: "path through a file",
            files: ["file.txt": Data("Alice: Hi.\n".utf8)],
            arguments: ["file.txt/t.txt"],
            location: "file.txt/t.txt",
            reason: "no such file (a part of the path is not a folder)"
        ),
    ]

    /// Messages that misled (item 7).
    static let messages: [BadInput] = [
        BadInput(
            testDescription: "whitespace-only file",
            files: ["blank.txt": Data(" \n\t\n  \n".utf8)],
            arguments: ["blank.txt"],
            location: "blank.txt",
            reason: "the file holds only white space, no text"
        ),
        BadInput(
            testDescription: "JSON transcript without turns (exited 0 with a 100 % total)",
            files: ["none.json": Data(#"{"segments": []}"#.utf8)],
            arguments: ["none.json"],
            location: "none.json",
            reason: "the transcript has no turn with text; there is nothing to measure or report"
        ),
        BadInput(
            testDescription: "transcript whose every turn is empty",
            files: ["silent.json": Data("{\"turns\": [\n{\"speaker\": \"A\", \"text\": \" \"},\n{\"speaker\": \"B\", \"text\": \"\"}]}".utf8)],
            arguments: ["silent.json"],
            location: "silent.json",
            reason: "the transcript has no turn with text (2 empty or unusable, see the first at line 2)"
        ),
    ]

    /// Reports `render` must not trust (items 1, 5 and 7) and outputs that would destroy an input (item 4).
    static let reportChecks: [BadInput] = [
        report("report with a speech time of 1e19 s", "speakers[0].statistics.speechSeconds is 1e+19") {
            $0.speakers[0].statistics.speechSeconds = 1e19
        },
        report("report with a sentence start of 1e15 s", "transcript[2].start is 1000000000000000.0; it must be 0.0 to 3600000.0") {
            $0.transcript[2].start = 1e15
        },
        report("report with a negative word count", "speakers[1].statistics.words is -3; it must be 0") {
            $0.speakers[1].statistics.words = -3
        },
        report("report citing a sentence that does not exist", "keyPoints.discussionPoints[0].description.citations cites sentence 4242") {
            $0.keyPoints.discussionPoints[0].description.citations = [4242]
        },
        report("report with duplicate sentence IDs (duplicate anchors)", "transcript[1].id 1 is used by an earlier sentence") {
            $0.transcript[1].id = 1
        },
        report("report with a negative sentence ID", "transcript[0].id is -4; sentence IDs start at 1") {
            $0.transcript[0].id = -4
        },
        report("report of an unknown schema version", #"report schema "1.0.0-evil" is not a schema version (MAJOR.MINOR, e.g. "#) {
            $0.schemaVersion = "1.0.0-evil"
        },
        BadInput(
            testDescription: "report that is broken JSON names the line",
            files: ["broken.json": Data("{\n  \"schemaVersion\": \"1.0\",\n  \"session\": {\"title\": \"x\",,}\n}\n".utf8)],
            arguments: ["broken.json"],
            reader: .report,
            location: "broken.json:3",
            reason: "not valid JSON"
        ),
        BadInput(
            testDescription: "report that is valid JSON of the wrong type",
            files: ["typed.json": Data(#"{"schemaVersion": 1.0}"#.utf8)],
            arguments: ["typed.json"],
            reader: .report,
            location: "typed.json",
            reason: "not a Rapporteur report (JSON of docs/report.schema.json): schemaVersion is not a string"
        ),
        BadInput(
            testDescription: "report that is a JSON array",
            files: ["array.json": Data("[1, 2]".utf8)],
            arguments: ["array.json"],
            reader: .report,
            location: "array.json",
            reason: "top level is not an object"
        ),
        BadInput(
            testDescription: "render over its own input",
            files: ["rep.json": Data(JSONRenderer().render(FixtureReport.full()).utf8)],
            arguments: [],
            location: "rep.json",
            reason: "cannot write: it is the input rep.json; choose another output",
            commands: [["render", "rep.json", "--to", "html", "-o", "rep.json"], ["render", "rep.json", "--to", "json", "-o", "rep.json"]]
        ),
        BadInput(
            testDescription: "render of several formats into the input's folder",
            files: ["rep.json": Data(JSONRenderer().render(FixtureReport.full()).utf8)],
            arguments: [],
            location: "./rep.json",
            reason: "cannot write: it is the input rep.json",
            commands: [["render", "rep.json", "--to", "text,json", "-o", "."]]
        ),
        BadInput(
            testDescription: "transcript over its own input",
            files: ["t.json": Data(#"{"turns": [{"speaker": "Moira Patterson", "text": "Hi."}]}"#.utf8)],
            arguments: [],
            location: "t.json",
            reason: "cannot write: it is the input t.json",
            commands: [["transcript", "t.json", "--to", "json", "-o", "t.json"]]
        ),
        BadInput(
            testDescription: "transcript over its roster",
            files: [
                "t.json": Data(#"{"turns": [{"speaker": "Moira Patterson", "text": "Hi."}]}"#.utf8),
                "roster.json": Data(#"{"speakers": [{"name": "Moira Patterson"}]}"#.utf8),
            ],
            arguments: [],
            location: "roster.json",
            reason: "cannot write: it is the input roster.json",
            commands: [["transcript", "t.json", "--roster", "roster.json", "--to", "html", "-o", "roster.json"]]
        ),
    ]

    /// A case of the full fixture report, changed.
    private static func report(_ description: String, _ reason: String, change: (inout Report) -> Void) -> BadInput {
        var report = FixtureReport.full()
        change(&report)
        return BadInput(
            testDescription: description,
            files: ["report.json": Data(JSONRenderer().render(report).utf8)],
            arguments: ["report.json"],
            reader: .report,
            location: "report.json",
            reason: reason
        )
    }
}
